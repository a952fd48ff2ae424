import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { Id, Instant } from '../../../src/core/schemas/common.js';
import { ApiError, notFound, parse } from '../http/errors.js';
import { audit, requireStaff } from '../http/staff-auth.js';
import type { ServerContext } from '../context.js';

/** Staff endpoints for the console's feedback screens and follow-up queue (under the API prefix). */
export const staffFeedbackPaths = {
  /** `GET ?from=&to=&by=week|location|provider|touchpoint` → NPS, CSAT and CES per group (counts, averages, NPS as promoters − detractors). */
  stats: '/staff/feedback/stats',
  /** `GET ?from=&to=` → individual responses, newest first (answers; audited). */
  responses: '/staff/feedback/responses',
  /** `GET ?status=open|contacted|resolved` → the follow-up queue: low scores that asked for contact, call-back requests (audited). */
  tasks: '/staff/tasks',
  /** `POST { status?, owner? }` (`owner: "me"` or `null`) → the task. */
  task: '/staff/tasks/:taskId',
  /** `GET` → the live price index and the imports before it: when, from which files, the problems found. */
  prices: '/staff/prices',
} as const;

const Range = z.object({ from: Instant, to: Instant });
const StatsQuery = z.extend(Range, { by: z.enum(['week', 'location', 'provider', 'touchpoint']) });
const TasksQuery = z.object({ status: z.optional(z.enum(['open', 'contacted', 'resolved'])) });
const TaskUpdate = z.object({ status: z.optional(z.enum(['open', 'contacted', 'resolved'])), owner: z.optional(z.nullable(z.literal('me'))) });

const groupColumn = { week: "to_char(date_trunc('week', received_at), 'YYYY-MM-DD')", location: 'location_id', provider: 'provider_id', touchpoint: 'touchpoint' } as const;

export function staffFeedbackRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  app.get(staffFeedbackPaths.stats, async (req, reply) => {
    await requireStaff(db, req, false);
    const q = parse(StatsQuery, req.query, 'query');
    // Aggregates only: no patient data, nothing to audit.
    const rows = await db.query<{ key: string | null; responses: string; nps_n: string; promoters: string; detractors: string; csat: number | null; ces: number | null }>(
      `SELECT ${groupColumn[q.by]} AS key, count(*) AS responses, count(nps) AS nps_n,
              count(*) FILTER (WHERE nps >= 9) AS promoters, count(*) FILTER (WHERE nps <= 6) AS detractors,
              avg(csat)::float8 AS csat, avg(ces)::float8 AS ces
       FROM survey_responses WHERE received_at >= $1 AND received_at < $2 GROUP BY 1 ORDER BY 1`,
      [q.from, q.to],
    );
    return reply.send(
      rows.map((r) => {
        const n = Number(r.nps_n);
        return {
          key: r.key ?? 'unknown',
          responses: Number(r.responses),
          nps: n ? Math.round(((Number(r.promoters) - Number(r.detractors)) / n) * 100) : null,
          npsResponses: n,
          csat: r.csat === null ? null : Math.round(r.csat * 100) / 100,
          ces: r.ces === null ? null : Math.round(r.ces * 100) / 100,
        };
      }),
    );
  });

  app.get(staffFeedbackPaths.responses, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    const q = parse(Range, req.query, 'query');
    const rows = await db.query<{ id: string; survey_id: string; touchpoint: string | null; answers: unknown; location_id: string | null; provider_id: string | null; contact_requested: boolean; nps: number | null; received_at: Date }>(
      `SELECT id, survey_id, touchpoint, answers, location_id, provider_id, contact_requested, nps, received_at
       FROM survey_responses WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at DESC LIMIT 500`,
      [q.from, q.to],
    );
    await audit(db, userId, 'feedback.responses.read', rows.map((r) => r.id).join(','));
    return reply.send(rows.map((r) => ({ ...r, received_at: new Date(r.received_at).toISOString() })));
  });

  app.get(staffFeedbackPaths.tasks, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    const { status } = parse(TasksQuery, req.query, 'query');
    const rows = await db.query<{ id: string }>(
      `SELECT t.id, t.kind, t.status, t.topic, t.body, t.contact, t.response_id, t.created_at, t.updated_at, u.display_name AS owner,
              r.nps, r.answers, r.location_id, r.context
       FROM tasks t LEFT JOIN staff_users u ON u.id = t.owner_user_id LEFT JOIN survey_responses r ON r.id = t.response_id
       WHERE ($1::text IS NULL OR t.status = $1) ORDER BY t.created_at LIMIT 500`,
      [status ?? null],
    );
    await audit(db, userId, 'tasks.read', rows.map((r) => r.id).join(','));
    return reply.send(rows);
  });

  app.post(staffFeedbackPaths.task, async (req: FastifyRequest<{ Params: { taskId: string } }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = parse(Id, req.params.taskId, 'taskId');
    const body = parse(TaskUpdate, req.body);
    if (body.status === undefined && body.owner === undefined) throw new ApiError(422, 'invalid-input', 'Give a status or an owner.', { status: 'required' });
    const [row] = await db.query<{ id: string; status: string; owner_user_id: number | null }>(
      `UPDATE tasks SET status = COALESCE($2, status), owner_user_id = CASE WHEN $3 THEN $4 ELSE owner_user_id END, updated_at = now()
       WHERE id = $1 RETURNING id, status, owner_user_id`,
      [id, body.status ?? null, body.owner !== undefined, body.owner === 'me' ? userId : null],
    );
    if (!row) throw notFound('task');
    return reply.send(row);
  });

  app.get(staffFeedbackPaths.prices, async (req, reply) => {
    await requireStaff(db, req, false);
    const rows = await db.query('SELECT id, imported_at, live, inputs, sources, summary, problems FROM price_imports ORDER BY id DESC');
    return reply.send(rows);
  });
}
