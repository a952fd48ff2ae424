import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter, joinUrl, type RestAdapter } from '../../src/adapters/rest/index.js';
import { coreMessages } from '../../src/core/messages/core.js';
import { faultScenarios } from '../../src/mocks/faults.js';
import { restHandlers } from '../../src/mocks/rest-handlers.js';
import { captureConsole } from './console.js';
import { memory } from './fixtures.js';
import { useHandlers } from './msw.js';

/**
 * The fault matrix: every server behaviour a widget must survive, run against each widget's
 * endpoints over the REST adapter (msw serving the contract from a fresh memory adapter,
 * with the one fault handler placed first so it wins for its endpoint).
 */

export const BASE = '/api/frontdesk';

type Method = 'get' | 'post';

/** What the widget must end up showing. */
export type Outcome =
  /** A clear, localized error (the error view, or for a write the error inside its step). */
  | 'error'
  /** The answer came, late: the normal ready state. */
  | 'ready'
  /** No answer at all: the loading/busy state stays honest (checked for 1 s, then left). */
  | 'pending'
  /** 409 on a write: the picker's "someone took that time" notice. */
  | 'conflict'
  /** A lost response to a write, retried with the same key: booked exactly once. */
  | 'once';

export interface Behaviour {
  name: string;
  /** The handlers placed before the contract's for `method` `path` (relative to BASE). */
  handlers: (method: Method, path: string, backend: MemoryAdapter) => HttpHandler[];
  outcome: Outcome;
  /** Reads only, writes only, or both. */
  on: 'read' | 'write' | 'both';
  /** The guard logs its "does not match its schema" line for this body (expected, once). */
  schemaLine?: boolean;
  /** How long the widget may take to settle (retries with backoff and Retry-After). */
  timeoutMs?: number;
}

const url = (path: string) => joinUrl(BASE, path);
const scenario = (name: keyof typeof faultScenarios) => (method: Method, path: string) => [faultScenarios[name](method, url(path))];

/**
 * A write whose response is lost the first time (the server acted: the booking is made
 * with the request's Idempotency-Key, then the connection drops); later attempts reach the
 * contract's handler, which answers the repeated key with the first answer.
 */
function lostFirstResponse(method: Method, path: string, backend: MemoryAdapter): HttpHandler[] {
  let delivered = false;
  return [
    http[method](url(path), async ({ request }) => {
      if (delivered) return undefined;
      delivered = true;
      const key = request.headers.get('idempotency-key') ?? '';
      const body = (await request.clone().json()) as Parameters<MemoryAdapter['scheduling']['book']>[0];
      await backend.scheduling.book({ ...body, idempotencyKey: key });
      return HttpResponse.error();
    }),
  ];
}

export const behaviours: readonly Behaviour[] = [
  { name: '500', handlers: scenario('server-error'), outcome: 'error', on: 'both' },
  { name: '502', handlers: scenario('bad-gateway'), outcome: 'error', on: 'both' },
  { name: '503 + Retry-After', handlers: scenario('unavailable-retry-after'), outcome: 'error', on: 'both', timeoutMs: 8000 },
  { name: '429 + Retry-After s', handlers: scenario('rate-limited'), outcome: 'error', on: 'both', timeoutMs: 6000 },
  { name: '429 + Retry-After date', handlers: scenario('rate-limited-date'), outcome: 'error', on: 'both', timeoutMs: 8000 },
  { name: '408', handlers: scenario('request-timeout'), outcome: 'error', on: 'both' },
  { name: 'never answers', handlers: scenario('timeout'), outcome: 'pending', on: 'both' },
  { name: 'offline', handlers: scenario('offline'), outcome: 'error', on: 'both' },
  { name: '401', handlers: scenario('unauthorized'), outcome: 'error', on: 'both' },
  { name: '403', handlers: scenario('forbidden'), outcome: 'error', on: 'both' },
  { name: '404', handlers: scenario('not-found'), outcome: 'error', on: 'both' },
  { name: '409', handlers: scenario('conflict'), outcome: 'conflict', on: 'write' },
  { name: '422 + field errors', handlers: scenario('validation'), outcome: 'error', on: 'write' },
  { name: 'malformed JSON', handlers: scenario('malformed-json'), outcome: 'error', on: 'both', schemaLine: true },
  {
    name: 'JSON off schema',
    handlers: (method, path) => [http[method](url(path), () => HttpResponse.json([{ nope: 1 }]))],
    outcome: 'error',
    on: 'both',
    schemaLine: true,
  },
  { name: 'empty 200', handlers: scenario('empty-body'), outcome: 'error', on: 'both', schemaLine: true },
  { name: 'HTML page 200', handlers: scenario('html-page'), outcome: 'error', on: 'both', schemaLine: true },
  {
    name: 'slow first byte',
    handlers: (method, path) => [
      http[method](url(path), async () => {
        await delay(800);
        return undefined;
      }),
    ],
    outcome: 'ready',
    on: 'both',
  },
  { name: 'duplicate write delivery', handlers: lostFirstResponse, outcome: 'once', on: 'write' },
];

