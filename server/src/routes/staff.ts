import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Id } from '../../../src/core/schemas/common.js';
import type { PatientDetails } from '../../../src/core/schemas/scheduling.js';
import type { Database } from '../db/port.js';
import { appointmentColumns, toAppointment, type AppointmentRow } from '../db/scheduling.js';
import { tokenHash } from '../domain/ids.js';
import { WAIT_CHANNEL } from '../events.js';
import { ApiError, notFound, parse } from '../http/errors.js';
import { requireStaff } from '../http/staff-auth.js';
import {
  SESSION_COOKIE,
  STAFF_APPOINTMENTS_MAX,
  StaffAppointmentList,
  StaffAppointmentsQuery,
  StaffLogin,
  StaffSession,
  StaffSignedOut,
  StaffWaitSaved,
  StaffWaitUpdate,
  staffPaths,
} from '../http/staff-schemas.js';
import type { ServerContext } from '../context.js';

const SESSION_HOURS = 8;
const BCRYPT_COST = 12;

let dummyHash: string | undefined;
export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_COST);

/** `frontdesk-server user add`: a staff account (the password is stored only as a bcrypt hash). */
export async function addStaffUser(db: Database, email: string, displayName: string, password: string): Promise<void> {
  if (password.length < 12) throw new Error('Use a password of at least 12 characters.');
  await db.query(
    'INSERT INTO staff_users (email, display_name, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO UPDATE SET display_name = $2, password_hash = $3',
    [email.toLowerCase(), displayName, await hashPassword(password)],
  );
}

const cookieOf = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE];

export function staffRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  const staff = (req: FastifyRequest, write: boolean) => requireStaff(db, req, write);

  app.post(staffPaths.session, async (req, reply: FastifyReply) => {
    const body = parse(StaffLogin, req.body);
    const [user] = await db.query<{ id: number; password_hash: string }>('SELECT id, password_hash FROM staff_users WHERE email = $1', [body.email.toLowerCase()]);
    // Compare against a dummy hash when the user is unknown, so timing does not tell which emails exist.
    const ok = await bcrypt.compare(body.password, user?.password_hash ?? (dummyHash ??= await hashPassword(randomBytes(16).toString('hex'))));
    if (!user || !ok) throw new ApiError(401, 'unauthorized', 'Wrong email or password.');
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await db.query('INSERT INTO staff_sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))', [
      tokenHash(token),
      user.id,
      csrfToken,
      SESSION_HOURS,
    ]);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: ctx.config.secureCookies,
      sameSite: 'strict',
      path: ctx.config.prefix,
      maxAge: SESSION_HOURS * 3600,
    });
    return ctx.send(reply, StaffSession, { csrfToken });
  });

  app.delete(staffPaths.session, async (req, reply) => {
    await staff(req, true);
    await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash(cookieOf(req) ?? '')]);
    void reply.clearCookie(SESSION_COOKIE, { path: ctx.config.prefix });
    return ctx.send(reply, StaffSignedOut, { signedOut: true });
  });

  app.put(staffPaths.waitTime, async (req: FastifyRequest<{ Params: { locationId: string } }>, reply) => {
    await staff(req, true);
    const locationId = parse(Id, req.params.locationId, 'locationId');
    const w = parse(StaffWaitUpdate, req.body);
    if (w.range && w.range.low > w.range.high) throw new ApiError(422, 'invalid-input', 'range.low must not exceed range.high.', { range: 'invalid' });
    await db.transaction(async (tx) => {
      const known = await tx.query('SELECT 1 FROM locations WHERE id = $1', [locationId]);
      if (!known.length) throw notFound('location');
      await tx.query(
        `INSERT INTO wait_times (location_id, status, minutes, range_low, range_high, people_waiting, message, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (location_id) DO UPDATE SET status = $2, minutes = $3, range_low = $4, range_high = $5, people_waiting = $6, message = $7, updated_at = now()`,
        [locationId, w.status, w.minutes ?? null, w.range?.low ?? null, w.range?.high ?? null, w.peopleWaiting ?? null, w.message ?? null],
      );
      // Delivered on commit to every process LISTENing, this one included.
      await tx.query('SELECT pg_notify($1, $2)', [WAIT_CHANNEL, locationId]);
    });
    return ctx.send(reply, StaffWaitSaved, { locationId, saved: true });
  });

  app.get(staffPaths.appointments, async (req, reply) => {
    const userId = await staff(req, false);
    const range = parse(StaffAppointmentsQuery, req.query, 'query');
    if (!(Date.parse(range.from) < Date.parse(range.to))) throw new ApiError(422, 'invalid-input', '`to` must be after `from`.', { to: 'invalid' });
    const rows = await db.query<AppointmentRow & { patient: Record<string, unknown>; reason: string | null; attendance: 'arrived' | 'no-show' | null }>(
      `SELECT ${appointmentColumns}, patient, reason, attendance FROM appointments WHERE during && tstzrange($1::timestamptz, $2::timestamptz) ORDER BY lower(during) LIMIT $3`,
      [range.from, range.to, STAFF_APPOINTMENTS_MAX],
    );
    // Every staff read of patient data is audited: who, what, when (never the data itself).
    await db.query('INSERT INTO audit_log (user_id, action, subject) VALUES ($1, $2, $3)', [
      userId,
      'appointments.read',
      rows.map((r) => r.id).join(',') || 'none',
    ]);
    return ctx.send(reply, StaffAppointmentList, rows.map((r) => ({ ...toAppointment(r), patient: r.patient as PatientDetails, reason: r.reason, attendance: r.attendance })));
  });
}
