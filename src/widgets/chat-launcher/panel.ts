import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { FrontdeskElement } from '../../core/element.js';
import { toFrontdeskError } from '../../core/errors.js';
import { isSafeAuthorUrl } from '../../core/links.js';
import { IntentKey, idempotencyKey } from '../../core/resilience.js';
import { chatPort } from '../../core/ports/chat.js';
import type { ChatAvailability } from '../../core/schemas/chat.js';
import type { ChatActionDetail } from './events.js';
import { panelMessages } from './panel-messages.js';
import type * as Forms from './panel-forms.js';
import { renderEntry, renderIntro, type ViewContext } from './panel-views.js';
import { styles } from './panel.styles.js';
import { keepConversation, keptConversation } from './resume.js';
import { ChatSession } from './session.js';

type Action = ChatActionDetail['action'];
const targets: Record<Action, string> = { book: 'fd-appointment-picker', wait: 'fd-wait-time-banner', costs: 'fd-cost-estimator' };
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The chat panel inside `fd-chat-launcher`, loaded on first interaction. Not used on its own.
 * @internal
 */
export class ChatPanel extends FrontdeskElement {
  static override styles = [...FrontdeskElement.styles, styles];

  @property({ type: Boolean }) prechat = false;
  @property({ attribute: false }) reminderText?: string;
  @property({ attribute: false }) emergencyText?: string;
  @property({ attribute: false }) quickActions = 'book wait costs';
  @property({ attribute: false }) links: Partial<Record<Action, string | undefined>> = {};
  @property({ attribute: false }) draft?: string;
  @property({ attribute: false }) visible = true;

  @state() private started = false;
  @state() private reference?: string;
  @state() private leaving = false;
  @state() private problem = '';
  @state() private announcement = '';
  @state() private skipped = false;
  private session?: ChatSession;
  /** The forms module, loaded with the availability when a form will show (prechat, or offline). */
  @state() private forms?: typeof Forms;
  private focusPending = false;
  /** "Leave a message": one key while what the patient wrote is unchanged. */
  private readonly leaveKey = new IntentKey();
  private shownDraft?: string;

  private readonly availability = new Task(this, {
    task: async ([port], { signal }) => {
      const forms = this.prechat ? import('./panel-forms.js') : undefined;
      const availability = await port?.getAvailability({ signal });
      if (forms || availability?.status === 'offline') this.forms ??= await (forms ?? import('./panel-forms.js'));
      return availability;
    },
    args: () => [this.port('chat', chatPort)] as const,
    onError: (error) => this.reportError(error),
  });

  get conversationId(): string | undefined {
    return this.session?.conversationId;
  }

  /** Moves focus to where the patient starts: the message box, else the first field, else Close. */
  focusStart(): void {
    // While loading, focus waits on Close (inside the dialog) and moves on once the content is there.
    this.focusPending = this.viewState === 'loading' || !this.viewState;
    const root = this.renderRoot;
    const target = ['#msg', '.body input, .body textarea', '.body button', '[part~=close-button]'].map((s) => root.querySelector<HTMLElement>(s)).find(Boolean);
    target?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The panel's parts, styled through `fd-chat-launcher::part(…)` (the launcher's @csspart list; the theming guide's table).
    this.setAttribute(
      'exportparts',
      'header, agent, close-button, body, status, error, retry-button, intro, availability, hours, emergency, reminder, prechat, start-button, leave-message, leave-button, confirmation, scroller, log, message, message-in, message-out, delivery, notice, typing, reconnecting, quick-actions, quick-action, composer, send-button, end-button, ended, transcript-button, new-chat-button',
    );
    visualViewport?.addEventListener('resize', this.fitViewport);
  }

  private resumeTried = false;

