import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { ChatEvent } from '../../src/core/schemas/chat.js';
import { StaffChatHistory, StaffChatNotice, StaffConversationList, staffPaths, type StaffConversation } from '../../server/src/http/staff-schemas.js';
import { pathOf } from './api.js';
import { ConsoleScreen } from './screen.js';

/** The chat inbox: conversations live over the staff event stream, one opened, answered, closed. */
export class FdConsoleInbox extends ConsoleScreen {
  @state() private conversations: StaffConversation[] = [];
  @state() private openId = '';
  @state() private events: ChatEvent[] = [];
  @state() private patientRead = 0;
  @state() private draft = '';
  private cursor: string | undefined;
  private stream?: EventSource;
  private typingSent = false;
  private reading: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.stream = new EventSource(pathOf(staffPaths.chatStream), { withCredentials: true });
    this.stream.onmessage = (message: MessageEvent<string>) => {
      const notice = StaffChatNotice.safeParse(JSON.parse(message.data));
      if (!notice.success || notice.data.cursor === undefined) return;
      void this.run(async () => {
        await this.loadList();
        if (notice.data.conversationId === this.openId) await this.loadEvents();
      });
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stream?.close();
  }

  protected async load(): Promise<void> {
    await this.loadList();
    if (this.openId) await this.loadEvents();
  }

  private async loadList(): Promise<void> {
    this.conversations = await this.api.read(StaffConversationList, pathOf(staffPaths.conversations));
  }

  /** Reads what is new after the cursor; one read at a time (a reply and a stream notice may ask at once), each event once. */
  private loadEvents(): Promise<void> {
    const next = this.reading.then(async () => {
      const id = this.openId;
      const history = await this.api.read(StaffChatHistory, pathOf(staffPaths.conversationEvents, { conversationId: id }, { after: this.cursor }));
      if (id !== this.openId) return;
      const seen = new Set(this.events.map((e) => ('cursor' in e ? e.cursor : '')));
      this.events = [...this.events, ...history.events.filter((e) => !('cursor' in e) || !seen.has(e.cursor))];
      this.cursor = history.cursor;
      this.patientRead = Number(history.patientRead);
    });
    this.reading = next.catch(() => undefined);
    return next;
  }

  private async open(id: string): Promise<void> {
    this.openId = id;
    this.events = [];
    this.cursor = undefined;
    await this.run(() => this.loadEvents());
    this.conversations = this.conversations.map((c) => (c.conversationId === id ? { ...c, unread: 0 } : c));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('events')) this.renderRoot.querySelector('.log')?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  private async typing(typing: boolean): Promise<void> {
    if (typing === this.typingSent || !this.openId) return;
    this.typingSent = typing;
    await this.api.send(pathOf(staffPaths.conversationTyping, { conversationId: this.openId }), 'POST', { typing }).catch(() => undefined);
  }

  private async reply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const text = this.draft.trim();
    if (!text) return;
    const ok = await this.run(async () => {
      await this.api.send(pathOf(staffPaths.conversationMessages, { conversationId: this.openId }), 'POST', { clientMessageId: crypto.randomUUID(), text });
      await this.loadEvents();
    });
    if (ok) {
      this.draft = '';
      void this.typing(false);
    }
  }

  private async close(): Promise<void> {
    await this.run(async () => {
      await this.api.send(pathOf(staffPaths.conversationClose, { conversationId: this.openId }), 'POST');
      await this.loadEvents();
      await this.loadList();
    });
  }

  override render() {
    const { t } = this;
    const current = this.conversations.find((c) => c.conversationId === this.openId);
    return html`<h2>${t['nav.inbox']}</h2>
      ${this.status()}
      <div class="inbox">
        <section aria-labelledby="conversations-title">
          <h3 id="conversations-title">${t.conversations}</h3>
          ${!this.loading && !this.conversations.length ? html`<p>${t.noConversations}</p>` : nothing}
          <ul class="list">
            ${this.conversations.map(
              (c) => html`<li>
                <button class="item" data-conversation=${c.conversationId} aria-current=${c.conversationId === this.openId ? 'true' : 'false'} @click=${() => void this.open(c.conversationId)}>
                  <strong>${c.prechat.name ?? t.anonymous}</strong>${c.prechat.topic ? html` · ${c.prechat.topic}` : nothing}
                  ${c.status === 'closed' ? html` · ${t.chatClosed}` : nothing}
                  <span class="muted">${c.lastText ?? ''}</span>
                  ${c.unread ? html`<span class="badge">${t.unread(c.unread)}</span>` : nothing}
                </button>
              </li>`,
            )}
          </ul>
        </section>
        <section aria-labelledby="conversation-title" class="conversation">
          <h3 id="conversation-title">${current ? (current.prechat.name ?? t.anonymous) : t.pickConversation}</h3>
          ${current ? this.thread(current) : nothing}
        </section>
      </div>`;
  }

  private thread(c: StaffConversation) {
    const { t } = this;
    const closed = c.status === 'closed' || this.events.some((e) => e.type === 'closed');
    return html`<ol class="log" aria-live="polite">
        ${this.events.map((e) => {
          if (e.type === 'message') {
            const seen = e.message.author === 'agent' && Number(e.cursor) <= this.patientRead;
            return html`<li class="msg" data-author=${e.message.author}><strong>${e.message.author === 'patient' ? (c.prechat.name ?? t.anonymous) : (e.message.authorName ?? '')}:</strong> ${e.message.text}${seen ? html` <span class="muted">· ${t.seen}</span>` : nothing}</li>`;
          }
          if (e.type === 'agent-joined') return html`<li class="muted">${t.joined(e.agentName)}</li>`;
          if (e.type === 'agent-left') return html`<li class="muted">${t.left(e.agentName ?? '')}</li>`;
          if (e.type === 'closed') return html`<li class="muted">${t.chatClosed}</li>`;
          return nothing;
        })}
      </ol>
      ${closed
        ? nothing
        : html`<form @submit=${(e: SubmitEvent) => void this.reply(e)}>
            <label>${t.reply}<textarea name="reply" rows="2" .value=${this.draft} @input=${(e: Event) => ((this.draft = (e.target as HTMLTextAreaElement).value), void this.typing(this.draft.length > 0))} @blur=${() => void this.typing(false)}></textarea></label>
            <div class="actions">
              <button class="fd-button" type="submit">${t.send}</button>
              <button class="fd-button" type="button" data-variant="secondary" @click=${() => void this.close()}>${t.closeChat}</button>
            </div>
          </form>`}`;
  }
}
