import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';

/** A fixed instant for deterministic tests: Tuesday 2026-03-10, 10:00 in Phoenix. */
export const FIXED_NOW = Date.parse('2026-03-10T17:00:00Z');

/** A memory adapter on a fixed clock unless the test says otherwise. */
export const memory = (options: MemoryAdapterOptions = {}) => createMemoryAdapter({ now: () => FIXED_NOW, ...options });

/** Renders a template and waits for the element's first full update (including one task for data). */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
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
