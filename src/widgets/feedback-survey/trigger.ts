import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The ids a trigger event may carry that become the survey's context (never anything else). */
const contextKeys = ['locationId', 'visitTypeId', 'appointmentId', 'conversationId'] as const;

/**
 * `trigger="prompt"`: listens on the document for the page events that open the prompt
 * (`fd-booking-confirm`, `fd-chat-close`…) while the host is connected and asks for them, and
 * hands over the ids the event carries.
 */
export class TriggerController implements ReactiveController {
  private listening: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly events: () => string[],
    private readonly onTrigger: (ids: Record<string, string>) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.listen(this.host.isConnected ? this.events() : []);
  }

  hostDisconnected(): void {
    this.listen([]);
  }

  private listen(events: string[]): void {
    if (events.join(' ') === this.listening.join(' ')) return;
    for (const e of this.listening) document.removeEventListener(e, this.handle);
    for (const e of events) document.addEventListener(e, this.handle);
    this.listening = events;
  }

  private readonly handle = (event: Event): void => {
    const detail = (event as CustomEvent<Record<string, unknown> | undefined>).detail ?? {};
    const ids: Record<string, string> = {};
    for (const k of contextKeys) if (typeof detail[k] === 'string') ids[k] = detail[k];
    this.onTrigger(ids);
  };
}
