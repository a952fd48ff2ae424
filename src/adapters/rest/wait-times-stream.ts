import type { WaitTimePort } from '../../core/adapter.js';
import { FrontdeskError } from '../../core/errors.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';

/**
 * `waitTimes.subscribe` over Server-Sent Events. Each `message` event's data is a JSON
 * `WaitTime[]` (checked by the guard, not here). The first error is reported once as a
 * `network` error and the stream is closed (no silent reconnect loop: the banner falls back
 * to polling); an abort closes it. EventSource cannot send headers, so the stream relies on
 * cookies (`withCredentials` when the adapter's `credentials` is `include`), never on a token
 * in the URL.
 */
export function sseSubscribe(url: (locationIds: readonly string[]) => string, withCredentials: boolean): NonNullable<WaitTimePort['subscribe']> {
  return (input, onEvent, { signal, onError }) => {
    if (signal.aborted) return;
    const source = new EventSource(url(input.locationIds), { withCredentials });
    const close = () => source.close();
    signal.addEventListener('abort', close, { once: true });
    source.onmessage = (event: MessageEvent<string>) => {
      if (signal.aborted) return;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch (error) {
        onError?.(new FrontdeskError('invalid-response', 'A wait-time event is not valid JSON.', { cause: error }));
        return;
      }
      onEvent(data as WaitTime[]);
    };
    source.onerror = () => {
      close();
      signal.removeEventListener('abort', close);
      if (!signal.aborted) onError?.(new FrontdeskError('network', 'The wait-time stream failed.'));
    };
  };
}
