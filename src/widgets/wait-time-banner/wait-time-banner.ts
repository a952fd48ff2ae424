import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { schedulingPort } from '../../core/ports/scheduling.js';
import { waitTimesPort } from '../../core/ports/wait-times.js';
import type { Location } from '../../core/schemas/location.js';
import type { WaitTime } from '../../core/schemas/wait-times.js';
import { isSafeAuthorUrl } from '../../core/links.js';
import { waitMessages } from './messages.js';
import { DEFAULT_POLL_MS, MIN_POLL_MS } from './poll-delay.js';
import { WaitPoller, browserTimers, type Timers } from './poller.js';
import { renderWaitRow, telHref } from './wait-row.js';
import { describeWait, isSignificant, type WaitView } from './wait-view.js';
import { styles } from './wait-time-banner.styles.js';

const MINUTE = 60_000;
const DISMISS_KEY = 'fd-wait-time-banner:dismissed';

/**
 * The current wait at one or more of the practice's locations, honest about how fresh it
 * is: a figure older than `stale-after` is never shown. Updates by polling (or push, when
 * the adapter can), pauses while the page is hidden, backs off on errors, and tells screen
 * readers only about significant changes.
 *
 * Adapter methods: needs `scheduling.listLocations` and `waitTimes.getWaitTimes`; uses
 * `waitTimes.subscribe` (push) when the adapter has it.
 *
 * @tagname fd-wait-time-banner
 * @summary The current wait per location, with its age, level and a way to act.
 *
 * @fires fd-wait-time-update - A location's status or figure changed. Detail: `{ locationId, status, minutes?, stale }`.
 * @fires fd-wait-time-action - "Check in online" or "Book a visit" was chosen and no URL is set. Detail: `{ action, locationId? }`.
 * @fires fd-error - Loading failed. Detail: `{ kind, retryable, retryAfterMs?, widget }`.
 *
 * @slot actions - Your own actions, shown after the built-in ones.
 * @slot note - Replaces the built-in "What does this number mean?" note (shown with `explain`).
 *
 * @csspart base - The widget's box.
 * @csspart header - Title row with the pause and dismiss buttons.
 * @csspart list - The list of locations.
 * @csspart location - One location's row.
 * @csspart location-name - A location's name.
 * @csspart wait - The figure ("About 25 min", "20–35 min").
 * @csspart level - The level (short, moderate, long wait) with its shape.
 * @csspart people - How many people are waiting.
 * @csspart status - Closed, paused or unavailable.
 * @csspart opens - When a closed location opens.
 * @csspart updated - How old the figure is.
 * @csspart note - A note from the practice, or about a pause.
 * @csspart emergency - The emergency line.
 * @csspart actions - The row of actions.
 * @csspart action - Each built-in action (link or button).
 * @csspart pause-button - Pauses and resumes automatic updates.
 * @csspart dismiss-button - Hides the banner for this browser session.
 * @csspart link - Phone links.
 *
 * @cssstate closed - Every location shown is closed.
 * @cssstate paused - Every location shown has paused its figure.
 * @cssstate unavailable - No figure can be shown (too old, or none).
 * @cssstate dismissed - The patient hid the banner for this session.
 *
 * @cssprop --fd-color-success - Colour of the short-wait shape.
 * @cssprop --fd-color-warning - Colour of the moderate-wait shape.
 * @cssprop --fd-color-danger - Colour of the long-wait shape.
 */
