import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db/port.js';
import { isConstraintViolation } from '../db/port.js';
import { ApiError, conflict } from './errors.js';

/** How long the first answer to a key is kept and replayed. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The write's answer: a status and the JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * Runs a write once per `Idempotency-Key` + method + path, in ONE transaction with the answer
 * it stores: a process killed mid-write leaves neither the effect nor the record, so the
 * client's retry does it once. 2xx and 4xx answers are final (stored 24 h, replayed byte for
 * byte); 5xx, 429 and 409-in-flight are not stored. The same key with another body → 422; the
 * same key while the first is still running (another process) → 409 with Retry-After: 1.
 */
export async function idempotent(db: Database, req: FastifyRequest, reply: FastifyReply, run: (tx: Queryable) => Promise<Answer>): Promise<void> {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ApiError(400, 'invalid-input', 'An Idempotency-Key header (1–200 visible characters) is required.', { 'Idempotency-Key': 'required' });
  }
  const scope = `${req.method} ${req.url.split('?')[0] ?? ''} ${key}`;
  const requestHash = sha256(JSON.stringify(req.body ?? null));
  const answer = await db.transaction(async (tx) => {
    const [lock] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS ok', [scope]);
    if (!lock?.ok) throw new ApiError(409, 'conflict', 'The same request is still being processed.', undefined, 1);
    const [prior] = await tx.query<{ request_hash: string; status: number; body: string }>(
      'SELECT request_hash, status, body FROM idempotency_records WHERE scope = $1 AND expires_at > now()',
      [scope],
    );
    if (prior) {
      if (prior.request_hash !== requestHash) {
        throw new ApiError(422, 'invalid-input', 'This Idempotency-Key was used for another request.', { 'Idempotency-Key': 'reused' });
      }
      return { status: prior.status, body: prior.body };
    }
    await tx.query('SAVEPOINT write');
    let result: { status: number; body: string };
    try {
      const done = await run(tx);
      result = { status: done.status, body: JSON.stringify(done.body) };
    } catch (error) {
      const refusal = isConstraintViolation(error) ? conflict('That time is no longer free.') : error;
      if (!(refusal instanceof ApiError) || refusal.status >= 500 || refusal.status === 429) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT write');
      result = { status: refusal.status, body: JSON.stringify(refusal.body()) };
    }
    await tx.query(
      `INSERT INTO idempotency_records (scope, request_hash, status, body, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
       ON CONFLICT (scope) DO UPDATE SET request_hash = $2, status = $3, body = $4, expires_at = now() + make_interval(hours => $5)`,
      [scope, requestHash, result.status, result.body, IDEMPOTENCY_RETENTION_HOURS],
    );
    return result;
  });
  await reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body);
}

/** Deletes records past their retention (run now and then; cheap). */
export const pruneIdempotency = (db: Database) => db.query('DELETE FROM idempotency_records WHERE expires_at <= now()');
