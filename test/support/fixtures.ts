import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';

/** A fixed instant for deterministic tests: Tuesday 2026-03-10, 10:00 in Phoenix. */
export const FIXED_NOW = Date.parse('2026-03-10T17:00:00Z');

/** A memory adapter on a fixed clock unless the test says otherwise. */
export const memory = (options: MemoryAdapterOptions = {}) => createMemoryAdapter({ now: () => FIXED_NOW, ...options });

type Stateful = Element & { viewState?: string; updateComplete?: Promise<unknown> };

/** Waits until a widget's view state is `state` (or, with no state given, anything but loading). */
export async function untilState(el: Element, state?: string, timeout = 4000): Promise<void> {
  const w = el as Stateful;
  await waitUntil(() => (state ? w.viewState === state : w.viewState !== undefined && w.viewState !== 'loading'), `never reached state ${state ?? '(settled)'}; stuck at ${w.viewState}`, { timeout });
  await w.updateComplete;
}

/** Renders a template and waits until the widget has left its loading state. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  if ('viewState' in el) await untilState(el);
  else await settle(el);
  return el;
}

/** Lets pending adapter calls resolve and the element re-render. */
export async function settle(el: Element, ms = 0): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** The text a patient would read in an element's shadow root, whitespace folded. */
export const textOf = (el: Element): string => (el.shadowRoot?.textContent ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
