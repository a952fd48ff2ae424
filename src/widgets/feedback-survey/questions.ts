import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../core/localize.js';
import type { Problem } from './answers.js';
import { valuesEqual } from './conditions.js';
import type { SurveyMessages } from './messages.js';
import type { Computed } from './computed.js';
import type { Answers, Coding, Option, Question, Value } from './model.js';

/** How a question renders: its answers, whether it is shown, its problem, and how to change it. */
export interface QuestionContext {
  answers: Answers;
  enabled: ReadonlySet<string>;
  problems: Readonly<Record<string, Problem>>;
  t: Catalog<SurveyMessages>;
  /** Free-text questions carry the "no medical details" hint. */
  hint: boolean;
  set: (q: Question, values: Value[]) => void;
  /** What follows a question (the low-score follow-up after a rating). */
  after: (q: Question) => unknown;
  /** A Questionnaire's part (loaded with it): calculated and unavailable items, options from `answerExpression`. */
  computed?: Pick<Computed, 'status' | 'options' | 'render'> | undefined;
  /** An attachment field, a repeating group's add / remove buttons (the repeats/attachments part). */
  extra?: ((q: Question, c: QuestionContext) => unknown) | undefined;
}

/** A DOM id for a question (linkIds may hold any character). */
export const domId = (q: Question): string => `q-${q.id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0)}`)}`;
/** A selector for instance `n` (1-based) of a repeating group (instance n > 1 has the id `…#n`). */
export const instanceSelector = (group: Question, n: number): string => `#${domId(group).replace(/_35\d+$/, '')}${n > 1 ? `_35${n}` : ''}`;

const fieldsetControls = new Set(['nps', 'csat', 'ces', 'stars', 'radio', 'checkbox', 'yes-no']);
const inputTypes: Readonly<Record<string, string>> = { slider: 'range', datetime: 'datetime-local' };

/** A FHIR dateTime (with offset) as the `datetime-local` value in the browser's zone. */
const toLocalInput = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t - new Date(t).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function parseInput(q: Question, raw: string): Value[] {
  const s = raw.trim();
  if (!s) return [];
  switch (q.valueType) {
    case 'integer':
    case 'decimal':
      return [{ type: q.valueType, value: Number(s) }];
    case 'dateTime':
      return [{ type: 'dateTime', value: new Date(s).toISOString() }];
    case 'time':
      return [{ type: 'time', value: s.length === 5 ? `${s}:00` : s }];
    case 'date':
    case 'uri':
      return [{ type: q.valueType, value: s }];
    default:
      return [{ type: 'string', value: raw }];
  }
}

export function inputValue(v: Value | undefined): string {
  if (!v) return '';
  if (v.type === 'dateTime') return toLocalInput(v.value);
  if (v.type === 'time') return v.value.slice(0, 5);
  if (v.type === 'quantity') return String(v.value.value);
  if (v.type === 'coding') return v.value.display ?? v.value.code ?? '';
  if (v.type === 'attachment') return v.value.title ?? '';
  return String(v.value);
}

/** A unit's display, else its code; a UCUM annotation loses its braces (`{score}` → score). */
export const unitLabel = (u: Coding | undefined) => (u?.display ?? u?.code ?? '').replace(/^\{(.+)\}$/, '$1');

export function label(q: Question, c: QuestionContext) {
  return html`${q.prefix ? html`<span class="prefix">${q.prefix}</span> ` : nothing}${q.label}${q.required
    ? html` <span class="required">${c.t.required}</span>`
    : nothing}`;
}

export function describedBy(q: Question, c: QuestionContext, extra: string[] = []): string {
  const id = domId(q);
  return [q.help || q.instructions ? `${id}-help` : '', ...extra, c.problems[q.id] ? `${id}-error` : ''].filter(Boolean).join(' ');
}

export function notes(q: Question) {
  const id = domId(q);
  return q.help || q.instructions
    ? html`<p class="help" part="help" id=${`${id}-help`}>${[q.instructions, q.help].filter(Boolean).join(' ')}</p>`
    : nothing;
}

export function problem(q: Question, c: QuestionContext) {
  const p = c.problems[q.id];
  return p ? html`<p class="error" part="error" id=${`${domId(q)}-error`}>${c.t[`problem.${p}`]}</p>` : nothing;
}

function optionsFor(q: Question, c: QuestionContext): Option[] {
  if (q.control !== 'yes-no') return c.computed?.options(q) ?? q.options;
  return [
    { key: 'yes', label: c.t.yes, value: { type: 'boolean', value: true } },
    { key: 'no', label: c.t.no, value: { type: 'boolean', value: false } },
  ];
}

