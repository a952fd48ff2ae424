import type { FastifyInstance, FastifyRequest } from 'fastify';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import { HoldRelease, Hold, LocationList, MAX_SLOTS, ProviderList, SlotList, VisitTypeList } from '../../../src/core/schemas/scheduling.js';
import { getVisitType, listExceptions, listLocations, listProviders, listTemplates, listVisitTypes, busyTimes } from '../db/scheduling.js';
import { generateSlots, parseSlotId } from '../domain/slots.js';
import { holdId } from '../domain/ids.js';
import { ApiError, conflict, notFound, parse } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { HoldBody, ProvidersQuery, SlotsQuery } from '../http/requests.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/port.js';
import { appointmentRoutes } from './appointments.js';

const DAY = 86_400_000;

/** What slot generation reads, one query after another (a transaction's connection runs one at a time). */
async function catalog(db: Queryable) {
  const providers = await listProviders(db);
  const locations = await listLocations(db);
  const templates = await listTemplates(db);
  const exceptions = await listExceptions(db);
  return { providers, locations, templates, exceptions };
}
/** Slots are offered this far ahead, and one search covers at most this long. */
export const HORIZON_DAYS = 90;
const MAX_RANGE_DAYS = 62;

/** `:param` → Fastify's `:param` (the same syntax): the contract paths are used as they are. */
export function schedulingRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  app.get(restPaths.locations, async (_req, reply) => ctx.send(reply, LocationList, await listLocations(db)));
  app.get(restPaths.visitTypes, async (_req, reply) => ctx.send(reply, VisitTypeList, await listVisitTypes(db)));
  app.get(restPaths.providers, async (req, reply) => {
    const q = parse(ProvidersQuery, req.query, 'query');
    const providers = (await listProviders(db)).filter(
      (p) => (!q.visitTypeId || p.visitTypeIds.includes(q.visitTypeId)) && (!q.locationId || p.locationIds.includes(q.locationId)),
    );
    return ctx.send(reply, ProviderList, providers);
  });

  /** Free slots of a visit type in [from, to), from templates, minus active holds and bookings. */
  const freeSlots = async (db: Queryable, q: { from: string; to: string; visitTypeId: string; providerId?: string | undefined; locationId?: string | undefined }) => {
    const visitType = await getVisitType(db, q.visitTypeId);
    if (!visitType) throw notFound('visit type');
    const now = Date.now();
    const requestedFrom = Date.parse(q.from);
    const requestedTo = Date.parse(q.to);
    if (!(requestedFrom < requestedTo)) throw new ApiError(422, 'invalid-input', '`to` must be after `from`.', { to: 'invalid' });
    if (requestedTo - requestedFrom > MAX_RANGE_DAYS * DAY) throw new ApiError(422, 'invalid-input', `At most ${MAX_RANGE_DAYS} days at a time.`, { to: 'too-far' });
    const from = Math.max(requestedFrom, now);
    const to = Math.min(requestedTo, now + HORIZON_DAYS * DAY);
    if (!(from < to)) return [];
    const { providers, locations, templates, exceptions } = await catalog(db);
    const slots = generateSlots({
      from,
      to,
      visitType: { id: visitType.id, durationMinutes: visitType.durationMinutes, telehealthOnly: visitType.modes.length === 1 && visitType.modes[0] === 'telehealth' },
      providers: new Map(providers.filter((p) => !q.providerId || p.id === q.providerId).map((p) => [p.id, p.visitTypeIds])),
      zones: new Map(locations.filter((l) => !q.locationId || l.id === q.locationId).map((l) => [l.id, l.timeZone])),
      templates,
      exceptions,
    });
    if (!slots.length) return slots;
    const busy = await busyTimes(db, Date.parse(slots[0].start), Date.parse(slots[slots.length - 1].end));
    return slots.filter((s) => {
      const start = Date.parse(s.start);
      const end = Date.parse(s.end);
      return !(busy.get(s.providerId) ?? []).some(([bs, be]) => start < be && bs < end);
    });
  };

  // More than the contract's maximum in the window: the earliest ones (slots come sorted by start), flagged.
  app.get(restPaths.slots, async (req, reply) => {
    const slots = await freeSlots(db, parse(SlotsQuery, req.query, 'query'));
    if (slots.length > MAX_SLOTS) void reply.header('x-frontdesk-truncated', 'true');
    return ctx.send(reply, SlotList, slots.slice(0, MAX_SLOTS));
  });

  app.post(restPaths.holds, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(HoldBody, req.body);
    await idempotent(db, req, reply, async (tx) => {
      const parsed = parseSlotId(body.slotId);
      const slot = parsed
        ? (await freeSlotsAt(tx, parsed)).find((s) => s.id === body.slotId)
        : undefined;
      if (!slot) {
        if (parsed && (await slotExists(tx, parsed, body.slotId))) throw conflict('That time is no longer free.');
        throw notFound('slot');
      }
      const during = `[${slot.start},${slot.end})`;
      // Expired holds give their time back; the exclusion constraint refuses a second live hold.
      await tx.query('DELETE FROM holds WHERE provider_id = $1 AND during && $2::tstzrange AND used_at IS NULL AND expires_at <= now()', [slot.providerId, during]);
      const booked = await tx.query("SELECT 1 FROM appointments WHERE provider_id = $1 AND status = 'booked' AND during && $2::tstzrange", [slot.providerId, during]);
      if (booked.length) throw conflict('That time is no longer free.');
      const [row] = await tx.query<{ id: string; expires_at: Date }>(
        `INSERT INTO holds (id, slot_id, provider_id, location_id, visit_type_id, telehealth, during, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::tstzrange, now() + make_interval(secs => $8)) RETURNING id, expires_at`,
        [holdId(), slot.id, slot.providerId, slot.locationId, slot.visitTypeId, slot.telehealth, during, ctx.config.holdSeconds],
      );
      return { status: 200, body: ctx.check(Hold, { holdId: row.id, slotId: slot.id, expiresAt: new Date(row.expires_at).toISOString() }) };
    });
  });

  /** The free slots starting at the slot id's minute, for its visit type, provider and location. */
  const freeSlotsAt = (db: Queryable, p: NonNullable<ReturnType<typeof parseSlotId>>) =>
    freeSlots(db, { from: new Date(p.start).toISOString(), to: new Date(p.start + 60_000).toISOString(), visitTypeId: p.visitTypeId, providerId: p.providerId, locationId: p.locationId }).catch(
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return [];
        throw error;
      },
    );
  /** Whether the id names a real time (free or not): taken → 409, made up → 404. */
  const slotExists = async (db: Queryable, p: NonNullable<ReturnType<typeof parseSlotId>>, id: string) => {
    const visitType = await getVisitType(db, p.visitTypeId);
    if (!visitType || p.start <= Date.now()) return false;
    const { providers, locations, templates, exceptions } = await catalog(db);
    return generateSlots({
      from: p.start,
      to: p.start + 60_000,
      visitType: { id: visitType.id, durationMinutes: visitType.durationMinutes, telehealthOnly: false },
      providers: new Map(providers.map((x) => [x.id, x.visitTypeIds])),
      zones: new Map(locations.map((l) => [l.id, l.timeZone])),
      templates,
      exceptions,
    }).some((s) => s.id === id);
  };

  app.delete(restPaths.hold, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { holdId: string } }>, reply) => {
    const id = req.params.holdId;
    await idempotent(db, req, reply, async (tx) => {
      const released = await tx.query('DELETE FROM holds WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id', [id]);
      return { status: 200, body: ctx.check(HoldRelease, { holdId: id, released: released.length > 0 }) };
    });
  });

  appointmentRoutes(app, ctx);
}