export class WaitTimeBanner extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  /** One location id to show. */
  @property() location?: string;

  /** Several location ids, space-separated. Without `location` or `locations`, every location is shown. */
  @property() locations?: string;

  /** Minutes after which a figure is too old to show (it becomes "Wait time unavailable"). */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = 15;

  /** Seconds between updates when polling (minimum 15). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = DEFAULT_POLL_MS / 1000;

  /** Minutes of change that screen readers are told about (smaller drifts are not announced). */
  @property({ attribute: 'announce-threshold', type: Number }) announceThreshold = 10;

  /** Minutes at which the level becomes moderate, then long: two numbers, space-separated. */
  @property() thresholds = '20 45';

  /** `banner` (a strip across the page), `card` (a box), or `inline` (a line of text). */
  @property({ reflect: true }) variant: 'banner' | 'card' | 'inline' = 'banner';

  /** Link for "Check in online" (relative or http(s); never javascript:). */
  @property({ attribute: 'check-in-url' }) checkInUrl?: string;

  /** Link for "Book a visit" (relative or http(s); never javascript:). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Built-in actions to show without a URL, space-separated (`check-in book`): they fire `fd-wait-time-action`. */
  @property() actions?: string;

  /** Replaces the emergency line's text. */
  @property({ attribute: 'emergency-text' }) emergencyText?: string;

  /** Removes the emergency line (for pages that show their own). */
  @property({ attribute: 'hide-emergency', type: Boolean }) hideEmergency = false;

  /** Shows "What does this number mean?". */
  @property({ type: Boolean }) explain = false;

  /** Level of the banner's heading (2–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Shows a button that hides the banner for this browser session. */
  @property({ type: Boolean }) dismissible = false;

  /** The clock and timers updates run on; tests pass fake ones. */
  @property({ attribute: false }) timers: Timers = browserTimers;

  /** Automatic updates are paused (the patient pressed Pause, or the page starts it paused). */
  @property({ type: Boolean, reflect: true }) paused = false;

  @state() private dismissed = false;
  @state() private announcement = '';

  private readonly views = new Map<string, WaitView>();
  private tick: unknown;

  private readonly locationsTask = new Task(this, {
    task: async ([port], { signal }) => (port ? port.listLocations({ signal }) : []),
    args: () => [this.port('scheduling', schedulingPort)] as const,
    onError: (error) => this.reportError(error),
  });

  private readonly poller = new WaitPoller(this, {
    port: () => this.port('waitTimes', waitTimesPort),
    ids: () => this.ids(),
    intervalMs: () => Math.max(MIN_POLL_MS, (Number.isFinite(this.pollInterval) ? this.pollInterval : 60) * 1000),
    enabled: () => !this.dismissed,
    paused: () => this.paused,
    timers: () => this.timers,
    onData: (waits) => this.received(waits),
    onError: (error) => this.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      this.dismissed = sessionStorage.getItem(DISMISS_KEY) === '1';
    } catch {
      // Storage blocked (privacy settings): the banner simply shows.
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.timers.clearTimeout(this.tick);
  }

  /** Fetches fresh figures now (also what the Retry button does). */
  refresh(): void {
    this.poller.refresh();
  }

  /**
   * The ids to watch: `location`, else `locations`, else every location; known once the
   * locations have arrived (names, phones and time zones are needed to show any figure).
   */
  private ids(): readonly string[] | undefined {
    const all = this.locationsTask.value;
    if (!all) return undefined;
    if (this.location) return [this.location];
    // Only ids of known locations (at most 200, the list's maximum): 10,000 listed ids would make a 99 KB query.
    const listed = this.locations?.split(/\s+/).filter(Boolean);
    return listed?.length ? listed.filter((id) => all.some((l) => l.id === id)) : all.map((l) => l.id);
  }

  private thresholdPair(): readonly [number, number] {
    const [a = 20, b = 45] = this.thresholds.split(/\s+/).map(Number).filter(Number.isFinite);
    return [Math.min(a, b), Math.max(a, b)];
  }

  private viewFor(wait: WaitTime, location: Location): WaitView {
    return describeWait(wait, location, {
      now: this.timers.now(),
      staleAfterMs: Math.max(0, this.staleAfter) * MINUTE,
      thresholds: this.thresholdPair(),
    });
  }

  /** New figures: events for what changed, one polite announcement for what changed a lot. */
  private received(waits: readonly WaitTime[]): void {
    const locations = this.locationsTask.value ?? [];
    const t = this.messages(waitMessages);
    const said: string[] = [];
    for (const wait of waits) {
      const location = locations.find((l) => l.id === wait.locationId);
      if (!location) continue;
      const before = this.views.get(wait.locationId);
      const after = this.viewFor(wait, location);
      this.views.set(wait.locationId, after);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        this.emit('fd-wait-time-update', {
          locationId: wait.locationId,
          status: wait.status,
          ...(after.kind === 'open' ? { minutes: after.minutes } : {}),
          stale: after.kind === 'unavailable' && after.reason === 'stale',
        });
      }
      if (isSignificant(before, after, this.announceThreshold)) {
        said.push(
          after.kind === 'open'
            ? t.announceMinutes(location.name, after.minutes)
            : after.kind === 'closed'
              ? t.announceClosed(location.name)
              : after.kind === 'paused'
                ? t.announcePaused(location.name)
                : t.announceUnavailable(location.name),
        );
      }
    }
    if (said.length) this.announcement = said.join(' ');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('location') || changed.has('locations') || changed.has('paused') || changed.has('pollInterval')) {
      this.poller.sync();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Ids become known when the locations arrive; the poller starts then.
    this.poller.sync();
    // Keep "Updated 2 min ago" true, and drop a figure the moment it turns stale.
    this.timers.clearTimeout(this.tick);
    if (this.isConnected && !this.dismissed) this.tick = this.timers.setTimeout(() => this.requestUpdate(), 30_000);
  }

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    // Said once, through the banner's one live region (the visible note is not live).
    const t = this.messages(waitMessages);
    this.announcement = this.paused ? t.pausedNote : t.resumedNote;
  };

  private readonly dismiss = (): void => {
    this.dismissed = true;
    try {
      sessionStorage.setItem(DISMISS_KEY, '1');
    } catch {
      // Storage blocked: hidden until the page reloads.
    }
  };

  private act(action: 'check-in' | 'book'): void {
    this.emit('fd-wait-time-action', { action, ...(this.location ? { locationId: this.location } : {}) });
  }

  protected override renderContent(): unknown {
    if (this.dismissed) {
      this.setViewState('dismissed');
      return nothing;
    }
    return this.renderTask(this.locationsTask, (all) => this.renderWaits(all));
  }

  private renderWaits(all: readonly Location[]): unknown {
    const ids = this.ids() ?? [];
    const shown = ids.map((id) => all.find((l) => l.id === id)).filter((l): l is Location => l !== undefined);
    const poller = this.poller;
    if (!shown.length) {
      this.setViewState('empty');
      return html`<p class="fd-status" part="status">${this.messages(waitMessages).noLocations}</p>`;
    }
    if (!poller.settled) return this.renderLoading();
    if (poller.error && poller.waits.size === 0) return this.renderError(poller.error, () => this.refresh(), shown[0]?.phone);
    return this.renderBanner(shown);
  }

  private renderBanner(shown: readonly Location[]): unknown {
    const t = this.messages(waitMessages);
    const locale = this.resolvedLocale;
    const now = this.timers.now();
    const rows = shown.map((location) => {
      const wait = this.poller.waits.get(location.id);
      return { location, wait, view: wait ? this.viewFor(wait, location) : undefined };
    });
    this.setViewState(this.stateFor(rows.map((r) => r.view)));
    // A named region, so the wait can be found from the landmarks list (the figures are text, not tab stops).
    return html`<section class="banner" role="region" aria-labelledby="title">
      <div class="header" part="header">
        <p id="title" class="title" role="heading" aria-level=${Math.min(6, Math.max(2, this.headingLevel))}>
          ${shown.length === 1 ? t.titleOne : t.title}
        </p>
        ${this.renderControls()}
      </div>
      <ul class="list" part="list">
        ${rows.map((row) => renderWaitRow({ ...row, t, locale, now, paused: this.paused }))}
      </ul>
      ${this.poller.error ? html`<p class="note" part="note" role="status">${t.refreshFailed}</p>` : nothing}
      ${this.paused ? html`<p class="note" part="note">${t.pausedNote}</p>` : nothing}
      ${this.renderActions()}
      ${this.explain
        ? html`<details class="explain"><summary>${t.explainSummary}</summary><slot name="note"><p>${t.explainBody}</p></slot></details>`
        : nothing}
      ${this.hideEmergency
        ? nothing
        : html`<p class="emergency" part="emergency">
            ${this.emergencyText ?? html`<a part="link" href=${telHref('911')}>${t.emergency}</a>`}
          </p>`}
      <div class="fd-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  /** `open` when any figure is shown; otherwise the shared kind (`closed`, `paused`, `unavailable`). */
  private stateFor(views: ReadonlyArray<WaitView | undefined>): string {
    const kinds = new Set(views.map((v) => v?.kind ?? 'unavailable'));
    if (kinds.has('open')) return 'ready';
    return kinds.size === 1 ? ([...kinds][0] ?? 'ready') : 'ready';
  }

  private renderControls(): unknown {
    const t = this.messages(waitMessages);
    return html`<div class="controls">
      <button class="fd-button" data-variant="secondary" part="pause-button" type="button" @click=${this.togglePause}>
        ${this.paused ? t.resume : t.pause}
      </button>
      ${this.dismissible
        ? html`<button class="fd-button" data-variant="secondary" part="dismiss-button" type="button" @click=${this.dismiss}>${t.dismiss}</button>`
        : nothing}
    </div>`;
  }

  private renderActions(): unknown {
    const t = this.messages(waitMessages);
    const wanted = new Set(this.actions?.split(/\s+/));
    const item = (action: 'check-in' | 'book', url: string | undefined, label: string) => {
      if (url && isSafeAuthorUrl(url)) return html`<a class="fd-button" part="action" href=${url}>${label}</a>`;
      if (wanted.has(action)) return html`<button class="fd-button" part="action" type="button" @click=${() => this.act(action)}>${label}</button>`;
      return nothing;
    };
    return html`<div class="actions" part="actions">
      ${item('check-in', this.checkInUrl, t.checkIn)} ${item('book', this.bookingUrl, t.book)}
      <slot name="actions"></slot>
    </div>`;
  }
}
