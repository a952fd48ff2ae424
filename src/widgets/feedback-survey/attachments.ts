import { html, type TemplateResult } from 'lit';
import type { Attachment, Question } from './model.js';
import { describedBy, domId, label, notes, problem, type QuestionContext } from './questions.js';

/** `attachment` items: part of the lazily loaded repeats/attachments chunk (`extras.ts`). */

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