  /** A conversation this tab had open on another page of the site is picked up once the adapter is known. */
  private resumeKept(): void {
    const kept = keptConversation();
    if (this.resumeTried || !this.port('chat', chatPort)) return;
    this.resumeTried = true;
    if (kept && !this.session) {
      this.started = true;
      this.ensureSession()
        .resume(kept)
        .catch((error: unknown) => {
          // Gone at the practice's side (or unreachable): start afresh, forget it. A conversation
          // the practice no longer knows is no error to the patient: the chat simply starts anew.
          keepConversation(undefined);
          this.session?.dispose();
          this.session = undefined;
          this.started = false;
          if (toFrontdeskError(error).kind !== 'not-found') this.reportError(error);
        });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    visualViewport?.removeEventListener('resize', this.fitViewport);
    this.session?.dispose();
    this.session = undefined;
    this.started = false;
  }

  /** The on-screen keyboard shrinks the visual viewport: the full-screen panel follows, so the input stays visible. */
  private readonly fitViewport = () => {
    if (visualViewport) this.style.setProperty('--_fd-chat-viewport-height', `${visualViewport.height}px`);
  };

  protected override reportError(thrown: unknown): void {
    const e = toFrontdeskError(thrown);
    this.emit('fd-error', { kind: e.kind, retryable: e.retryable, retryAfterMs: e.retryAfterMs, widget: 'fd-chat-launcher' });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.resumeKept();
    if (changed.has('visible')) this.markRead();
  }

  private readTimer?: ReturnType<typeof setTimeout>;
  private readCursor?: string;

  /**
   * Read receipts, coalesced: one for a whole batch of incoming messages (a history of 10,000
   * is one POST, not 10,000) and one when the panel is shown again, each only for a newer cursor.
   */
  private markRead(): void {
    this.readTimer ??= setTimeout(() => {
      this.readTimer = undefined;
      const { conversationId, cursor } = this.session ?? {};
      if (!this.visible || !conversationId || !cursor || cursor === this.readCursor) return;
      this.readCursor = cursor;
      this.port('chat', chatPort)?.markRead?.({ conversationId, cursor, idempotencyKey: idempotencyKey() }).catch(() => undefined);
    });
  }

  /** Says `text` through the live region; what arrives before the next render is said with it, not instead of it. */
  private say(text: string): void {
    this.announcement = this.announcing ? `${this.announcement} ${text}` : text;
    this.announcing = true;
  }

  private announcing = false;

  private shownHeight = 0;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.announcing = false;
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#msg');
    if (this.draft && box && this.shownDraft !== this.draft) {
      box.value = this.shownDraft = this.draft;
    }
    if (this.focusPending && this.viewState !== 'loading') this.focusStart();
    // The log follows the newest message (and the typing line under it).
    // Only when something was added (the conversation grew), so reading back up is not interrupted.
    const scroller = this.renderRoot.querySelector('.scroller');
    const height = scroller?.scrollHeight ?? 0;
    if (scroller && height > this.shownHeight) scroller.scrollTop = height;
    this.shownHeight = height;
  }

  private ensureSession(): ChatSession {
    const port = this.port('chat', chatPort);
    this.session ??= new ChatSession(port!, {
      changed: () => this.requestUpdate(),
      incoming: (entry) => {
        this.say(`${entry.authorName ?? ''}: ${entry.text}`);
        const conversationId = this.session?.conversationId;
        if (!conversationId) return;
        this.emit('fd-chat-message', { direction: 'in', conversationId });
        this.markRead();
      },
      delivered: () => {
        const conversationId = this.session?.conversationId;
        if (conversationId) this.emit('fd-chat-message', { direction: 'out', conversationId });
      },
      failed: (error) => {
        if (error.kind === 'invalid-response') this.skipped = true;
        this.reportError(error);
      },
      notice: (kind, name) => {
        const t = this.messages(panelMessages);
        this.say(
          kind === 'typing' ? t.typing(name || t.someone) : kind === 'joined' ? t.joined(name) : kind === 'left' ? t.left(name || t.someone) : t.ended,
        );
      },
    });
    return this.session;
  }

