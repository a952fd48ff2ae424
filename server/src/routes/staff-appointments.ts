import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Id } from '../../../src/core/schemas/common.js';
import { conflict, notFound, parse } from '../http/errors.js';
import { audit, requireStaff } from '../http/staff-auth.js';
import { StaffAttendanceSaved, StaffAttendanceUpdate, StaffCancelled, staffPaths } from '../http/staff-schemas.js';
import { enqueueMessages } from '../messages/enqueue.js';
import type { ServerContext } from '../context.js';

type Params = { appointmentId: string };

export function staffAppointmentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;
  const idOf = (req: FastifyRequest<{ Params: Params }>) => parse(Id, req.params.appointmentId, 'appointmentId');

  app.post(staffPaths.attendance, async (req: FastifyRequest<{ Params: Params }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = idOf(req);
    const { attendance } = parse(StaffAttendanceUpdate, req.body);
    const [row] = await db.query<{ attendance: 'arrived' | 'no-show' | null }>('UPDATE appointments SET attendance = $2, updated_at = now() WHERE id = $1 RETURNING attendance', [id, attendance]);
    if (!row) throw notFound('appointment');
    await audit(db, userId, 'appointments.attendance', id);
    return ctx.send(reply, StaffAttendanceSaved, { appointmentId: id, attendance: row.attendance });
  });

  app.post(staffPaths.cancel, async (req: FastifyRequest<{ Params: Params }>, reply) => {
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
    return ctx.send(reply, StaffCancelled, { appointmentId: id, status: 'cancelled' });
  });
}
