import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { joinUrl, restPaths } from '../../src/adapters/rest/paths.js';
import '../../src/widgets/chat-launcher/fd-chat-launcher.js';
import type { ChatLauncher } from '../../src/widgets/chat-launcher/chat-launcher.js';
import type { ChatPanel } from '../../src/widgets/chat-launcher/panel.js';
import { BASE, behavioursFor, serveWithFault, type Behaviour, type MatrixChecks } from '../support/fault-matrix.js';
import { memory } from '../support/fixtures.js';

export const CHAT_AVAILABILITY = 'chat GET /chat/availability';
export const CHAT_SEND = 'chat POST /chat/…/messages';
export const CHAT_COLUMNS = [CHAT_AVAILABILITY, CHAT_SEND];

const panelOf = (el: ChatLauncher) => el.shadowRoot!.querySelector<ChatPanel>('fd-chat-panel');
const text = (panel: ChatPanel) => (panel.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** Raw server text from the fault handlers, which must never reach the patient. */
const raw = /status \d{3}|Service temporarily unavailable|\{"/;

async function openChat(behaviour: Behaviour, method: 'get' | 'post', path: string, backend: MemoryAdapter) {
  const { adapter } = await serveWithFault(behaviour, method, path, backend);
  const el = await fixture<ChatLauncher>(html`<fd-chat-launcher .adapter=${adapter} locale="en"></fd-chat-launcher>`);
  el.open();
  await waitUntil(() => panelOf(el)?.viewState, 'the panel never loaded');
  return { el, panel: panelOf(el)! };
}

/** The send's first response is lost after the server stored the message; the retry carries the same ids. */
function lostChatResponse(backend: MemoryAdapter) {
  let delivered = false;
  return http.post(joinUrl(BASE, restPaths.chatMessages), async ({ request, params }) => {
    if (delivered) return undefined;
    delivered = true;
    const body = (await request.clone().json()) as { clientMessageId: string; text: string };
    await backend.chat.send({ conversationId: String(params.conversationId), ...body, idempotencyKey: request.headers.get('idempotency-key') ?? '' });
    return HttpResponse.error();
  });
}

/** The chat launcher's columns of the fault matrix: its availability read and its message write. */
export function chatColumns({ cell, expectLocalizedError, expectHonestLoading }: MatrixChecks): void {
  describe(CHAT_AVAILABILITY, () => {
    for (const behaviour of behavioursFor('read')) {
      it(behaviour.name, async () => {
        await cell(behaviour, CHAT_AVAILABILITY, async () => {
          const { panel } = await openChat(behaviour, 'get', restPaths.chatAvailability, memory({ scenario: 'online' }));
          const timeout = behaviour.timeoutMs ?? 5000;
          if (behaviour.outcome === 'pending') return expectHonestLoading(panel);
          if (behaviour.outcome === 'ready') {
            await waitUntil(() => panel.viewState === 'online', `stuck at ${panel.viewState}`, { timeout });
            return;
          }
          await waitUntil(() => panel.viewState === 'error', `stuck at ${panel.viewState}`, { timeout });
          await panel.updateComplete;
          await expectLocalizedError(panel, 1000);
          // Focus stays in the dialog: Close is always there.
          panel.focusStart();
          expect(panel.matches(':focus-within')).to.equal(true);
        });
      });
    }
  });

  describe(CHAT_SEND, () => {
    for (const behaviour of behavioursFor('write')) {
      it(behaviour.name, async () => {
        await cell(behaviour, CHAT_SEND, async () => {
          const backend = memory({ scenario: 'online' });
          backend.control.chat.setAutoReply(false);
          const once = behaviour.outcome === 'once';
          const b: Behaviour = once ? { ...behaviour, handlers: () => [lostChatResponse(backend)] } : behaviour;
          const { panel } = await openChat(b, 'post', restPaths.chatMessages, backend);
          await waitUntil(() => panel.viewState === 'online', `stuck at ${panel.viewState}`);
          const box = panel.shadowRoot!.querySelector<HTMLTextAreaElement>('#msg')!;
          box.focus();
          box.value = 'Is the clinic open on Saturday?';
          panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~=send-button]')!.click();
          await panel.updateComplete;
          const timeout = behaviour.timeoutMs ?? 5000;
          const state = () => panel.shadowRoot!.querySelector('[part~=delivery]')?.textContent ?? '';
          if (behaviour.outcome === 'pending') {
            const until = performance.now() + 1000;
            while (performance.now() < until) {
              expect(state()).to.equal('Sending…');
              await new Promise((r) => setTimeout(r, 100));
            }
            return;
          }
          if (behaviour.outcome === 'ready' || once) {
            await waitUntil(() => state() === 'Sent', `delivery: ${state()}`, { timeout });
            const conversationId = panel.conversationId!;
            expect(backend.control.chat.transcript(conversationId).map((m) => m.text), 'stored exactly once').to.deep.equal(['Is the clinic open on Saturday?']);
          } else {
            // Any failure: "Not sent" with Retry at once (retryable ones keep retrying behind it), no raw server text.
            await waitUntil(() => state() === 'Not sent' && panel.shadowRoot!.querySelector('[part~=retry-button]'), `delivery: ${state()}`, { timeout });
            expect(text(panel)).to.not.match(raw);
          }
          expect(panel.matches(':focus-within'), 'focus left the chat').to.equal(true);
        });
      });
    }
  });
}
