import type { ChatPort } from '../../core/adapter.js';
import { toFrontdeskError } from '../../core/errors.js';
import type { CallOptions, WriteOptions } from '../../core/port.js';
import { sleep } from '../../core/resilience.js';
import type { ChatHistory } from '../../core/schemas/chat.js';
import { fillPath, restPaths } from './paths.js';

type Get = <T>(path: string, query: Readonly<Record<string, string | undefined>>, options: CallOptions) => Promise<T>;
type Write = <T>(method: 'POST' | 'DELETE', path: string, body: object | undefined, options: WriteOptions) => Promise<T>;

const at = (path: string, conversationId: string) => fillPath(path, { conversationId });

/**
 * `subscribe` by polling `history` from the last cursor every `pollMs` (for backends without a
 * push channel). A failed poll ends the subscription with its error; the widget recovers from
 * its cursor (history, then a new subscription).
 */
export const pollingSubscribe =
  (history: Required<ChatPort>['history'], pollMs: number): Required<ChatPort>['subscribe'] =>
  (input, onEvent, { signal, onError }) => {
    void (async () => {
      let after = input.after;
      while (!signal.aborted) {
        try {
          const page = await history({ conversationId: input.conversationId, after, signal });
          for (const event of page.events) if (!signal.aborted) onEvent(event);
          after = page.cursor;
          await sleep(pollMs, signal);
        } catch (error) {
          if (!signal.aborted) onError?.(toFrontdeskError(error));
          return;
        }
      }
    })();
  };

/**
 * The chat port over the REST contract. Live events come by polling
 * `GET /chat/conversations/{id}/events?after=` every `pollMs` (so no connection stays open and
 * any HTTP stack can serve it); a failed poll ends the subscription with its error, and the
 * widget recovers from its last cursor. Message text travels only in request bodies.
 */
export const restChat = (get: Get, write: Write, pollMs = 2000): Required<ChatPort> => {
  const history: Required<ChatPort>['history'] = (input) =>
    get<ChatHistory>(at(restPaths.chatEvents, input.conversationId), { after: input.after }, input);
  return {
    getAvailability: (input) => get(restPaths.chatAvailability, {}, input),
    startConversation: (input) => write('POST', restPaths.chatConversations, { prechat: input.prechat }, input),
    send: (input) => write('POST', at(restPaths.chatMessages, input.conversationId), { clientMessageId: input.clientMessageId, text: input.text }, input),
    history,
    subscribe: pollingSubscribe(history, pollMs),
    markRead: (input) => write('POST', at(restPaths.chatRead, input.conversationId), { cursor: input.cursor }, input),
    end: (input) => write('POST', at(restPaths.chatEnd, input.conversationId), undefined, input),
    leaveMessage: (input) => write('POST', restPaths.chatCallbacks, { contact: input.contact, topic: input.topic, text: input.text }, input),
  };
};
