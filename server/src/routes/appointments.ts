import type { FastifyInstance, FastifyRequest } from 'fastify';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import { Appointment, ManagedAppointment } from '../../../src/core/schemas/scheduling.js';
import type { Queryable } from '../db/port.js';
import { appointmentColumns, toAppointment, type AppointmentRow } from '../db/scheduling.js';
import { appointmentId, confirmationCode, manageToken, normaliseCode, tokenHash } from '../domain/ids.js';
import { ApiError, conflict, notFound, parse } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import { BookBody, CancelBody, LookupBody, RescheduleBody } from '../http/requests.js';
import type { ServerContext } from '../context.js';
import { enqueueMessages, localeOf, recordPreferences } from '../messages/enqueue.js';
import { checkLookupLimit, recordLookupFailure } from './lookup-limit.js';

/** Minutes a manage token lets the patient reschedule or cancel (CONTRACT-DECISIONS 1). */
export const MANAGE_TOKEN_MINUTES = 30;

type Params = { appointmentId: string };

/** Issues a manage token bound to this one appointment; the database keeps only its hash. */
async function issueToken(tx: Queryable, id: string): Promise<{ token: string; expiresAt: string }> {
  const token = manageToken();
  const [row] = await tx.query<{ expires_at: Date }>(
    'INSERT INTO manage_tokens (token_hash, appointment_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at',
    [tokenHash(token), id, MANAGE_TOKEN_MINUTES],
  );
  return { token, expiresAt: new Date(row.expires_at).toISOString() };
}

/** Takes a live hold for this booking, or refuses with 409 (used, expired or unknown). */
async function takeHold(tx: Queryable, id: string) {
  const [hold] = await tx.query<{ provider_id: string; location_id: string; visit_type_id: string; telehealth: boolean; during: string }>(
    `UPDATE holds SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()
     RETURNING provider_id, location_id, visit_type_id, telehealth, during::text AS during`,
    [id],
  );
  if (!hold) throw conflict('The hold has expired or does not exist.');
  return hold;
}

export function appointmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  const load = async (tx: Queryable, id: string, lock = false): Promise<AppointmentRow> => {
    const [row] = await tx.query<AppointmentRow>(`SELECT ${appointmentColumns} FROM appointments WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw notFound('appointment');
    return row;
  };

  /**
   * `Authorization: Bearer <manage token>`: an unknown appointment → 404 (ids are 128 random
   * bits, so this tells nothing); then 401 when the token is missing, unknown or expired, and
   * 403 when it is another appointment's.
   */
  const authorise = async (req: FastifyRequest<{ Params: Params }>) => {
    const known = await db.query('SELECT 1 FROM appointments WHERE id = $1', [req.params.appointmentId]);
    if (!known.length) throw notFound('appointment');
    const header = req.headers.authorization;
    const token = typeof header === 'string' && /^Bearer [A-Za-z0-9_-]{43,200}$/.test(header) ? header.slice(7) : undefined;
    if (!token) throw new ApiError(401, 'unauthorized', 'A manage token is required.');
    const [row] = await db.query<{ appointment_id: string }>('SELECT appointment_id FROM manage_tokens WHERE token_hash = $1 AND expires_at > now()', [tokenHash(token)]);
    if (!row) throw new ApiError(401, 'unauthorized', 'The manage token is invalid or has expired.');
    if (row.appointment_id !== req.params.appointmentId) throw new ApiError(403, 'unauthorized', 'The manage token is for another appointment.');
  };

  app.post(restPaths.appointments, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(BookBody, req.body);
    await idempotent(db, req, reply, async (tx) => {
      const hold = await takeHold(tx, body.holdId);
      const id = appointmentId();
      // A clash of codes is astronomically rare; the unique constraint would refuse it, so retry.
      for (let attempt = 0; ; attempt++) {
        const code = confirmationCode();
        const clash = await tx.query('SELECT 1 FROM appointments WHERE confirmation_code = $1', [code]);
        if (clash.length && attempt < 5) continue;
        await tx.query(
          `INSERT INTO appointments (id, confirmation_code, provider_id, location_id, visit_type_id, telehealth, during, status, patient, birth_date, reason, reminders)
           VALUES ($1, $2, $3, $4, $5, $6, $7::tstzrange, 'booked', $8, $9, $10, $11)`,
          [id, code, hold.provider_id, hold.location_id, hold.visit_type_id, hold.telehealth, hold.during, JSON.stringify(body.patient), body.patient.birthDate, body.reason ?? null, JSON.stringify(body.reminders)],
        );
        break;
      }
      await recordPreferences(tx, id, body.reminders, localeOf(req.headers['accept-language']));
      await enqueueMessages(tx, id, 'booked', ctx.config.messaging);
      const appointment = toAppointment(await load(tx, id));
      return { status: 200, body: ctx.check(ManagedAppointment, { ...appointment, manageToken: await issueToken(tx, id) }) };
    });
  });

  // A read sent as a POST (nothing the patient typed in a URL); no Idempotency-Key; a strict attempt limit.
  app.post(restPaths.appointmentLookup, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(LookupBody, req.body);
    const code = normaliseCode(body.confirmationCode);
    await checkLookupLimit(ctx, req.ip, code);
    const answer = await db.transaction(async (tx) => {
      const [row] = await tx.query<AppointmentRow>(`SELECT ${appointmentColumns} FROM appointments WHERE confirmation_code = $1`, [code]);
      if (!row || row.birth_date !== body.birthDate) return undefined;
      return { ...toAppointment(row), manageToken: await issueToken(tx, row.id) };
    });
    if (!answer) {
      await recordLookupFailure(ctx, req.ip, code);
      throw new ApiError(404, 'not-found', 'No appointment matches that code and birth date.');
    }
    return ctx.send(reply, ManagedAppointment, answer);
  });

  app.post(restPaths.reschedule, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const body = parse(RescheduleBody, req.body);
    await authorise(req);
    await idempotent(db, req, reply, async (tx) => {
      const current = await load(tx, req.params.appointmentId, true);
      if (current.status === 'cancelled') throw conflict('The appointment was cancelled.');
      const hold = await takeHold(tx, body.holdId);
      // One UPDATE: the old time is given up only as the new one is secured (the exclusion
      // constraint refuses a clash, and the whole write rolls back to the old appointment).
      await tx.query(
        `UPDATE appointments SET provider_id = $2, location_id = $3, visit_type_id = $4, telehealth = $5, during = $6::tstzrange, updated_at = now() WHERE id = $1`,
        [current.id, hold.provider_id, hold.location_id, hold.visit_type_id, hold.telehealth, hold.during],
      );
      await enqueueMessages(tx, current.id, 'rescheduled', ctx.config.messaging);
      const appointment = toAppointment(await load(tx, current.id));
      return { status: 200, body: ctx.check(ManagedAppointment, { ...appointment, manageToken: await issueToken(tx, current.id) }) };
    });
  });

  app.post(restPaths.cancel, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    parse(CancelBody, req.body ?? {});
    await authorise(req);
    await idempotent(db, req, reply, async (tx) => {
      const current = await load(tx, req.params.appointmentId, true);
      if (current.status === 'cancelled') throw conflict('The appointment is already cancelled.');
      await tx.query("UPDATE appointments SET status = 'cancelled', updated_at = now() WHERE id = $1", [current.id]);
      await enqueueMessages(tx, current.id, 'cancelled', ctx.config.messaging);
      return { status: 200, body: ctx.check(Appointment, toAppointment(await load(tx, current.id))) };
    });
  });
}
