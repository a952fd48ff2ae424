import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FrontdeskElement } from '../../core/element.js';
import { deepFocus, placement, primaryFigures } from './avoid.js';
import { launcherMessages } from './messages.js';
import { styles } from './chat-launcher.styles.js';
import type { ChatPanel } from './panel.js';
import { keptConversation } from './resume.js';

const loadPanel = () => import('./panel.js');
/** The corner the launcher sits in. */
export type ChatLauncherPosition = 'bottom-right' | 'bottom-left';

/**
 * Live chat with the practice that costs almost nothing until it is opened: a floating
 * button (or any page element, with `launcher-for`) that loads the chat panel on first
 * interaction, or when the browser is idle with `preload`. The panel shows chat hours,
 * an emergency notice and a reminder not to share medical details; sends through an
 * outbox that never loses or duplicates a message; and offers "leave a message" outside
 * chat hours. Closing and reopening keeps the conversation.
 *
 * Adapter methods: needs `chat.getAvailability`, `startConversation`, `send`, `subscribe` (push),
 * `history`, `end` and `leaveMessage`; uses `chat.markRead` when the adapter has it.
 *
 * @tagname fd-chat-launcher
 * @summary A chat launcher that loads light, with office hours, delivery state and no lost messages.
 *
 * @fires fd-chat-open - The panel opened. Detail: `{ conversationId? }`.
 * @fires fd-chat-close - The panel closed. Detail: `{ conversationId? }`.
 * @fires fd-chat-message - A message was sent or received. Detail: `{ direction: 'in' | 'out', conversationId }` — never its text.
 * @fires fd-chat-unread - Messages arrived while closed (0 when opened). Detail: `{ count }`.
 * @fires fd-chat-action - A quick action was chosen ("Book a visit", "Current wait", "Costs"); cancel it to handle it yourself. Detail: `{ action }`.
 * @fires fd-error - Something failed. Detail: `{ kind, retryable, retryAfterMs?, widget }`.
 *
 * @csspart button - The floating launcher button.
 * @csspart badge - The unread count on the button.
 * @csspart panel - The chat panel.
 * @csspart header - The panel's title bar.
 * @csspart agent - Who is answering.
 * @csspart close-button - The panel's Close button.
 * @csspart body - The panel's content under the title bar.
 * @csspart status - A loading or error message in the panel.
 * @csspart error - The error message (with `status`).
 * @csspart retry-button - Try again: after an error, or on a message that failed to send.
 * @csspart intro - Office hours, the emergency note and the reminder, before a chat starts.
 * @csspart availability - Whether someone is available, and when the office opens.
 * @csspart hours - The office hours (a disclosure).
 * @csspart emergency - The emergency note.
 * @csspart reminder - The reminder not to send medical details.
 * @csspart prechat - The form asked before a chat starts (`prechat`).
 * @csspart start-button - The pre-chat form's Start button.
 * @csspart leave-message - The "leave a message" form, when the office is closed.
 * @csspart leave-button - That form's Send button.
 * @csspart confirmation - The reference shown once a message was left.
 * @csspart scroller - The scrolling area around the conversation.
 * @csspart log - The conversation.
 * @csspart message - One message (also `message-in` or `message-out`).
 * @csspart message-in - A message from the practice.
 * @csspart message-out - A message from the patient.
 * @csspart delivery - A sent message's delivery state (sending, sent, read, failed).
 * @csspart notice - A line in the conversation from the system (someone joined or left, the chat ended, earlier messages skipped).
 * @csspart typing - "… is typing".
 * @csspart reconnecting - The "reconnecting" line.
 * @csspart quick-actions - The quick actions (book, wait, costs).
 * @csspart quick-action - One quick action.
 * @csspart composer - The message box and its Send button.
 * @csspart send-button - The Send button.
 * @csspart end-button - End chat.
 * @csspart ended - The view after a chat ended.
 * @csspart transcript-button - Download the transcript.
 * @csspart new-chat-button - Start a new chat.
 *
 * @cssstate open - The panel is open.
 * @cssstate closed - Only the launcher button shows.
 * @cssstate yield - Moved to the other corner: it would cover the focused control or a widget's figure.
 * @cssstate tucked - Out of sight: both corners would cover one, until focus or scrolling moves on.
 *
 * @cssprop [--fd-chat-offset-x=1.25rem] - Distance from the side of the viewport (or the `offset-x` attribute).
 * @cssprop [--fd-chat-offset-y=1.25rem] - Distance from the bottom of the viewport (or the `offset-y` attribute).
 * @cssprop [--fd-chat-z-index=2147483000] - Stacking order of the launcher and panel (above nearly everything on the page).
 * @cssprop [--fd-chat-panel-width=24rem] - Width of the panel on wide screens.
 */
