import { ContextRoot, consume } from '@lit/context';
import { TaskStatus, type Task } from '@lit/task';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FrontdeskAdapter, PortName } from './adapter.js';
import { onConfigChange, pageConfig } from './config.js';
import { adapterContext, localeContext, timeZoneContext } from './context.js';
import { toFrontdeskError } from './errors.js';
import { connectedWidgets } from './figures.js';
import type { EventDetail } from './events.js';
import { guardPort, missingPort } from './guard.js';
import { loadMessages, loadedMessages, matchLocale, type Catalog, type Locale, type MessageBundle, type Messages } from './localize.js';
import { coreMessages } from './messages/core.js';
import type { PortOf, PortSpec } from './port.js';
import { baseStyles, tokens } from './tokens.css.js';

/** The states every widget has; widgets add their own (`closed`, `held`, `submitted`…). */
export type BaseViewState = 'not-configured' | 'loading' | 'ready' | 'empty' | 'error';

let contextRoot: ContextRoot | undefined;

/**
 * The base of every `fd-*` widget: finds its adapter, locale and time zone; guards adapter
 * ports; renders the shared loading, error and not-configured states; exposes its state as
 * a custom state (`:state(loading)`) with `aria-busy`; and emits typed, composed events.
 *
 * Resolution order, for the adapter and likewise locale and time zone: the element's own
 * property → the nearest `<fd-provider>` → `Frontdesk.configure()` / the script tag → (locale:
 * the page's `lang`, then English; time zone: the browser's). There is no fallback to demo data.
 *
 * @cssstate not-configured - No adapter reaches the widget.
 * @cssstate loading - Waiting for the adapter (also `aria-busy="true"`).
 * @cssstate ready - Showing what it is for.
 * @cssstate empty - The adapter answered with nothing to show.
 * @cssstate error - A call failed; the error view (and Retry, when it can help) is shown.
 *
 * @cssprop [--fd-font-family=inherit] - Font of everything in the widget; unset, the page's font.
 * @cssprop --fd-font-size - Base font size; everything else is relative to it.
 * @cssprop --fd-color-text - Text.
 * @cssprop --fd-color-text-muted - Secondary text (hints, times, how old a figure is).
 * @cssprop --fd-color-surface - Background of the widget's box.
 * @cssprop --fd-color-surface-raised - Background of raised areas (cards, panels, the chosen row).
 * @cssprop --fd-color-border - Borders of fields, cards and dividers.
 * @cssprop --fd-color-primary - Buttons, links, selection.
 * @cssprop --fd-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --fd-color-danger - Errors, validation messages, a long wait.
 * @cssprop --fd-color-warning - Warnings, a moderate wait, the demo-data badge.
 * @cssprop --fd-color-success - Confirmations, a short wait.
 * @cssprop --fd-color-focus - The focus ring.
 * @cssprop --fd-radius - Corner radius of boxes, buttons and fields.
 * @cssprop --fd-space - Base spacing (padding and gaps are fractions or multiples of it).
 * @cssprop --fd-target-size - Minimum size of anything clickable (WCAG 2.5.8; keep at least 24px).
 * @cssprop --fd-shadow - Shadow of raised boxes (none in forced colours).
 * @cssprop --fd-motion-duration - Length of transitions (0ms under prefers-reduced-motion).
 */
