import { html, type TemplateResult } from 'lit';
import type { Attachment, Question } from './model.js';
import { describedBy, domId, inputValue, label, notes, problem, unitLabel, type QuestionContext } from './questions.js';

/** The items only a Questionnaire has, rendered by its part (never downloaded for a Frontdesk survey). */

/**
 * A calculated value (FHIRPath `calculatedExpression`): text, never a field. While it cannot be
 * worked out yet it says so; when it cannot be worked out at all, that the practice calculates it.
 */
export function renderCalculated(q: Question, c: QuestionContext): TemplateResult {
  const id = domId(q);
  const v = c.answers[q.id]?.[0];
  const status = c.computed?.status(q) ?? 'failed';
  const text = status === 'failed' ? c.t.calculatedByPractice : v ? `${inputValue(v)}${q.unit ? ` ${unitLabel(q.unit)}` : ''}` : c.t.calculated;
  return html`<div class="question" part="question" data-control="calculated">
    <p part="label" id=${`${id}-label`}>${label(q, c)}</p>
    ${notes(q)}
    <output id=${id} class="calculated" aria-labelledby=${`${id}-label`} aria-live="polite" data-status=${v && status !== 'failed' ? 'ready' : status}>${text}</output>
  </div>`;
}

/** An item this form cannot show (its value set did not expand…): named, and said so, inside the form. */
export function renderUnavailable(q: Question, c: QuestionContext): TemplateResult {
  return html`<div class="question unavailable" part="question" data-control="unavailable" id=${domId(q)}>
    <p part="label">${label(q, c)}</p>
    <p class="help" part="help">${c.t.cantShow}</p>
  </div>`;
}


const sizeLabel = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** A file as an attachment: its bytes (base64) only when within the limits, else just what the check needs. */
async function attach(file: File, q: Question): Promise<Attachment> {
  const meta = { contentType: file.type || undefined, title: file.name, size: file.size };
  const fits = (q.maxSize === undefined || file.size <= q.maxSize) && (!q.mimeTypes?.length || q.mimeTypes.includes(file.type));
  if (!fits) return meta;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { ...meta, data: btoa(binary) };
}

/** An `attachment` item: a file input limited to the item's types and size, the limits said beside it. */
export function renderAttachment(q: Question, c: QuestionContext): TemplateResult {
  const id = domId(q);
  const file = c.answers[q.id]?.[0];
  const limits = c.t.fileLimits((q.mimeTypes ?? []).join(', '), sizeLabel(q.maxSize ?? 0));
  return html`<div class="question" part="question" data-control="attachment">
    <label part="label" for=${id}>${label(q, c)}</label>
    ${notes(q)}
    <p class="help" part="help" id=${`${id}-limits`}>${limits}</p>
    <input
      id=${id}
      type="file"
      accept=${q.mimeTypes?.join(',') ?? ''}
      ?disabled=${q.readOnly}
      aria-describedby=${describedBy(q, c, [`${id}-limits`])}
      aria-invalid=${c.problems[q.id] ? 'true' : 'false'}
      @change=${async (e: Event) => {
        const picked = (e.target as HTMLInputElement).files?.[0];
        c.set(q, picked ? [{ type: 'attachment', value: await attach(picked, q) }] : []);
      }}
    />
    ${file?.type === 'attachment' ? html`<p class="help">${file.value.title} (${sizeLabel(file.value.size ?? 0)})</p>` : ''} ${problem(q, c)}
  </div>`;
}
