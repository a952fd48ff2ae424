import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service } from '../../core/schemas/pricing.js';

export type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

export interface SearchOptions {
  search: (query: string, signal: AbortSignal) => Promise<Service[]>;
  /** Milliseconds to wait after the last keystroke before asking the adapter. */
  delayMs: () => number;
}

/**
 * Suggestions as the patient types: debounced, and every newer query aborts the request of
 * the one before, so a slow answer to "mr" never replaces the answer to "mri".
 */
export class SearchController implements ReactiveController {
  results: Service[] = [];
  status: SearchStatus = 'idle';
  error: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  /** A new query (the input's value): searches after the debounce, or clears on empty. */
  set(query: string): void {
    this.cancel();
    if (!query.trim()) {
      this.results = [];
      this.status = 'idle';
    } else {
      this.status = 'searching';
      this.timer = setTimeout(() => void this.run(query), this.options.delayMs());
    }
    this.host.requestUpdate();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private async run(query: string): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const results = await this.options.search(query, controller.signal);
      if (controller.signal.aborted) return;
      this.results = results;
      this.status = 'done';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
