import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the viewport is narrow (`layout="auto"` then shows one question per screen). On a
 * change, `changed` gets a function that applies it, so the element can keep the question on
 * screen across it.
 */
export class NarrowController implements ReactiveController {
  // On a server render (no matchMedia) it is never narrow: hostConnected runs only in a browser.
  private readonly query = typeof matchMedia === 'function' ? matchMedia('(max-width: 30em)') : undefined;
  narrow = this.query?.matches ?? false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: (apply: () => void) => void,
  ) {
    host.addController(this);
  }

  private readonly onChange = (): void =>
    this.changed(() => {
      this.narrow = this.query?.matches ?? false;
      this.host.requestUpdate();
    });

  hostConnected(): void {
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
