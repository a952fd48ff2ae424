import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { FrontdeskAdapter } from '../../../src/core/adapter.js';
import '../../../src/widgets/chat-launcher/fd-chat-launcher.js';
import type { ChatLauncher } from '../../../src/widgets/chat-launcher/chat-launcher.js';
import type { ChatPanel } from '../../../src/widgets/chat-launcher/panel.js';
import { memory } from '../../support/fixtures.js';

/** A memory adapter whose agent answers quickly (50 ms). */
export function chatAdapter(options: Parameters<typeof memory>[0] = {}): MemoryAdapter {
  const adapter = memory({ scenario: 'online', ...options });
  adapter.control.chat.setAgentDelay(50);
  return adapter;
}

/** Renders a launcher with literal attributes (test-only static HTML). */
export async function mountLauncher(adapter: FrontdeskAdapter | undefined, attributes = ''): Promise<ChatLauncher> {
  return fixture<ChatLauncher>(staticHtml`<fd-chat-launcher .adapter=${adapter} ${unsafeStatic(attributes)}></fd-chat-launcher>`);
}

export const button = (el: ChatLauncher) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=button]')!;
export const panelOf = (el: ChatLauncher) => el.shadowRoot!.querySelector<ChatPanel>('fd-chat-panel');
export const inPanel = <E extends Element = HTMLElement>(el: ChatLauncher, selector: string) => panelOf(el)?.shadowRoot?.querySelector<E>(selector) ?? null;
export const panelText = (el: ChatLauncher) => (panelOf(el)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens the launcher and waits until the panel has left its loading state. */
export async function openPanel(el: ChatLauncher, state?: string): Promise<ChatPanel> {
  el.open();
  await waitUntil(() => panelOf(el)?.viewState && panelOf(el)!.viewState !== 'loading', 'the panel never loaded', { timeout: 4000 });
  const panel = panelOf(el)!;
  if (state) await waitUntil(() => panel.viewState === state, `panel stuck at ${panel.viewState}, wanted ${state}`, { timeout: 4000 });
  await panel.updateComplete;
  return panel;
}

/** Types into the message box and presses Send. */
export async function type(el: ChatLauncher, text: string): Promise<void> {
  const box = inPanel<HTMLTextAreaElement>(el, '#msg')!;
  box.value = text;
  inPanel<HTMLButtonElement>(el, '[part~=send-button]')!.click();
  await panelOf(el)!.updateComplete;
}

export const entries = (el: ChatLauncher) => [...(panelOf(el)?.shadowRoot?.querySelectorAll<HTMLElement>('.log > *') ?? [])];

/** The next `type` event on `el`, typed. */
export const next = <K extends keyof HTMLElementEventMap>(el: EventTarget, type: K): Promise<HTMLElementEventMap[K]> => oneEvent(el, type);
