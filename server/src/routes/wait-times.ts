import type { FastifyInstance } from 'fastify';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import type { Location } from '../../../src/core/schemas/location.js';
import { WaitTimeList } from '../../../src/core/schemas/wait-times.js';
import { listLocations } from '../db/scheduling.js';
import { currentWaitTimes } from '../db/wait-times.js';
import { ApiError, parse } from '../http/errors.js';
import { openSse } from '../http/sse.js';
import { WaitTimesQuery } from '../http/requests.js';
import type { ServerContext } from '../context.js';

/** `?locationIds=a,b` → those locations, every one known (an unknown id → 404). */
async function requestedLocations(ctx: ServerContext, query: unknown): Promise<Location[]> {
  const ids = [...new Set(parse(WaitTimesQuery, query, 'query').locationIds.split(',').filter(Boolean))];
  if (!ids.length || ids.length > 50) throw new ApiError(422, 'invalid-input', 'Give 1–50 location ids.', { locationIds: 'invalid' });
  const all = await listLocations(ctx.db);
  const found = ids.map((id) => all.find((l) => l.id === id));
  if (found.some((l) => !l)) throw new ApiError(404, 'not-found', 'No such location.');
  return found as Location[];
}

export function waitTimeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(restPaths.waitTimes, async (req, reply) =>
    ctx.send(reply, WaitTimeList, await currentWaitTimes(ctx.db, await requestedLocations(ctx, req.query))),
  );

  /**
   * `text/event-stream`: `retry:` first, the current figures at once, then every change
   * (from any process, through LISTEN/NOTIFY) and a comment heartbeat so proxies keep it open.
   */
  app.get(restPaths.waitTimesStream, async (req, reply) => {
    const locations = await requestedLocations(ctx, req.query);
    const stream = openSse(req, reply, ctx.config.retryMs, ctx.config.heartbeatMs);
    const push = async () => {
      try {
        stream.send(ctx.check(WaitTimeList, await currentWaitTimes(ctx.db, locations)));
      } catch {
        stream.comment('unavailable');
      }
    };
    stream.onClose(
      ctx.events.subscribe(
        locations.map((l) => l.id),
        () => void push(),
      ),
    );
    await push();
  });
}