/** Radio groups and checkboxes (ratings, choices, yes/no) in a fieldset with a legend. */
function renderChoices(q: Question, c: QuestionContext): TemplateResult {
  const id = domId(q);
  const current = c.answers[q.id] ?? [];
  const multi = q.control === 'checkbox';
  const isOn = (o: Option) => current.some((v) => valuesEqual(v, o.value) && v.type === o.value.type);
  const ends = q.minLabel && q.maxLabel ? `${id}-ends` : '';
  const selected = current[0]?.value;
  const toggle = (o: Option) => (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    const rest = current.filter((v) => !valuesEqual(v, o.value));
    c.set(q, multi ? (on ? [...rest, o.value] : rest) : [o.value]);
  };
  const other = current.find((v) => v.type === 'string' && !q.options.some((o) => valuesEqual(o.value, v)));
  return html`<fieldset class="question" part="question" data-control=${q.control} aria-describedby=${describedBy(q, c, ends ? [ends] : [])}>
    <legend part="label">${label(q, c)}</legend>
    ${notes(q)}
    <div class=${`options ${q.orientation ?? ''}`} part="options" ?data-fd-figure=${/^(nps|csat|ces|stars)$/.test(q.control)}>
      ${optionsFor(q, c).map(
        (o) => html`<label class=${`option${q.control === 'stars' && typeof selected === 'number' && typeof o.value.value === 'number' && o.value.value <= selected ? ' lit' : ''}`} part="option">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            name=${id}
            .value=${o.key}
            .checked=${isOn(o)}
            ?disabled=${q.readOnly}
            aria-invalid=${c.problems[q.id] ? 'true' : 'false'}
            @change=${toggle(o)}
          /><span
            >${o.prefix ? html`<span class="prefix">${o.prefix}</span> ` : nothing}${q.control === 'stars'
              ? html`<span aria-hidden="true">★</span><span class="fd-visually-hidden">${c.t.stars(Number(o.label))}</span>`
              : o.label}</span
          >
        </label>`,
      )}
    </div>
    ${ends ? html`<p class="ends" part="scale-ends" id=${ends}><span>${q.minLabel}</span><span>${q.maxLabel}</span></p>` : nothing}
    ${q.openChoice
      ? html`<label class="field" part="field"
          >${c.t.otherText}
          <input type="text" .value=${other ? inputValue(other) : ''} ?readonly=${q.readOnly} @input=${(e: Event) => {
            const s = (e.target as HTMLInputElement).value;
            const picked = multi ? current.filter((v) => v !== other) : [];
            c.set(q, s.trim() ? [...picked, { type: 'string', value: s }] : picked);
          }}
        /></label>`
      : nothing}
    ${problem(q, c)}
  </fieldset>`;
}