export abstract class FrontdeskElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** The adapter for this widget alone; overrides a provider's and the page default. */
  @property({ attribute: false }) adapter?: FrontdeskAdapter;

  /** Language of the widget: `en` or `es` (a regional tag such as `es-MX` also works). */
  @property({ reflect: true }) locale?: string;

  /** IANA time zone for times not tied to a location (locations carry their own). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `light`, `dark`, or unset to follow the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected providedAdapter?: FrontdeskAdapter;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: string;

  @consume({ context: timeZoneContext, subscribe: true })
  @state()
  protected providedTimeZone?: string;

  protected readonly internals: ElementInternals;
  private currentState?: string;
  private shownLocale = new WeakMap<object, Locale>();
  private stopConfig?: () => void;
  private missingReported = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Lets a provider that upgrades after its widgets still answer their context requests.
    if (!contextRoot && !isServer) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedWidgets.add(this);
    this.stopConfig = onConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedWidgets.delete(this);
    this.stopConfig?.();
  }

  /** The adapter in force, raw (unguarded); `undefined` means not configured. */
  get resolvedAdapter(): FrontdeskAdapter | undefined {
    return this.adapter ?? this.providedAdapter ?? pageConfig().adapter;
  }

  /** The locale in force. */
  get resolvedLocale(): Locale {
    return (
      matchLocale(this.locale) ??
      matchLocale(this.providedLocale) ??
      matchLocale(pageConfig().locale) ??
      matchLocale(this.closest('[lang]')?.getAttribute('lang')) ??
      'en'
    );
  }

  /** The time zone in force for times not tied to a location. */
  get resolvedTimeZone(): string {
    return this.timeZone ?? this.providedTimeZone ?? pageConfig().timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** The widget's current view state (also exposed as `:state(<name>)`). */
  get viewState(): string | undefined {
    return this.currentState;
  }

  /**
   * The guarded port `name` of the adapter in force, or `undefined` when there is no
   * adapter. When the adapter lacks that port, every call fails with a `config` error.
   */
  protected port<S extends PortSpec>(name: PortName, spec: S): PortOf<S> | undefined {
    const adapter = this.resolvedAdapter;
    if (!adapter) return undefined;
    const port = adapter[name] as PortOf<S> | undefined;
    return port ? guardPort(port, spec, name) : missingPort(spec, name);
  }

  /** The catalog for the locale in force; loads it on first use and re-renders when ready. */
  protected messages<M extends Messages>(bundle: MessageBundle<M>): Catalog<M> {
    const locale = this.resolvedLocale;
    const ready = loadedMessages(bundle, locale);
    if (ready) {
      this.shownLocale.set(bundle, locale);
      return ready;
    }
    loadMessages(bundle, locale).then(
      () => this.requestUpdate(),
      () => console.error(`Frontdesk: the "${locale}" messages could not be loaded; showing English.`),
    );
    // Keep what is on screen until the new catalog arrives, rather than flash English.
    return loadedMessages(bundle, this.shownLocale.get(bundle) ?? 'en') ?? bundle.en;
  }

  /** Sets the view state: a custom state for `:state()` CSS and tests, and `aria-busy`. */
  protected setViewState(next: string): void {
    if (next === this.currentState) return;
    const states = this.internals.states;
    if (this.currentState) states.delete(this.currentState);
    states.add(next);
    this.currentState = next;
    this.internals.ariaBusy = next === 'loading' ? 'true' : 'false';
  }

  /** Dispatches a typed, bubbling, composed `fd-*` event. Details carry ids and codes only. */
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Emits `fd-error` for a failure the widget is now showing. */
  protected reportError(thrown: unknown): void {
    const error = toFrontdeskError(thrown);
    this.emit('fd-error', {
      kind: error.kind,
      retryable: error.retryable,
      retryAfterMs: error.retryAfterMs,
      widget: this.localName,
    });
  }

  /** The widget's own content once an adapter is in force. */
  protected abstract renderContent(): unknown;

  protected override render(): TemplateResult {
    // A server render (@lit-labs/ssr) has no adapter, page or locale to read: an empty, busy box
    // the browser replaces once the element upgrades.
    if (isServer) return html`<div part="base" class="fd-status" aria-busy="true"></div>`;
    // The page-wide theme (configure / data-theme) as a custom state, so no attribute sprouts on the host.
    const pageTheme = this.theme ? undefined : pageConfig().theme;
    for (const theme of ['light', 'dark'] as const) {
      if (pageTheme === theme) this.internals.states.add(`theme-${theme}`);
      else this.internals.states.delete(`theme-${theme}`);
    }
    const configured = this.resolvedAdapter !== undefined;
    if (!configured) this.setViewState('not-configured');
    const content = configured ? this.renderContent() : this.renderNotConfigured();
    // Demo data is labelled on every widget, so nobody mistakes it for a real practice's.
    const demo = this.resolvedAdapter?.demo ? html`<p class="fd-demo" part="demo-marker">${this.messages(coreMessages).demoData}</p>` : nothing;
    return html`<div part="base" lang=${this.resolvedLocale} aria-busy=${this.currentState === 'loading' ? 'true' : 'false'}>
      ${demo}${content}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.currentState === 'not-configured' && !this.missingReported) {
      // Wait a task: a provider upgrading late or a queued configure() may still arrive.
      setTimeout(() => {
        if (this.missingReported || !this.isConnected || this.resolvedAdapter) return;
        this.missingReported = true;
        console.error(
          `Frontdesk: <${this.localName}> has no adapter. Set its .adapter property, wrap it in <fd-provider .adapter=…>, ` +
            'or call Frontdesk.configure({ adapter }) (or data-adapter on the script tag). See the README, "Adapters".',
        );
      });
    }
  }

  protected renderNotConfigured(): TemplateResult {
    const t = this.messages(coreMessages);
    return html`<div class="fd-status" part="status" role="status">
      <p><strong>${t.notConfiguredTitle}</strong></p>
      <p>${t.notConfiguredBody}</p>
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    this.setViewState('loading');
    return html`<div class="fd-status" part="status" role="status">${this.messages(coreMessages).loading}</div>`;
  }

  /**
   * The shared error view: a localized message for the kind, when to retry, and a way
   * on (a Retry button for retryable kinds, the location's phone when the widget knows it).
   */
  protected renderError(thrown: unknown, retry?: () => void, phone?: string): TemplateResult {
    this.setViewState('error');
    const error = toFrontdeskError(thrown);
    const t = this.messages(coreMessages);
    // "Try again in 90 seconds" helps; a longer wait in seconds does not read as a duration: not shown.
    const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
    return html`<div class="fd-status" part="status error" role="alert">
      <p>${t[`error.${error.kind}`]}</p>
      ${seconds > 0 && seconds <= 120 ? html`<p>${t.retryIn(seconds)}</p>` : nothing}
      ${phone ? html`<p>${t.callPhone(phone)}</p>` : nothing}
      ${retry && error.retryable
        ? html`<button class="fd-button" part="retry-button" type="button" @click=${retry}>${t.tryAgain}</button>`
        : nothing}
    </div>`;
  }

  /** Renders a @lit/task: loading, error (with retry that re-runs it) or `complete(value)`. */
  protected renderTask<T>(task: Task<readonly unknown[], T>, complete: (value: T) => unknown, phone?: string): unknown {
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return complete(task.value as T);
      case TaskStatus.ERROR:
        return this.renderError(task.error, () => void task.run(), phone);
      default:
        return this.renderLoading();
    }
  }
}
