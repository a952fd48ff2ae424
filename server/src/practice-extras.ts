import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as z from 'zod/mini';
import { Id, Minutes, Phone, TimeZone } from '../../src/core/schemas/common.js';
import { FhirValueSet, SurveyDefinition } from '../../src/core/schemas/feedback.js';
import { OpeningHours } from '../../src/core/schemas/location.js';
import type { Queryable } from './db/port.js';

/** The practice's chat: its hours in its own zone, the phone shown when nobody answers, the reply time when busy. */
export const ChatSettings = z.object({
  timeZone: TimeZone,
  hours: z.array(OpeningHours).check(z.maxLength(28)),
  phone: z.optional(Phone),
  /** Shown as `away` (open, replies take longer) when no staff member has the inbox open. */
  awayReplyMinutes: z.optional(Minutes),
  /** Shown as `online` when someone has the inbox open. */
  onlineReplyMinutes: z.optional(Minutes),
});
export type ChatSettings = z.infer<typeof ChatSettings>;

/** A survey in the practice's languages (`en` required), optionally the survey of a touchpoint. */
export const SurveyEntry = z.object({
  touchpoint: z.optional(Id),
  en: SurveyDefinition,
  es: z.optional(SurveyDefinition),
});

/** The feedback file a practice file points to (`feedback: surveys.json`, relative to it). */
export const FeedbackFile = z.object({
  surveys: z.array(SurveyEntry).check(z.maxLength(200)),
  valueSets: z.optional(z.array(FhirValueSet).check(z.maxLength(200))),
});
export type FeedbackFile = z.infer<typeof FeedbackFile>;

const surveyId = (s: SurveyDefinition): string | undefined => s.id;

/** Reads and checks the feedback file; throws with every problem listed. */
export function readFeedbackFile(practicePath: string, file: string): FeedbackFile {
  const path = resolve(dirname(practicePath), file);
  const result = FeedbackFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path}:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const problems: string[] = [];
  result.data.surveys.forEach((s, i) => {
    if (!surveyId(s.en)) problems.push(`surveys[${i}].en: a survey needs an id`);
    if (s.es && surveyId(s.es) !== surveyId(s.en)) problems.push(`surveys[${i}].es: the Spanish copy must have the English copy's id`);
  });
  if (problems.length) throw new Error(`${path}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return result.data;
}

/** Makes the stored surveys and value sets what the file says (responses and tasks stay). */
export async function seedFeedback(tx: Queryable, file: FeedbackFile): Promise<void> {
  await tx.query('DELETE FROM surveys');
  for (const [position, entry] of file.surveys.entries()) {
    for (const locale of ['en', 'es'] as const) {
      const definition = entry[locale];
      if (!definition) continue;
      await tx.query('INSERT INTO surveys (id, locale, touchpoint, position, definition) VALUES ($1, $2, $3, $4, $5)', [
        surveyId(definition),
        locale,
        entry.touchpoint ?? null,
        position,
        JSON.stringify(definition),
      ]);
    }
  }
  for (const vs of file.valueSets ?? []) {
    if (!vs.url) continue;
    await tx.query('INSERT INTO value_sets (url, data) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET data = $2', [vs.url, JSON.stringify(vs)]);
  }
}