export class ChatLauncher extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  /** Corner of the viewport: `bottom-right` or `bottom-left`. */
  @property({ reflect: true }) position: ChatLauncherPosition = 'bottom-right';

  /** Pixels from the side of the viewport. */
  @property({ attribute: 'offset-x', type: Number }) offsetX?: number;

  /** Pixels from the bottom of the viewport. */
  @property({ attribute: 'offset-y', type: Number }) offsetY?: number;

  /** The id of a page element that opens the chat instead of the floating button (which is then not shown). */
  @property({ attribute: 'launcher-for' }) launcherFor?: string;

  /** Loads the panel when the browser is idle, instead of on first interaction. */
  @property({ type: Boolean }) preload = false;

  /** Asks for name, how to reach the patient and a topic before the first message. */
  @property({ type: Boolean }) prechat = false;

  /** Replaces the reminder not to share medical details in chat. */
  @property({ attribute: 'reminder-text' }) reminderText?: string;

  /** Replaces the emergency notice ("If this is a medical emergency, call 911."). */
  @property({ attribute: 'emergency-text' }) emergencyText?: string;

  /** Quick actions offered in the panel, space-separated: `book wait costs` (default all; empty for none). */
  @property({ attribute: 'quick-actions' }) quickActions = 'book wait costs';

  /** Link for "Book a visit" when no `fd-appointment-picker` is on the page. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Link for "Current wait" when no `fd-wait-time-banner` is on the page. */
  @property({ attribute: 'wait-url' }) waitUrl?: string;

  /** Link for "Costs" when no `fd-cost-estimator` is on the page. */
  @property({ attribute: 'costs-url' }) costsUrl?: string;

  @state() private expanded = false;
  @state() private loaded = false;
  @state() private unread = 0;
  @state() private draft?: string;
  /** 1: moved to the other corner, 2: stepped aside (focused content under it). */
  private frame = 0;
  private loading?: Promise<unknown>;
  private external?: HTMLElement | null;

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.expanded;
  }

  /** Opens the panel (loading it first if needed) and moves focus into it. */
  open(): void {
    if (this.expanded) return;
    this.expanded = true;
    this.setUnread(0);
    void this.load().then(async () => {
      await this.updateComplete;
      const panel = this.panel;
      await panel?.updateComplete;
      panel?.focusStart();
    });
    this.emit('fd-chat-open', { conversationId: this.panel?.conversationId });
  }

  /** Closes the panel (the conversation is kept) and returns focus to the launcher. */
  close(): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.emit('fd-chat-close', { conversationId: this.panel?.conversationId });
    void this.updateComplete.then(() => {
      // Focus returns to the launcher, unless a quick action has just sent it to a widget on the page.
      const at = document.activeElement;
      if (at && at !== document.body && at !== this) return;
      (this.external ?? this.renderRoot.querySelector<HTMLElement>('[part~=button]'))?.focus();
    });
  }

  toggle(): void {
    if (this.expanded) this.close();
    else this.open();
  }

  /** Opens the panel with `text` ready in the message box for the patient to send. */
  showNewMessage(text = ''): void {
    this.draft = text;
    this.open();
  }

  private get panel(): ChatPanel | null {
    return this.renderRoot.querySelector('fd-chat-panel');
  }

  private load(): Promise<unknown> {
    this.loading ??= loadPanel().then(() => (this.loaded = true));
    return this.loading;
  }

  private setUnread(count: number): void {
    if (count === this.unread) return;
    this.unread = count;
    this.emit('fd-chat-unread', { count });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['focusin', 'focusout', 'scroll', 'resize'] as const) addEventListener(type, this.onPageChange, { capture: true, passive: true });
    this.onPageChange();
    // A conversation open on another page of the site: the panel loads and picks it up.
    if (keptConversation()) void this.load();
    else if (this.preload) {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 2000));
      idle(() => void this.load());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['focusin', 'focusout', 'scroll', 'resize'] as const) removeEventListener(type, this.onPageChange, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.bindExternal(null);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Offsets through the CSSOM (allowed under a strict CSP, unlike a style attribute).
    if (changed.has('offsetX') && this.offsetX !== undefined) this.style.setProperty('--fd-chat-offset-x', `${this.offsetX}px`);
    if (changed.has('offsetY') && this.offsetY !== undefined) this.style.setProperty('--fd-chat-offset-y', `${this.offsetY}px`);
    if (changed.has('launcherFor')) this.bindExternal(this.launcherFor ? document.getElementById(this.launcherFor) : null);
    this.external?.setAttribute('aria-expanded', String(this.expanded));
    if (changed.has('expanded')) this.onPageChange();
  }

  private bindExternal(el: HTMLElement | null): void {
    this.external?.removeEventListener('click', this.onExternalClick);
    this.external?.removeEventListener('pointerenter', this.warm);
    this.external = el;
    el?.addEventListener('click', this.onExternalClick);
    el?.addEventListener('pointerenter', this.warm);
    el?.setAttribute('aria-haspopup', 'dialog');
  }

  private readonly onExternalClick = (event: Event) => {
    event.preventDefault();
    this.toggle();
  };

  /** The first sign of intent (pointer over, focus): start loading the panel. */
  private readonly warm = () => void this.load();

  /** Whether `el` is this launcher or inside it (its panel included). */
  private holds(el: Node): boolean {
    for (let at: Node | null = el; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) if (at === this) return true;
    return false;
  }

  /**
   * WCAG 2.4.11: the button and its "Demo data" tag never cover the focused control or a
   * widget's primary figure (`data-fd-figure`): they move to the other corner, and out of sight
   * when that covers one too, until focus or scrolling moves on. Checked once a frame at most.
   */
  private readonly onPageChange = () => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const focused = deepFocus();
      const avoid = [...primaryFigures(), ...(focused ? [focused] : [])].filter((el) => !this.holds(el));
      const next = this.expanded || this.launcherFor ? 0 : placement(this.getBoundingClientRect(), avoid.map((el) => el.getBoundingClientRect()), innerWidth);
      this.internals.states.delete('yield');
      this.internals.states.delete('tucked');
      if (next) this.internals.states.add(next === 1 ? 'yield' : 'tucked');
    });
  };

  protected renderContent(): unknown {
    const t = this.messages(launcherMessages);
    this.setViewState(this.expanded ? 'open' : 'closed');
    const button = this.launcherFor
      ? nothing
      : html`<button
          part="button"
          class="launcher"
          type="button"
          aria-expanded=${this.expanded}
          aria-haspopup="dialog"
          @click=${() => this.toggle()}
          @pointerenter=${this.warm}
          @focus=${this.warm}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${this.expanded ? 'M6 6l12 12M18 6L6 18' : 'M4 5h16v11H9l-5 4z'} /></svg>
          <span>${this.expanded ? t.close : t.open}</span>
          ${this.unread ? html`<span part="badge" class="badge"><span aria-hidden="true">${this.unread}</span><span class="fd-visually-hidden">, ${t.unread(this.unread)}</span></span>` : nothing}
        </button>`;
    const panel = this.loaded
      ? html`<fd-chat-panel
          part="panel"
          ?hidden=${!this.expanded}
          .adapter=${this.resolvedAdapter}
          locale=${this.resolvedLocale}
          time-zone=${this.resolvedTimeZone}
          theme=${this.theme ?? nothing}
          ?prechat=${this.prechat}
          .reminderText=${this.reminderText}
          .emergencyText=${this.emergencyText}
          .quickActions=${this.quickActions}
          .links=${{ book: this.bookingUrl, wait: this.waitUrl, costs: this.costsUrl }}
          .draft=${this.draft}
          .visible=${this.expanded}
          @fd-chat-message=${this.onMessage}
          @close-request=${() => this.close()}
        ></fd-chat-panel>`
      : nothing;
    return html`${panel}${button}`;
  }

  private readonly onMessage = (event: HTMLElementEventMap['fd-chat-message']) => {
    if (event.detail.direction === 'in' && !this.expanded) this.setUnread(this.unread + 1);
  };
}
