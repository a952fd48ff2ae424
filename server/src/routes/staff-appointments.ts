import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { Id } from '../../../src/core/schemas/common.js';
import { conflict, notFound, parse } from '../http/errors.js';
import { audit, requireStaff } from '../http/staff-auth.js';
import { enqueueMessages } from '../messages/enqueue.js';
import type { ServerContext } from '../context.js';

/** The front desk's actions on one appointment (under the API prefix; session + CSRF). */
export const staffAppointmentPaths = {
  /** `POST { attendance: "arrived" | "no-show" | null }` → `{ appointmentId, attendance }` (no survey invitation after a no-show). */
  attendance: '/staff/appointments/:appointmentId/attendance',
  /** `POST` → `{ appointmentId, status: "cancelled" }`: cancelled on the patient's behalf; the patient is told through their channels. */
  cancel: '/staff/appointments/:appointmentId/cancel',
} as const;

const AttendanceBody = z.object({ attendance: z.nullable(z.enum(['arrived', 'no-show'])) });
type Params = { appointmentId: string };

export function staffAppointmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  const idOf = (req: FastifyRequest<{ Params: Params }>) => parse(Id, req.params.appointmentId, 'appointmentId');

  app.post(staffAppointmentPaths.attendance, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    const { attendance } = parse(AttendanceBody, req.body);
    const [row] = await db.query<{ attendance: string | null }>('UPDATE appointments SET attendance = $2, updated_at = now() WHERE id = $1 RETURNING attendance', [id, attendance]);
    if (!row) throw notFound('appointment');
    await audit(db, userId, 'appointments.attendance', id);
    return reply.send({ appointmentId: id, attendance: row.attendance });
  });

  app.post(staffAppointmentPaths.cancel, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    await db.transaction(async (tx) => {
      const [row] = await tx.query<{ status: string }>('SELECT status FROM appointments WHERE id = $1 FOR UPDATE', [id]);
      if (!row) throw notFound('appointment');
      if (row.status === 'cancelled') throw conflict('The appointment is already cancelled.');
      await tx.query("UPDATE appointments SET status = 'cancelled', updated_at = now() WHERE id = $1", [id]);
      await enqueueMessages(tx, id, 'cancelled', ctx.config.messaging);
      await audit(tx, userId, 'appointments.cancel', id);
    });
    return reply.send({ appointmentId: id, status: 'cancelled' });
  });
}
