import { ApiError } from '../http/errors.js';
import type { ServerContext } from '../context.js';

/**
 * The look-up attempt limit, kept in the database so every process shares it: at most
 * `perClient` failed look-ups per client address and `perCode` per confirmation code in a
 * sliding window; past either, 429 with Retry-After until the oldest failure leaves the window.
 */
export async function checkLookupLimit(ctx: ServerContext, ip: string, code: string): Promise<void> {
  const { perClient, perCode, windowMinutes } = ctx.config.lookupLimit;
  const rows = await ctx.db.query<{ subject: string; n: number; oldest: Date }>(
    `SELECT subject, count(*)::int AS n, min(at) AS oldest FROM lookup_failures
      WHERE subject = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY subject`,
    [[`ip:${ip}`, `code:${code}`], windowMinutes],
  );
  for (const r of rows) {
    const limit = r.subject.startsWith('ip:') ? perClient : perCode;
    if (r.n >= limit) {
      const retryAfter = Math.max(1, Math.ceil((new Date(r.oldest).getTime() + windowMinutes * 60_000 - Date.now()) / 1000));
      throw new ApiError(429, 'rate-limited', 'Too many look-up attempts. Try again later or call the practice.', undefined, retryAfter);
    }
  }
}

export async function recordLookupFailure(ctx: ServerContext, ip: string, code: string): Promise<void> {
  await ctx.db.query('INSERT INTO lookup_failures (subject) VALUES ($1), ($2)', [`ip:${ip}`, `code:${code}`]);
  await ctx.db.query("DELETE FROM lookup_failures WHERE at < now() - interval '1 day'");
}
