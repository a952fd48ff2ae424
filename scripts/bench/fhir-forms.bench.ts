// The eleven real public Questionnaires of test/fixtures/fhir-questionnaires rendered by
// fd-feedback-survey and by LHC-Forms (lforms, NLM's FHIR form renderer, a dev dependency served
// from node_modules by the bench server under /lforms/), in the same browser, alternating runs,
// medians. Each run counts from creating the form to the first frame after it is laid out:
// ours until the survey is ready and every calculated value is worked out (the FHIRPath chunk
// loaded), LHC-Forms until `addFormToPage` resolves (its onFormReady). LHC-Forms runs in a
// same-origin frame of the same size: zone.js, which it needs, patches every timer and promise
// of the page it is in, and would slow ours down if they shared one. A form LHC-Forms refuses
// (`addFormToPage` rejects) is reported with its reason. The bench server answers nothing but
// loopback, and the browser resolves no other host: nothing is fetched from outside.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../src/core/adapter.js';
import '../../src/widgets/feedback-survey/fd-feedback-survey.js';
import type { FeedbackSurvey } from '../../src/widgets/feedback-survey/feedback-survey.js';
import { realForms } from '../../test/fixtures/fhir-questionnaires/forms.js';

const RUNS = 9;
const WARM = 2;
const forms = realForms;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const frame = (w: Window) => new Promise((r) => w.requestAnimationFrame(() => w.setTimeout(r, 0)));

interface LForms {
  Util?: { addFormToPage(q: unknown, host: HTMLElement, options: { fhirVersion: string }): Promise<void>; removeFormsFromPage(host: HTMLElement): void };
}
type LhcWindow = Window & { LForms?: LForms };

async function ours(name: string, q: unknown): Promise<{ ms: number; shown: number }> {
  const m = createMemoryAdapter();
  const adapter: FrontdeskAdapter = { feedback: { ...m.feedback, getSurvey: (() => Promise.resolve(structuredClone(q))) as unknown as typeof m.feedback.getSurvey } };
  const el: FeedbackSurvey = document.createElement('fd-feedback-survey');
  el.adapter = adapter;
  el.surveyId = name;
  el.layout = 'all-on-one-page';
  el.kind = 'intake';
  const start = performance.now();
  document.body.append(el);
  const root = () => el.shadowRoot;
  const pending = () => root()?.querySelector('[data-control="calculated"] output[data-status="pending"]');
  while ((el.viewState !== 'ready' && el.viewState !== 'error') || pending()) await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  el.getBoundingClientRect();
  await frame(window);
  const ms = performance.now() - start;
  const shown = root()?.querySelectorAll('[part~="question"]').length ?? 0;
  el.remove();
  return { ms, shown };
}

async function lhcFrame(): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.src = '/scripts/bench/lhc-forms.html';
  f.style.cssText = `border:0;width:${document.documentElement.clientWidth}px;height:${innerHeight}px`;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  await loaded;
  // LForms.Util appears once LHC-Forms' Angular application has started.
  const w = f.contentWindow as LhcWindow;
  for (let i = 0; i < 200 && !w.LForms?.Util; i++) await new Promise((r) => setTimeout(r, 50));
  if (!w.LForms?.Util) throw new Error('LHC-Forms did not start in its frame (npm ci installs lforms)');
  return f;
}

async function lhc(f: HTMLIFrameElement, q: unknown): Promise<{ ms: number; shown: number } | { refused: string }> {
  const w = f.contentWindow as LhcWindow;
  const doc = f.contentDocument as Document;
  const host = doc.createElement('div');
  doc.body.append(host);
  const start = performance.now();
  try {
    await w.LForms?.Util?.addFormToPage(structuredClone(q), host, { fhirVersion: 'R4' });
  } catch (error) {
    host.remove();
    const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
    return { refused: detail.slice(0, 90) };
  }
  host.getBoundingClientRect();
  await frame(w);
  const ms = performance.now() - start;
  const shown = host.querySelectorAll('lhc-item').length;
  w.LForms?.Util?.removeFormsFromPage(host);
  host.remove();
  return { ms, shown };
}

export interface FormRow {
  form: string;
  items: number;
  oursMs: number;
  oursShown: number;
  lhcMs?: number;
  lhcShown?: number;
  refused?: string;
}

const countItems = (items: readonly { item?: unknown[] }[] = []): number => items.reduce((n, i) => n + 1 + countItems((i.item ?? []) as { item?: unknown[] }[]), 0);

export async function run(): Promise<FormRow[]> {
  await import('../../src/core/schemas/feedback.js');
  await import('../../src/widgets/feedback-survey/fhir.js');
  const f = await lhcFrame();
  const rows: FormRow[] = [];
  for (const form of forms) {
    const q = (await (await fetch(`/test/fixtures/fhir-questionnaires/${form}.json`)).json()) as { item?: { item?: unknown[] }[] };
    const items = countItems(q.item);
    for (let i = 0; i < WARM; i++) {
      await ours(form, q);
      await lhc(f, q);
    }
    const a: number[] = [];
    const b: number[] = [];
    let oursShown = 0;
    let lhcShown = 0;
    let refused: string | undefined;
    for (let i = 0; i < RUNS; i++) {
      const mine = await ours(form, q);
      a.push(mine.ms);
      oursShown = mine.shown;
      const theirs = await lhc(f, q);
      if ('refused' in theirs) refused = theirs.refused;
      else {
        b.push(theirs.ms);
        lhcShown = theirs.shown;
      }
    }
    rows.push({ form, items, oursMs: median(a), oursShown, ...(refused ? { refused } : { lhcMs: median(b), lhcShown }) });
  }
  f.remove();
  return rows;
}