export const behavioursFor = (kind: 'read' | 'write') => behaviours.filter((b) => b.on === kind || b.on === 'both');

/** Installs the fault for one endpoint first, then the whole contract over a fresh memory practice. */
export async function serveWithFault(behaviour: Behaviour, method: Method, path: string, backend: MemoryAdapter = memory()) {
  await useHandlers(...behaviour.handlers(method, path, backend), ...restHandlers(BASE, backend));
  const adapter: RestAdapter = createRestAdapter({ baseUrl: BASE, eventSource: false });
  return { adapter, backend };
}

/** What a widget's columns (`test/matrix/*-cells.ts`) get from the matrix: the cell runner and its shared checks. */
export interface MatrixChecks {
  cell: (behaviour: Behaviour, widget: string, body: () => Promise<void>) => Promise<void>;
  expectLocalizedError: (el: Element, timeout: number) => Promise<void>;
  expectHonestLoading: (el: Element & { viewState?: string }) => Promise<void>;
}

/** Raw server text from the fault handlers (status lines, JSON, HTML), which must never reach a patient. */
export const rawServerText = /status \d{3}|Service temporarily unavailable|\{"|<html/i;

/** A widget's `aria-busy`, on its base part. */
export const busyOf = (el: Element) => el.shadowRoot?.querySelector('[part~=base]')?.getAttribute('aria-busy');

/** Every localized error message (English), to tell a widget's message from raw server text. */
export const errorMessages: readonly string[] = Object.entries(coreMessages.en)
  .filter(([key]) => key.startsWith('error.'))
  .map(([, value]) => String(value));

/** The text of a widget's error view (`[part~=error]` in its shadow root), or ''. */
export const errorText = (el: Element): string =>
  (el.shadowRoot?.querySelector('[part~=error]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Watches a test for what must not happen: unhandled rejections and console errors other
 * than the guard's schema line (when `schemaLine` allows it).
 */
export function watchPage() {
  const rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => void rejections.push(e.reason);
  window.addEventListener('unhandledrejection', onRejection);
  const log = captureConsole();
  return {
    rejections,
    /** console.error lines that are not allowed. */
    unexpectedErrors(schemaLine = false): string[] {
      return log.errors.filter((line) => !(schemaLine && line.includes('does not match its schema')));
    },
    stop() {
      window.removeEventListener('unhandledrejection', onRejection);
      log.restore();
    },
  };
}

const results = new Map<string, Map<string, boolean>>();
export function record(behaviour: string, widget: string, passed: boolean): void {
  const row = results.get(behaviour) ?? new Map<string, boolean>();
  row.set(widget, passed);
  results.set(behaviour, row);
}

/** The matrix as a plain-text table: behaviour × widget → pass / FAIL / – (not run). */
export function matrixTable(widgets: readonly string[]): string {
  const names = [...results.keys()];
  const first = Math.max('behaviour'.length, ...names.map((n) => n.length));
  const cell = (n: string, w: string) => {
    const row = results.get(n);
    if (!row?.has(w)) return '–';
    return row.get(w) ? 'pass' : 'FAIL';
  };
  const widths = widgets.map((w) => Math.max(w.length, ...names.map((n) => cell(n, w).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? first : widths[i - 1])).join(' | ');
  const rows = names.map((n) => line([n, ...widgets.map((w) => cell(n, w))]));
  return [line(['behaviour', ...widgets]), line(['', ...widgets.map(() => '')]).replace(/ /g, '-'), ...rows].join('\n');
}