  private readonly startChat = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const prechat = { name: text(form, 'name'), contact: text(form, 'contact'), topic: text(form, 'topic') };
    const filled = Object.fromEntries(Object.entries(prechat).filter(([, v]) => v));
    this.ensureSession()
      .start(filled)
      .then((id) => keepConversation(id))
      .catch(() => undefined);
    this.started = true;
    void this.updateComplete.then(() => this.focusStart());
  };

  private readonly sendMessage = (event: Event) => {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#msg');
    const value = box?.value.trim();
    if (!box || !value) return;
    const session = this.ensureSession();
    session.send(value);
    if (!this.started) void session.start().then((id) => keepConversation(id), () => undefined);
    this.started = true;
    box.value = '';
    this.draft = undefined;
  };

  private readonly onComposerKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.sendMessage(event);
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.dispatchEvent(new Event('close-request'));
  };

  private readonly leaveMessage = async (event: SubmitEvent, forms: typeof Forms) => {
    event.preventDefault();
    const t = this.messages(forms.formMessages);
    const form = new FormData(event.target as HTMLFormElement);
    const [name, phone, email, body] = ['name', 'phone', 'email', 'text'].map((n) => text(form, n)) as [string, string, string, string];
    if (!name || !body || (!phone && !email)) {
      this.problem = !phone && !email ? t.leaveNeedsContact : t.required;
      return;
    }
    this.problem = '';
    this.leaving = true;
    try {
      const message = { contact: { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) }, text: body };
      const left = await this.leaveKey.run(message, (idempotencyKey) => this.port('chat', chatPort)!.leaveMessage({ ...message, idempotencyKey }));
      this.reference = left.reference;
    } catch (error) {
      this.reportError(error);
      this.problem = t.notSent;
    } finally {
      this.leaving = false;
    }
  };

  private readonly endChat = () => {
    keepConversation(undefined);
    // Focus waits on Close (it stays) while the composer with End chat is replaced.
    this.renderRoot.querySelector<HTMLElement>('[part~=close-button]')?.focus();
    void this.session
      ?.end()
      .catch((error: unknown) => this.reportError(error))
      // The End button is gone with the composer: focus goes to the ended view's first control, never to the page.
      .then(() => this.updateComplete)
      .then(() => this.renderRoot.querySelector<HTMLElement>('[part~=ended] button')?.focus());
  };

  private readonly newChat = () => {
    keepConversation(undefined);
    this.session?.dispose();
    this.session = undefined;
    this.started = false;
    void this.updateComplete.then(() => this.focusStart());
  };

  private readonly retry = () => this.session?.retry();

  /** The transcript builder loads on click: most chats never download one. */
  private readonly download = async () => {
    const log = this.session?.log;
    if (!log) return;
    const { downloadText, transcriptText } = await import('./transcript.js');
    downloadText(transcriptText(log, this.messages(panelMessages), this.resolvedLocale, this.resolvedTimeZone), 'chat-transcript.txt');
  };

  private readonly act = (action: Action) => {
    if (!this.emit('fd-chat-action', { action }, true)) return;
    const link = this.links[action];
    if (link && isSafeAuthorUrl(link)) return location.assign(link);
    const widget = document.querySelector<HTMLElement & { open?: () => void }>(targets[action]);
    if (!widget) return;
    this.dispatchEvent(new Event('close-request'));
    if (widget.open) widget.open();
    else {
      // A widget host is not focusable by itself: it becomes a focus target (not a tab stop), as a skip link's target does.
      if (!widget.hasAttribute('tabindex')) widget.tabIndex = -1;
      widget.scrollIntoView({ block: 'center' });
      widget.focus();
    }
  };

  protected renderContent(): TemplateResult {
    const t = this.messages(panelMessages);
    const agent = this.session?.agentName;
    return html`<section class="panel" role="dialog" aria-labelledby="title" @keydown=${this.onKey}>
      <header part="header">
        <div>
          <h2 id="title">${t.title}</h2>
          ${agent ? html`<p class="agent" part="agent">${t.withAgent(agent)}</p>` : nothing}
        </div>
        <button type="button" class="close" part="close-button" aria-label=${t.close} @click=${() => this.dispatchEvent(new Event('close-request'))}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
        </button>
      </header>
      <div class="body" part="body">${this.renderTask(this.availability, (a) => (a ? this.renderBody(a, { t, locale: this.resolvedLocale, timeZone: this.resolvedTimeZone }) : nothing))}</div>
      <div class="fd-visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderBody(a: ChatAvailability, c: ViewContext): TemplateResult {
    const { t } = c;
    const s = this.session;
    const intro = renderIntro(a, c, this.reminderText ?? t.reminder, this.emergencyText ?? t.emergency);
    const forms = this.forms;
    const ft = forms && this.messages(forms.formMessages);
    if (this.reference && ft) {
      this.setViewState('message-left');
      return html`${intro}<p class="done" part="confirmation" role="status">${ft.leaveDone(this.reference)}</p>`;
    }
    if (a.status === 'offline' && !this.started && forms && ft) {
      this.setViewState('offline');
      return html`${intro}${forms.renderLeaveMessage(ft, (e) => void this.leaveMessage(e, forms), this.leaving, this.problem)}`;
    }
    if (!this.started && this.prechat && forms && ft) {
      this.setViewState(a.status);
      return html`${intro}${forms.renderPrechat(ft, this.startChat)}`;
    }
    const ended = s?.closed ?? false;
    this.setViewState(ended ? 'ended' : this.started ? 'chatting' : a.status);
    const actions = this.quickActions.split(/\s+/).filter((x): x is Action => x in targets);
    // The conversation scrolls; the message box, Send and End chat stay at the panel's bottom.
    return html`<div class="scroller" part="scroller">
        ${intro}
        <div class="log" role="log" aria-live="off" aria-label=${t.title} part="log">
          ${(s?.log ?? []).map((e) => renderEntry(e, c, this.retry))}
        </div>
        ${s?.typing && !ended ? html`<p class="typing" part="typing">${t.typing(s.agentName ?? t.someone)}</p>` : nothing}
        ${s?.connection === 'reconnecting' ? html`<p class="notice" part="reconnecting" role="status">${t.reconnecting}</p>` : nothing}
        ${this.skipped ? html`<p class="notice" part="notice">${t.skipped}</p>` : nothing}
      </div>
      ${ended ? this.renderEnded(c) : this.renderComposer(t, actions)}`;
  }

  private renderComposer(t: ViewContext['t'], actions: Action[]): TemplateResult {
    return html`${actions.length
        ? html`<nav class="actions" part="quick-actions" aria-label=${t.quickActions}>
            ${actions.map((x) => html`<button type="button" class="fd-button" data-variant="secondary" part="quick-action" @click=${() => this.act(x)}>${t[`action.${x}`]}</button>`)}
          </nav>`
        : nothing}
      <form class="composer" part="composer" @submit=${this.sendMessage}>
        <label for="msg" class="fd-visually-hidden">${t.message}</label>
        <textarea id="msg" rows="2" maxlength="4000" @keydown=${this.onComposerKey}></textarea>
        <button class="fd-button" part="send-button">${t.send}</button>
      </form>
      ${this.started ? html`<button type="button" class="link end" part="end-button" @click=${this.endChat}>${t.end}</button>` : nothing}`;
  }

  private renderEnded({ t, locale }: ViewContext): TemplateResult {
    return html`<div class="ended" part="ended">
      ${customElements.get('fd-feedback-survey')
        ? html`<h3>${t.rate}</h3><fd-feedback-survey touchpoint="post-chat" .adapter=${this.resolvedAdapter} locale=${locale}></fd-feedback-survey>`
        : nothing}
      <button type="button" class="fd-button" data-variant="secondary" part="transcript-button" @click=${() => void this.download()}>${t.transcript}</button>
      <button type="button" class="fd-button" part="new-chat-button" @click=${this.newChat}>${t.newChat}</button>
    </div>`;
  }
}

define('fd-chat-panel', ChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'fd-chat-panel': ChatPanel;
  }
}
