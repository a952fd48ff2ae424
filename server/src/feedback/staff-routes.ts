import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Id } from '../../../src/core/schemas/common.js';
import type { FeedbackAnswer } from '../../../src/core/schemas/feedback.js';
import { ApiError, notFound, parse } from '../http/errors.js';
import { audit, requireStaff } from '../http/staff-auth.js';
import {
  StaffFeedbackFiguresList,
  StaffFeedbackResponseList,
  StaffFeedbackStatsQuery,
  StaffPriceImportList,
  StaffRangeQuery,
  type StaffPriceImport,
  type StaffTask,
  StaffTaskList,
  StaffTaskSaved,
  StaffTasksQuery,
  StaffTaskUpdate,
  staffPaths,
} from '../http/staff-schemas.js';
import type { ServerContext } from '../context.js';

interface TaskRow {
  id: string;
  kind: StaffTask['kind'];
  status: StaffTask['status'];
  owner: string | null;
  topic: string | null;
  body: string | null;
  contact: StaffTask['contact'];
  response_id: string | null;
  nps: number | null;
  answers: FeedbackAnswer[] | null;
  location_id: string | null;
  created_at: Date;
  updated_at: Date;
}
const iso = (d: Date | string) => new Date(d).toISOString();

const groupColumn = { week: "to_char(date_trunc('week', received_at), 'YYYY-MM-DD')", location: 'location_id', provider: 'provider_id', touchpoint: 'touchpoint' } as const;

export function staffFeedbackRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  app.get(staffPaths.feedbackStats, async (req, reply) => {
    await requireStaff(db, req, false);
    const q = parse(StaffFeedbackStatsQuery, req.query, 'query');
    // Aggregates only: no patient data, nothing to audit.
    const rows = await db.query<{ key: string | null; responses: string; nps_n: string; promoters: string; detractors: string; csat: number | null; ces: number | null }>(
      `SELECT ${groupColumn[q.by]} AS key, count(*) AS responses, count(nps) AS nps_n,
              count(*) FILTER (WHERE nps >= 9) AS promoters, count(*) FILTER (WHERE nps <= 6) AS detractors,
              avg(csat)::float8 AS csat, avg(ces)::float8 AS ces
       FROM survey_responses WHERE received_at >= $1 AND received_at < $2 GROUP BY 1 ORDER BY 1`,
      [q.from, q.to],
    );
    return ctx.send(
      reply,
      StaffFeedbackFiguresList,
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

  app.get(staffPaths.feedbackResponses, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    const q = parse(StaffRangeQuery, req.query, 'query');
    const rows = await db.query<{ id: string; survey_id: string; touchpoint: string | null; answers: unknown; location_id: string | null; provider_id: string | null; contact_requested: boolean; nps: number | null; received_at: Date }>(
      `SELECT id, survey_id, touchpoint, answers, location_id, provider_id, contact_requested, nps, received_at
       FROM survey_responses WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at DESC LIMIT 500`,
      [q.from, q.to],
    );
    await audit(db, userId, 'feedback.responses.read', rows.map((r) => r.id).join(','));
    return ctx.send(
      reply,
      StaffFeedbackResponseList,
      rows.map((r) => ({
        id: r.id,
        surveyId: r.survey_id,
        touchpoint: r.touchpoint,
        answers: r.answers as FeedbackAnswer[],
        locationId: r.location_id,
        providerId: r.provider_id,
        contactRequested: r.contact_requested,
        nps: r.nps,
        receivedAt: iso(r.received_at),
      })),
    );
  });

  app.get(staffPaths.tasks, async (req, reply) => {
    const userId = await requireStaff(db, req, false);
    const { status } = parse(StaffTasksQuery, req.query, 'query');
    const rows = await db.query<TaskRow>(
      `SELECT t.id, t.kind, t.status, t.topic, t.body, t.contact, t.response_id, t.created_at, t.updated_at, u.display_name AS owner,
              r.nps, r.answers, r.location_id
       FROM tasks t LEFT JOIN staff_users u ON u.id = t.owner_user_id LEFT JOIN survey_responses r ON r.id = t.response_id
       WHERE ($1::text IS NULL OR t.status = $1) ORDER BY t.created_at LIMIT 500`,
      [status ?? null],
    );
    await audit(db, userId, 'tasks.read', rows.map((r) => r.id).join(','));
    return ctx.send(
      reply,
      StaffTaskList,
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        owner: r.owner,
        topic: r.topic,
        body: r.body,
        contact: r.contact,
        responseId: r.response_id,
        nps: r.nps,
        answers: r.answers,
        locationId: r.location_id,
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
      })),
    );
  });

  app.post(staffPaths.task, async (req: FastifyRequest<{ Params: { taskId: string } }>, reply) => {
    const userId = await requireStaff(db, req, true);
    const id = parse(Id, req.params.taskId, 'taskId');
    const body = parse(StaffTaskUpdate, req.body);
    if (body.status === undefined && body.owner === undefined) throw new ApiError(422, 'invalid-input', 'Give a status or an owner.', { status: 'required' });
    const [row] = await db.query<{ id: string; status: TaskRow['status']; owner: string | null }>(
      `UPDATE tasks SET status = COALESCE($2, status), owner_user_id = CASE WHEN $3 THEN $4::int ELSE owner_user_id END, updated_at = now()
       WHERE id = $1 RETURNING id, status, (SELECT display_name FROM staff_users WHERE id = owner_user_id) AS owner`,
      [id, body.status ?? null, body.owner !== undefined, body.owner === 'me' ? userId : null],
    );
    if (!row) throw notFound('task');
    await audit(db, userId, 'tasks.update', id);
    return ctx.send(reply, StaffTaskSaved, row);
  });

  app.get(staffPaths.prices, async (req, reply) => {
    await requireStaff(db, req, false);
    const rows = await db.query<Omit<StaffPriceImport, 'importedAt'> & { imported_at: Date }>('SELECT id, imported_at, live, inputs, sources, summary, problems FROM price_imports ORDER BY id DESC');
    return ctx.send(
      reply,
      StaffPriceImportList,
      rows.map(({ imported_at, ...r }) => ({ ...r, importedAt: iso(imported_at) })),
    );
  });
}
