import * as z from 'zod/mini';
import { LocalTime, DayOfWeek, Text } from '../../src/core/schemas/common.js';
import { Location } from '../../src/core/schemas/location.js';
import { Provider, VisitType } from '../../src/core/schemas/scheduling.js';
import type { Queryable } from './db/port.js';
import { ChatSettings, seedFeedback, type FeedbackFile } from './practice-extras.js';

/** Ids in the practice file: they appear in slot ids (`provider.location.visitType.minutes`), so no dots. */
const PracticeId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Ids are 1–64 letters, digits, - or _'));
const LocalDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const Closure = z.object({ date: LocalDate, note: z.optional(Text(200)) });

export const PracticeFile = z.object({
  practice: z.object({
    name: Text(200),
    /** Marks every page of a demonstration practice "Demo data". */
    demo: z.optional(z.boolean()),
  }),
  locations: z.array(z.extend(Location, { id: PracticeId, closures: z.optional(z.array(Closure)) })).check(z.minLength(1)),
  visitTypes: z.array(z.extend(VisitType, { id: PracticeId })),
  providers: z.array(z.extend(Provider, { id: PracticeId })),
  /** Weekly availability templates. */
  availability: z.array(
    z.object({
      providerId: PracticeId,
      locationId: PracticeId,
      daysOfWeek: z.array(DayOfWeek).check(z.minLength(1)),
      opens: LocalTime,
      closes: LocalTime,
      /** Only these visit types in this block (default: every visit type the provider offers). */
      visitTypeIds: z.optional(z.array(PracticeId)),
    }),
  ),
  /** Days with other hours or none, for one provider, one location or everyone. */
  exceptions: z.optional(
    z.array(
      z.object({
        date: LocalDate,
        locationId: z.optional(PracticeId),
        providerId: z.optional(PracticeId),
        /** Both given: the hours that day; both absent: closed. */
        opens: z.optional(LocalTime),
        closes: z.optional(LocalTime),
        note: z.optional(Text(200)),
      }),
    ),
  ),
  /** Chat hours and phone (without them the chat is offline). */
  chat: z.optional(ChatSettings),
  /** A JSON file of surveys and value sets, relative to the practice file. */
  feedback: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
});
export type PracticeFile = z.infer<typeof PracticeFile> & {
  /** The feedback file's content, read by `readPractice`. */
  feedbackData?: FeedbackFile;
};

/** Problems a schema cannot see: references between sections. */
export function practiceProblems(p: PracticeFile): string[] {
  const problems: string[] = [];
  const locations = new Set(p.locations.map((l) => l.id));
  const visitTypes = new Set(p.visitTypes.map((v) => v.id));
  const providers = new Set(p.providers.map((v) => v.id));
  for (const pr of p.providers) {
    for (const id of pr.locationIds) if (!locations.has(id)) problems.push(`providers.${pr.id}: unknown location "${id}"`);
    for (const id of pr.visitTypeIds) if (!visitTypes.has(id)) problems.push(`providers.${pr.id}: unknown visit type "${id}"`);
  }
  p.availability.forEach((a, i) => {
    if (!providers.has(a.providerId)) problems.push(`availability[${i}]: unknown provider "${a.providerId}"`);
    if (!locations.has(a.locationId)) problems.push(`availability[${i}]: unknown location "${a.locationId}"`);
    if (a.opens >= a.closes) problems.push(`availability[${i}]: opens must be before closes`);
  });
  (p.exceptions ?? []).forEach((e, i) => {
    if ((e.opens === undefined) !== (e.closes === undefined)) problems.push(`exceptions[${i}]: give both opens and closes, or neither (closed)`);
  });
  return problems;
}

const withoutClosures = (location: PracticeFile['locations'][number]) => {
  const served: Partial<typeof location> = { ...location };
  delete served.closures;
  return served;
};

/**
 * Makes the database's practice what the file says (in one transaction): locations, visit
 * types, providers, templates and exceptions are replaced; appointments, holds and wait times stay.
 */
export async function seedPractice(tx: Queryable, p: PracticeFile): Promise<void> {
  await tx.query("DELETE FROM practice_settings WHERE name IN ('chat', 'practice')");
  await tx.query("INSERT INTO practice_settings (name, value) VALUES ('practice', $1)", [JSON.stringify(p.practice)]);
  if (p.chat) await tx.query("INSERT INTO practice_settings (name, value) VALUES ('chat', $1)", [JSON.stringify(p.chat)]);
  if (p.feedbackData) await seedFeedback(tx, p.feedbackData);
  await tx.query('DELETE FROM availability_templates');
  await tx.query('DELETE FROM availability_exceptions');
  await tx.query('DELETE FROM locations WHERE NOT (id = ANY($1))', [p.locations.map((l) => l.id)]);
  await tx.query('DELETE FROM visit_types WHERE NOT (id = ANY($1))', [p.visitTypes.map((l) => l.id)]);
  await tx.query('DELETE FROM providers WHERE NOT (id = ANY($1))', [p.providers.map((l) => l.id)]);
  for (const [i, l] of p.locations.entries()) {
    await tx.query(
      `INSERT INTO locations (id, position, time_zone, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET position = $2, time_zone = $3, data = $4`,
      [l.id, i, l.timeZone, JSON.stringify(withoutClosures(l))],
    );
    for (const c of l.closures ?? []) {
      await tx.query('INSERT INTO availability_exceptions (local_date, location_id, note) VALUES ($1, $2, $3)', [c.date, l.id, c.note ?? null]);
    }
  }
  for (const [i, v] of p.visitTypes.entries()) {
    await tx.query(
      `INSERT INTO visit_types (id, position, duration_minutes, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET position = $2, duration_minutes = $3, data = $4`,
      [v.id, i, v.durationMinutes, JSON.stringify(v)],
    );
  }
  for (const [i, pr] of p.providers.entries()) {
    await tx.query('INSERT INTO providers (id, position, data) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET position = $2, data = $3', [
      pr.id,
      i,
      JSON.stringify(pr),
    ]);
  }
  for (const a of p.availability) {
    await tx.query('INSERT INTO availability_templates (provider_id, location_id, days, opens, closes, visit_type_ids) VALUES ($1, $2, $3, $4, $5, $6)', [
      a.providerId,
      a.locationId,
      a.daysOfWeek,
      a.opens,
      a.closes,
      a.visitTypeIds ?? null,
    ]);
  }
  for (const e of p.exceptions ?? []) {
    await tx.query(
      'INSERT INTO availability_exceptions (local_date, location_id, provider_id, opens, closes, note) VALUES ($1, $2, $3, $4, $5, $6)',
      [e.date, e.locationId ?? null, e.providerId ?? null, e.opens ?? null, e.closes ?? null, e.note ?? null],
    );
  }
}
