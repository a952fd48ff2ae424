import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { restPaths } from '../../../src/adapters/rest/paths.js';
import { Id } from '../../../src/core/schemas/common.js';
import { FeedbackAnswer, FeedbackReceipt, FeedbackSubmission, FhirValueSet, PartialReceipt, SurveyDefinition } from '../../../src/core/schemas/feedback.js';
import type { Queryable } from '../db/port.js';
import { ApiError, notFound, parse } from '../http/errors.js';
import { idempotent } from '../http/idempotency.js';
import type { ServerContext } from '../context.js';
import { randomId } from '../domain/ids.js';
import { scoresOf } from './scores.js';

const Locale = z.optional(z.string().check(z.maxLength(35)));
const SurveyQuery = z.object({ touchpoint: z.optional(Id), locale: Locale });
const LocaleQuery = z.object({ locale: Locale });
const DraftBody = z.object({ surveyId: Id, answers: z.array(FeedbackAnswer).check(z.maxLength(500)) });
const ExpandQuery = z.object({ url: z.string().check(z.minLength(1), z.maxLength(2000)) });

/** Drafts are kept this long after their last save. */
export const DRAFT_DAYS = 30;

/** `es-MX` → `es`; anything else (or nothing) → `en`. */
const language = (locale: string | undefined): 'en' | 'es' => (locale?.toLowerCase().startsWith('es') ? 'es' : 'en');

/** The survey in the caller's language, else its English copy; undefined when unknown. */
async function findSurvey(db: Queryable, id: string, locale?: string): Promise<{ definition: SurveyDefinition; touchpoint: string | null } | undefined> {
  const rows = await db.query<{ locale: string; definition: SurveyDefinition; touchpoint: string | null }>(
    'SELECT locale, definition, touchpoint FROM surveys WHERE id = $1',
    [id],
  );
  return rows.find((r) => r.locale === language(locale)) ?? rows.find((r) => r.locale === 'en');
}

/**
 * The feedback port: surveys by id or touchpoint (in the caller's language), drafts for
 * `persist="server"`, responses (answers and the FHIR QuestionnaireResponse) with the scores the
 * console charts, and a follow-up task when a respondent with a low score asked to be contacted.
 * Every write is idempotent on its key.
 */
export function feedbackRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx;

  app.get(restPaths.surveys, { config: ctx.patientLimit }, async (req, reply) => {
    const query = parse(SurveyQuery, req.query, 'query');
    if (!query.touchpoint) throw new ApiError(422, 'invalid-input', 'Give a touchpoint.', { touchpoint: 'required' });
    const [row] = await db.query<{ id: string }>('SELECT id FROM surveys WHERE touchpoint = $1 ORDER BY position LIMIT 1', [query.touchpoint]);
    const survey = row && (await findSurvey(db, row.id, query.locale));
    if (!survey) throw notFound('survey for this touchpoint');
    return ctx.send(reply, SurveyDefinition, survey.definition);
  });

  app.get(restPaths.survey, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { surveyId: string } }>, reply) => {
    const { locale } = parse(LocaleQuery, req.query, 'query');
    const survey = await findSurvey(db, parse(Id, req.params.surveyId, 'surveyId'), locale);
    if (!survey) throw notFound('survey');
    return ctx.send(reply, SurveyDefinition, survey.definition);
  });

  app.post(restPaths.surveyDraft, { config: ctx.patientLimit }, async (req: FastifyRequest<{ Params: { responseId: string } }>, reply) => {
    const responseId = parse(Id, req.params.responseId, 'responseId');
    const body = parse(DraftBody, req.body);
    await idempotent(db, req, reply, async (tx) => {
      if (!(await findSurvey(tx, body.surveyId))) throw notFound('survey');
      const [row] = await tx.query<{ saved_at: Date }>(
        `INSERT INTO survey_drafts (response_id, survey_id, answers, saved_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (response_id) DO UPDATE SET survey_id = $2, answers = $3, saved_at = now() RETURNING saved_at`,
        [responseId, body.surveyId, JSON.stringify(body.answers)],
      );
      await tx.query('DELETE FROM survey_drafts WHERE saved_at < now() - make_interval(days => $1)', [DRAFT_DAYS]);
      return { status: 200, body: ctx.check(PartialReceipt, { responseId, savedAt: new Date(row.saved_at).toISOString() }) };
    });
  });

  app.post(restPaths.surveyResponses, { config: ctx.patientLimit }, async (req, reply) => {
    const body = parse(FeedbackSubmission, req.body);
    await idempotent(db, req, reply, async (tx) => {
      const survey = await findSurvey(tx, body.surveyId);
      if (!survey) throw notFound('survey');
      const scores = scoresOf(survey.definition, body.answers);
      const id = randomId('resp');
      // The clinician of the visit, when the response names its appointment (for the console's charts).
      const [visit] = body.context?.appointmentId
        ? await tx.query<{ provider_id: string; location_id: string }>('SELECT provider_id, location_id FROM appointments WHERE id = $1', [body.context.appointmentId])
        : [];
      const [row] = await tx.query<{ received_at: Date }>(
        `INSERT INTO survey_responses (id, survey_id, touchpoint, answers, questionnaire_response, context, location_id, provider_id, contact_requested, nps, csat, ces)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING received_at`,
        [
          id,
          body.surveyId,
          body.touchpoint ?? survey.touchpoint,
          JSON.stringify(body.answers),
          body.response ? JSON.stringify(body.response) : null,
          body.context ? JSON.stringify(body.context) : null,
          body.context?.locationId ?? visit?.location_id ?? null,
          visit?.provider_id ?? null,
          body.contactRequested === true,
          scores.nps ?? null,
          scores.csat ?? null,
          scores.ces ?? null,
        ],
      );
      // The widget asks for contact only after a low score: the service-recovery loop starts here.
      if (body.contactRequested === true) {
        await tx.query("INSERT INTO tasks (id, kind, response_id, topic) VALUES ($1, 'follow-up', $2, $3)", [randomId('task'), id, body.touchpoint ?? survey.touchpoint ?? body.surveyId]);
      }
      return { status: 200, body: ctx.check(FeedbackReceipt, { responseId: id, receivedAt: new Date(row.received_at).toISOString() }) };
    });
  });

  app.get(restPaths.valueSetExpansion, { config: ctx.patientLimit }, async (req, reply) => {
    const { url } = parse(ExpandQuery, req.query, 'query');
    const [row] = await db.query<{ data: FhirValueSet }>('SELECT data FROM value_sets WHERE url = $1', [url]);
    if (!row) throw notFound('value set');
    return ctx.send(reply, FhirValueSet, row.data);
  });
}
