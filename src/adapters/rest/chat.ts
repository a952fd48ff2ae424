import type { ChatPort } from '../../core/adapter.js';
import { FrontdeskError, toFrontdeskError } from '../../core/errors.js';
import type { CallOptions, WriteOptions } from '../../core/port.js';
import { sleep } from '../../core/resilience.js';
import type { ChatEvent, ChatHistory } from '../../core/schemas/chat.js';
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
 * `subscribe` over Server-Sent Events (`GET …/events/stream?after=`): each `message` event's
 * data is a JSON `ChatEvent` (checked by the guard). The first error closes the stream and is
 * reported once as a `network` error; the widget fills the gap with `history` from its last
 * cursor and subscribes again.
 */
export const sseChatSubscribe =
  (url: (conversationId: string, after?: string) => string, withCredentials: boolean): Required<ChatPort>['subscribe'] =>
  (input, onEvent, { signal, onError }) => {
    if (signal.aborted) return;
    const source = new EventSource(url(input.conversationId, input.after), { withCredentials });
    const close = () => source.close();
    signal.addEventListener('abort', close, { once: true });
    source.onmessage = (event: MessageEvent<string>) => {
      if (signal.aborted) return;
      try {
        onEvent(JSON.parse(event.data) as ChatEvent);
      } catch (error) {
        onError?.(new FrontdeskError('invalid-response', 'A chat event is not valid JSON.', { cause: error }));
      }
    };
    source.onerror = () => {
      close();
      signal.removeEventListener('abort', close);
      if (!signal.aborted) onError?.(new FrontdeskError('network', 'The chat stream failed.'));
    };
  };

/**
 * The chat port over the REST contract. Live events come over the conversation's event stream
 * (`stream` given: Server-Sent Events, no polling while it works), else by polling
 * `GET /chat/conversations/{id}/events?after=` every `pollMs`; a failed stream or poll ends the
 * subscription with its error, and the widget recovers from its last cursor. Message text
 * travels only in request bodies.
 */
export const restChat = (get: Get, write: Write, pollMs = 2000, stream?: Required<ChatPort>['subscribe']): Required<ChatPort> => {
  const history: Required<ChatPort>['history'] = (input) =>
    get<ChatHistory>(at(restPaths.chatEvents, input.conversationId), { after: input.after }, input);
  return {
    getAvailability: (input) => get(restPaths.chatAvailability, {}, input),
    startConversation: (input) => write('POST', restPaths.chatConversations, { prechat: input.prechat }, input),
    send: (input) => write('POST', at(restPaths.chatMessages, input.conversationId), { clientMessageId: input.clientMessageId, text: input.text }, input),
    history,
    subscribe: stream ?? pollingSubscribe(history, pollMs),
    markRead: (input) => write('POST', at(restPaths.chatRead, input.conversationId), { cursor: input.cursor }, input),
    end: (input) => write('POST', at(restPaths.chatEnd, input.conversationId), undefined, input),
    leaveMessage: (input) => write('POST', restPaths.chatCallbacks, { contact: input.contact, topic: input.topic, text: input.text }, input),
  };
};