/** One labelled field: text, number, slider, date, time, URL, drop-down, autocomplete, quantity. */
function renderField(q: Question, c: QuestionContext): TemplateResult {
  const id = domId(q);
  const current = c.answers[q.id] ?? [];
  const v = current[0];
  const free = q.valueType === 'string' && (q.control === 'text' || q.control === 'textarea') && c.hint;
  const described = describedBy(q, c, free ? [`${id}-hint`] : []);
  const invalid = c.problems[q.id] ? 'true' : 'false';
  const onInput = (e: Event) => c.set(q, parseInput(q, (e.target as HTMLInputElement).value));
  let control: unknown;
  if (q.control === 'dropdown') {
    const options = optionsFor(q, c);
    const key = options.find((o) => v && valuesEqual(o.value, v))?.key ?? '';
    control = html`<select id=${id} aria-describedby=${described} aria-invalid=${invalid} ?disabled=${q.readOnly} ?required=${q.required}
      @change=${(e: Event) => {
        const o = options.find((x) => x.key === (e.target as HTMLSelectElement).value);
        c.set(q, o ? [o.value] : []);
      }}>
      <option value="" ?selected=${!key}>${c.t.choose}</option>
      ${options.map((o) => html`<option value=${o.key} ?selected=${o.key === key}>${o.prefix ? `${o.prefix}. ` : ''}${o.label}</option>`)}
    </select>`;
  } else if (q.control === 'autocomplete') {
    control = html`<input id=${id} list=${`${id}-list`} autocomplete="off" .value=${inputValue(v)} ?readonly=${q.readOnly} aria-describedby=${described} aria-invalid=${invalid}
        @change=${(e: Event) => {
          const s = (e.target as HTMLInputElement).value.trim();
          const o = q.options.find((x) => x.label.toLowerCase() === s.toLowerCase());
          c.set(q, o ? [o.value] : s && q.openChoice ? [{ type: 'string', value: s }] : []);
        }} />
      <datalist id=${`${id}-list`}>${q.options.map((o) => html`<option value=${o.label}></option>`)}</datalist>`;
  } else if (q.control === 'textarea') {
    control = html`<textarea id=${id} rows="4" maxlength=${q.maxLength ?? nothing} .value=${inputValue(v)} ?readonly=${q.readOnly} aria-describedby=${described} aria-invalid=${invalid} @input=${onInput}></textarea>`;
  } else if (q.control === 'quantity') {
    const units = q.units?.length ? q.units : q.unit ? [q.unit] : [];
    const unit = (v?.type === 'quantity' ? units.find((u) => u.code === v.value.code) : undefined) ?? units.find((u) => u.code === q.initial[0]?.value) ?? units[0];
    const setQ = (n: string, u: Coding | undefined) =>
      c.set(q, n.trim() ? [{ type: 'quantity', value: { value: Number(n), unit: u?.display ?? u?.code, system: u?.system, code: u?.code } }] : []);
    control = html`<span class="with-unit">
      <input id=${id} type="number" step="any" inputmode="decimal" .value=${inputValue(v)} ?readonly=${q.readOnly} aria-describedby=${described} aria-invalid=${invalid}
        @input=${(e: Event) => setQ((e.target as HTMLInputElement).value, unit)} />
      ${units.length > 1
        ? html`<select aria-label=${c.t.unit} ?disabled=${q.readOnly} @change=${(e: Event) => setQ(inputValue(v), units[Number((e.target as HTMLSelectElement).value)])}>
            ${units.map((u, i) => html`<option value=${i} ?selected=${u === unit}>${unitLabel(u)}</option>`)}
          </select>`
        : html`<span class="unit">${unitLabel(unit)}</span>`}
    </span>`;
  } else {
    const numeric = q.valueType === 'integer' || q.valueType === 'decimal';
    // A repeating item: a field per answer and an empty one for the next (up to maxOccurs).
    const slots = q.repeats && q.control !== 'slider' ? Math.min(current.length + 1, q.maxOccurs ?? Infinity) : 1;
    const field = (i: number) =>
      html`<input
        id=${i ? `${id}-${i}` : id}
        aria-label=${i ? `${q.label} (${i + 1})` : nothing}
        type=${inputTypes[q.control] ?? q.control}
        inputmode=${numeric ? (q.valueType === 'integer' ? 'numeric' : 'decimal') : nothing}
        step=${numeric ? (q.step ?? (q.valueType === 'integer' ? 1 : 'any')) : nothing}
        min=${q.min ?? nothing}
        max=${q.max ?? nothing}
        maxlength=${q.maxLength ?? nothing}
        placeholder=${q.entryFormat ?? nothing}
        .value=${inputValue(current[i])}
        ?readonly=${q.readOnly}
        ?disabled=${q.readOnly && q.control === 'slider'}
        aria-describedby=${described}
        aria-invalid=${invalid}
        @input=${(e: Event) => {
          const next = [...current];
          const [parsed] = parseInput(q, (e.target as HTMLInputElement).value);
          if (parsed) next[i] = parsed;
          else next.splice(i, 1);
          c.set(q, next);
        }}
      />`;
    control = html`<span class="with-unit"
      >${Array.from({ length: slots }, (_, i) => field(i))}${q.control === 'slider' ? html`<output for=${id}>${inputValue(v)}</output>` : nothing}${q.unit
        ? html`<span class="unit">${unitLabel(q.unit)}</span>`
        : nothing}</span
    >`;
  }
  return html`<div class="question" part="question" data-control=${q.control}>
    <label part="label" for=${id}>${label(q, c)}</label>
    ${notes(q)} ${free ? html`<p class="hint" part="hint" id=${`${id}-hint`}>${c.t.noMedicalDetails}</p>` : nothing} ${control} ${problem(q, c)}
  </div>`;
}

/** A question, group or display item, with its enabled children; nothing when disabled or hidden. */
export function renderItem(q: Question, c: QuestionContext): unknown {
  if (!c.enabled.has(q.id) || q.hidden) return nothing;
  const children = q.children.map((child) => renderItem(child, c));
  // A question whose options come from an answerExpression that fails says it can't be shown (no empty choice).
  const failed = q.expressions?.answer !== undefined && c.computed?.status(q) === 'failed';
  if (q.control === 'calculated' || q.control === 'unavailable' || failed) return html`${c.computed?.render(q, c) ?? nothing}${children}`;
  if (q.control === 'attachment') return html`${c.extra?.(q, c) ?? nothing}${children}`;
  if (q.control === 'display') return html`<p class="display" part="display">${q.label}</p>${children}`;
  if (q.control === 'group') {
    return html`<fieldset class="group" part="group" id=${domId(q)}>
        <legend part="label">${label(q, c)}${q.instance ? ` (${q.instance})` : ''}</legend>
        ${notes(q)}${children}
      </fieldset>
      ${c.extra?.(q, c) ?? nothing}`;
  }
  return html`${fieldsetControls.has(q.control) ? renderChoices(q, c) : renderField(q, c)}${c.after(q)}${children}`;
}
