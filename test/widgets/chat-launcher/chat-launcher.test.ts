import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ChatMessageDetail } from '../../../src/widgets/chat-launcher/events.js';
import { captureConsole } from '../../support/console.js';
import { button, chatAdapter, next, entries, inPanel, mountLauncher, openPanel, panelOf, panelText, type } from './support.js';

before(async () => {
  await import('../../../src/core/schemas/chat.js');
});

describe('fd-chat-launcher: the launcher', () => {
  it('loads no panel code before the first interaction; a button with an accessible name', async () => {
    const el = await mountLauncher(chatAdapter());
    expect(panelOf(el)).to.equal(null);
    expect(button(el).textContent).to.contain('Chat with us');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.viewState).to.equal('closed');
    await expect(el).to.be.accessible();
  });

  it('opens and closes, with fd-chat-open / fd-chat-close, and keeps the conversation', async () => {
    const adapter = chatAdapter();
    const el = await mountLauncher(adapter);
    const opened = next(el, 'fd-chat-open');
    await openPanel(el, 'online');
    await opened;
    expect(el.viewState).to.equal('open');
    await type(el, 'Hello');
    await waitUntil(() => entries(el).some((e) => e.textContent.includes('Sent')), 'never sent');
    const closed = next(el, 'fd-chat-close');
    el.close();
    const detail = (await closed).detail;
    expect(detail.conversationId).to.be.a('string');
    expect(panelOf(el)!.hidden).to.equal(true);
    el.open();
    await panelOf(el)!.updateComplete;
    expect(panelText(el)).to.contain('Hello');
  });

  it("the page's ::part() reaches the panel's exported parts", async () => {
    const style = document.createElement('style');
    style.textContent = 'fd-chat-launcher::part(send-button) { outline: 3px solid rgb(1, 2, 3); } fd-chat-launcher::part(header) { letter-spacing: 3px; }';
    document.head.append(style);
    try {
      const el = await mountLauncher(chatAdapter());
      await openPanel(el, 'online');
      expect(getComputedStyle(inPanel(el, '[part~=send-button]')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inPanel(el, '[part~=header]')!).letterSpacing).to.equal('3px');
    } finally {
      style.remove();
    }
  });

  it('position and offsets: bottom-left, offsets through custom properties', async () => {
    const el = await mountLauncher(chatAdapter(), 'position="bottom-left" offset-x="40" offset-y="30"');
    expect(el.style.getPropertyValue('--fd-chat-offset-x')).to.equal('40px');
    const rect = el.getBoundingClientRect();
    expect(rect.left).to.be.closeTo(40, 1);
    expect(innerHeight - rect.bottom).to.be.closeTo(30, 1);
  });

  it('launcher-for: a page element opens it; no floating button; focus returns to that element', async () => {
    const host = document.createElement('button');
    host.id = 'my-chat';
    host.textContent = 'Questions? Chat';
    document.body.append(host);
    try {
      const el = await mountLauncher(chatAdapter(), 'launcher-for="my-chat"');
      expect(el.shadowRoot!.querySelector('[part~=button]')).to.equal(null);
      host.click();
      await waitUntil(() => panelOf(el)?.viewState === 'online', 'never opened');
      expect(host.getAttribute('aria-expanded')).to.equal('true');
      el.close();
      await el.updateComplete;
      expect(document.activeElement).to.equal(host);
    } finally {
      host.remove();
    }
  });

  it('counts unread messages while closed (fd-chat-unread) and clears them on open', async () => {
    const adapter = chatAdapter();
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'Hi');
    el.close();
    const unread = next(el, 'fd-chat-unread');
    expect((await unread).detail.count).to.be.greaterThan(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=badge]')!.textContent).to.match(/new message/);
    await expect(el).to.be.accessible();
    const cleared = next(el, 'fd-chat-unread');
    el.open();
    expect((await cleared).detail.count).to.equal(0);
  });

  it('showNewMessage(text) opens with the text ready to send', async () => {
    const el = await mountLauncher(chatAdapter());
    el.showNewMessage('I have a question about my bill');
    await waitUntil(() => inPanel<HTMLTextAreaElement>(el, '#msg')?.value === 'I have a question about my bill', 'draft not shown');
  });

  it('steps aside when focused page content is under it (WCAG 2.4.11)', async () => {
    const el = await mountLauncher(chatAdapter());
    const under = document.createElement('a');
    under.href = '#x';
    under.textContent = 'under';
    const r = button(el).getBoundingClientRect();
    under.style.cssText = `position:fixed;left:${r.left + 2}px;top:${r.top + 2}px`;
    document.body.append(under);
    try {
      under.focus();
      await waitUntil(() => el.matches(':state(yield)'), 'did not move');
      const moved = el.shadowRoot!.querySelector('[part~=base]')!.getBoundingClientRect();
      const u = under.getBoundingClientRect();
      const overlaps = u.left < moved.right && moved.left < u.right && u.top < moved.bottom && moved.top < u.bottom;
      expect(overlaps && !el.matches(':state(tucked)')).to.equal(false);
    } finally {
      under.remove();
    }
  });
});

describe('fd-chat-launcher: loading and layout', () => {
  it('preload: the panel loads when the browser is idle, before any interaction, and stays closed', async () => {
    const el = await mountLauncher(chatAdapter(), 'preload');
    await waitUntil(() => panelOf(el), 'the panel was not preloaded', { timeout: 4000 });
    expect(panelOf(el)!.hidden).to.equal(true);
    expect(el.isOpen).to.equal(false);
  });

  it('small screens: the panel fills the screen and the floating button steps away; Close is in the panel', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await mountLauncher(chatAdapter());
      const panel = await openPanel(el, 'online');
      const r = panel.getBoundingClientRect();
      expect([r.left, r.top, r.width, r.height]).to.deep.equal([0, 0, 360, 640]);
      expect(getComputedStyle(button(el)).display).to.equal('none');
      inPanel<HTMLButtonElement>(el, '[part~=close-button]')!.click();
      await el.updateComplete;
      expect(el.isOpen).to.equal(false);
      await expect(panel).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('open panel: the message box sits at the bottom, Send on one line; one see-through column and one Demo data marker', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await mountLauncher(chatAdapter({ demo: true }));
      const panel = await openPanel(el, 'online');
      const composer = inPanel(el, '[part~=composer]')!.getBoundingClientRect();
      const panelBox = panel.getBoundingClientRect();
      expect(panelBox.bottom - composer.bottom, 'the composer is at the bottom of the panel').to.be.below(80);
      const send = inPanel(el, '[part~=send-button]')!;
      expect(send.getBoundingClientRect().height, 'Send fits on one line').to.be.below(60);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~=base]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const markers = [el.shadowRoot!, panel.shadowRoot!].flatMap((r) => [...r.querySelectorAll('[part~=demo-marker]')]);
      expect(markers.filter((m) => getComputedStyle(m).display !== 'none')).to.have.length(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('fd-chat-launcher: availability', () => {
  for (const [scenario, text] of [
    ['online', 'We’re online'],
    ['away', 'Replies may take about 20 min'],
    ['offline', 'We’re offline'],
  ] as const) {
    it(`${scenario}: says so, with chat hours, the emergency notice and the reminder; passes axe`, async () => {
      const el = await mountLauncher(chatAdapter({ scenario }));
      const panel = await openPanel(el, scenario);
      const shown = panelText(el);
      expect(shown).to.contain(text);
      expect(shown).to.contain('If this is a medical emergency, call 911.');
      expect(shown).to.contain('don’t share medical details');
      expect(shown).to.contain('Chat hours');
      expect(shown).to.match(/Mon–Fri: 7:30\sAM–7:00\sPM/);
      if (scenario === 'offline') {
        expect(shown).to.contain('Chat opens');
        expect(inPanel(el, '[part~=leave-message]')).to.not.equal(null);
        expect(inPanel(el, '#msg')).to.equal(null);
      } else expect(inPanel(el, '#msg')).to.not.equal(null);
      await expect(panel).to.be.accessible();
    });
  }

  it('default scenario follows chat hours in the practice zone (10:00 in Phoenix on a Tuesday: online)', async () => {
    const el = await mountLauncher(chatAdapter({ scenario: 'default' }));
    await openPanel(el, 'online');
  });

  it('reminder-text and emergency-text replace the defaults', async () => {
    const el = await mountLauncher(chatAdapter(), 'reminder-text="No health details here, please." emergency-text="Emergency? Dial 911 now."');
    await openPanel(el, 'online');
    expect(panelText(el)).to.contain('No health details here, please.');
    expect(panelText(el)).to.contain('Emergency? Dial 911 now.');
  });

  it('a schema-invalid availability: an error with Retry and fd-error (invalid-response), no crash', async () => {
    const adapter = chatAdapter();
    adapter.control.fail({ method: 'chat.getAvailability', kind: 'invalid-response', times: 1 });
    const watch = captureConsole();
    try {
      const el = await mountLauncher(adapter);
      const error = next(el, 'fd-error');
      el.open();
      const detail = (await error).detail;
      expect(detail).to.deep.equal({ kind: 'invalid-response', retryable: false, retryAfterMs: undefined, widget: 'fd-chat-launcher' });
      await waitUntil(() => panelOf(el)?.viewState === 'error', 'no error state');
      await expect(panelOf(el)!).to.be.accessible();
    } finally {
      watch.restore();
    }
  });
});

describe('fd-chat-launcher: the conversation', () => {
  it('sends, shows Sending then Sent, the agent joins and replies (announced politely), typing shows', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAgentDelay(300);
    const el = await mountLauncher(adapter);
    const panel = await openPanel(el, 'online');
    const messages: ChatMessageDetail[] = [];
    el.addEventListener('fd-chat-message', (e) => messages.push(e.detail));
    // The typing indicator is shown only until the reply: watch every change of the panel, so a
    // slow (loaded) machine that polls past that window still sees it.
    let sawTyping = false;
    const watcher = new MutationObserver(() => (sawTyping ||= panelText(el).includes('is typing')));
    watcher.observe(panel.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await type(el, 'Do you take walk-ins?');
    expect(panel.viewState).to.equal('chatting');
    expect(entries(el)[0].textContent).to.contain('Sending…');
    await waitUntil(() => sawTyping, 'no typing indicator', { timeout: 3000 });
    watcher.disconnect();
    await waitUntil(() => entries(el).filter((e) => e.matches('.theirs')).length >= 2, 'no reply', { timeout: 3000 });
    expect(panelText(el)).to.contain('Maria (front desk) joined the chat.');
    expect(panelText(el)).to.contain('You’re chatting with Maria (front desk)');
    expect(entries(el).find((e) => e.matches('.mine'))!.textContent).to.contain('Sent');
    expect(panel.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Maria (front desk):');
    expect(panel.shadowRoot!.querySelector('[role=log]')).to.not.equal(null);
    expect(entries(el)[0].querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-/);
    // Events carry ids and a direction, never text.
    expect(messages.some((m) => m.direction === 'out')).to.equal(true);
    expect(messages.some((m) => m.direction === 'in')).to.equal(true);
    for (const m of messages) expect(Object.keys(m).sort()).to.deep.equal(['conversationId', 'direction']);
    await expect(panel).to.be.accessible();
  });

  it('pre-chat form: name, contact and topic go to startConversation; then chatting', async () => {
    const adapter = chatAdapter();
    const calls: unknown[] = [];
    const start = adapter.chat.startConversation;
    adapter.chat.startConversation = (input) => {
      calls.push(input.prechat);
      return start(input);
    };
    const el = await mountLauncher(adapter, 'prechat');
    const panel = await openPanel(el, 'online');
    expect(inPanel(el, '[part~=prechat]')).to.not.equal(null);
    await expect(panel).to.be.accessible();
    inPanel<HTMLInputElement>(el, '#pc-name')!.value = 'Ana';
    inPanel<HTMLSelectElement>(el, '#pc-topic')!.value = 'billing';
    inPanel<HTMLButtonElement>(el, '[part~=start-button]')!.click();
    await waitUntil(() => panel.viewState === 'chatting', 'not chatting');
    expect(calls).to.deep.equal([{ name: 'Ana', topic: 'billing' }]);
    await panel.updateComplete;
    expect(panel.shadowRoot!.activeElement?.id).to.equal('msg');
  });

  it('a send that fails for good shows Not sent with Retry; Retry sends it once; fd-error fires', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAutoReply(false);
    adapter.control.fail({ method: 'chat.send', kind: 'invalid-input', times: 1 });
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    const error = next(el, 'fd-error');
    await type(el, 'Can I change my appointment?');
    expect((await error).detail.kind).to.equal('invalid-input');
    await waitUntil(() => inPanel(el, '[part~=retry-button]'), 'no Retry');
    expect(entries(el)[0].textContent).to.contain('Not sent');
    await expect(panelOf(el)!).to.be.accessible();
    inPanel<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await waitUntil(() => entries(el)[0].textContent.includes('Sent') && !entries(el)[0].textContent.includes('Not sent'), 'not sent on retry');
    const id = panelOf(el)!.conversationId!;
    expect(adapter.control.chat.transcript(id).map((m) => m.text)).to.deep.equal(['Can I change my appointment?']);
  });

  it('retryable failures are retried by the outbox without the patient doing anything, in order', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAutoReply(false);
    adapter.control.fail({ method: 'chat.send', kind: 'unavailable', times: 3 });
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'one');
    await type(el, 'two');
    await waitUntil(() => entries(el).every((e) => e.textContent.includes('Sent')), 'not all sent', { timeout: 6000 });
    expect(adapter.control.chat.transcript(panelOf(el)!.conversationId!).map((m) => m.text)).to.deep.equal(['one', 'two']);
  });

  it('a schema-invalid event in the stream is skipped with a note and fd-error; the chat goes on', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAutoReply(false);
    const subscribe = adapter.chat.subscribe;
    adapter.chat.subscribe = (input, onEvent, options) => {
      subscribe(input, onEvent, options);
      setTimeout(() => onEvent({ type: 'message', message: { id: 'x' } } as never), 20);
    };
    const watch = captureConsole();
    try {
      const el = await mountLauncher(adapter);
      await openPanel(el, 'online');
      const error = next(el, 'fd-error');
      await type(el, 'hello');
      expect((await error).detail.kind).to.equal('invalid-response');
      await waitUntil(() => panelText(el).includes('A message could not be shown.'), 'no note');
      adapter.control.chat.agentSay(panelOf(el)!.conversationId!, 'Still here');
      await waitUntil(() => panelText(el).includes('Still here'), 'chat stopped');
    } finally {
      watch.restore();
    }
  });

  it('recovers from a dropped connection: reconnecting notice, then messages sent meanwhile arrive once', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAutoReply(false);
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'hi');
    await waitUntil(() => panelOf(el)!.conversationId, 'no conversation');
    const id = panelOf(el)!.conversationId!;
    adapter.control.chat.dropConnections();
    adapter.control.chat.agentSay(id, 'while you were away');
    await waitUntil(() => panelText(el).includes('while you were away'), 'gap not filled', { timeout: 4000 });
    adapter.control.chat.agentSay(id, 'live again');
    await waitUntil(() => panelText(el).includes('live again'), 'not resubscribed', { timeout: 4000 });
    expect(entries(el).filter((e) => e.textContent.includes('while you were away'))).to.have.length(1);
  });

  it('end of chat: ended state, transcript download through a Blob URL, then a new chat', async () => {
    const adapter = chatAdapter();
    const el = await mountLauncher(adapter);
    const panel = await openPanel(el, 'online');
    await type(el, 'Thanks, bye');
    await waitUntil(() => inPanel(el, '[part~=end-button]'), 'no End chat');
    inPanel<HTMLButtonElement>(el, '[part~=end-button]')!.click();
    await waitUntil(() => panel.viewState === 'ended', 'not ended');
    await expect(panel).to.be.accessible();
    const created: Blob[] = [];
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:fake';
    };
    const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')!;
    let href = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      href = this.href;
    };
    try {
      inPanel<HTMLButtonElement>(el, '[part~=transcript-button]')!.click();
      await waitUntil(() => href, 'no download');
    } finally {
      Object.defineProperty(URL, 'createObjectURL', original);
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      expect(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click')).to.deep.equal(click);
    }
    expect(href).to.equal('blob:fake');
    const text = await created[0].text();
    expect(text).to.contain('You: Thanks, bye');
    expect(text).to.contain('The chat has ended.');
    inPanel<HTMLButtonElement>(el, '[part~=new-chat-button]')!.click();
    await waitUntil(() => panel.viewState === 'online', 'no new chat');
  });

  it('end of chat with fd-feedback-survey on the page: it asks for a rating at the post-chat touchpoint', async () => {
    if (!customElements.get('fd-feedback-survey')) customElements.define('fd-feedback-survey', class extends HTMLElement {});
    const el = await mountLauncher(chatAdapter());
    const panel = await openPanel(el, 'online');
    await type(el, 'Bye');
    await waitUntil(() => inPanel(el, '[part~=end-button]'), 'no End chat');
    inPanel<HTMLButtonElement>(el, '[part~=end-button]')!.click();
    await waitUntil(() => panel.viewState === 'ended', 'not ended');
    const survey = inPanel(el, 'fd-feedback-survey')!;
    expect(survey.getAttribute('touchpoint')).to.equal('post-chat');
    expect(panelText(el)).to.contain('How was this chat?');
  });

  it('quick actions: fd-chat-action, then the picker on the page opens', async () => {
    const el = await mountLauncher(chatAdapter());
    await openPanel(el, 'online');
    const picker = document.createElement('fd-appointment-picker') as HTMLElement & { open?: () => void };
    let opened = false;
    picker.open = () => (opened = true);
    document.body.append(picker);
    try {
      const action = next(el, 'fd-chat-action');
      const book = [...panelOf(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=quick-action]')].find((b) => b.textContent.includes('Book a visit'))!;
      book.click();
      expect((await action).detail).to.deep.equal({ action: 'book' });
      expect(opened).to.equal(true);
      expect(el.isOpen).to.equal(false);
    } finally {
      picker.remove();
    }
  });

  it('quick actions: "Current wait" closes the panel and moves focus to the wait-time banner on the page', async () => {
    const el = await mountLauncher(chatAdapter());
    await openPanel(el, 'online');
    const banner = document.createElement('fd-wait-time-banner');
    document.body.append(banner);
    try {
      const wait = [...panelOf(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=quick-action]')].find((b) => b.textContent.includes('Current wait'))!;
      wait.focus();
      wait.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.isOpen).to.equal(false);
      expect(document.activeElement).to.equal(banner);
      expect(banner.tabIndex).to.equal(-1);
    } finally {
      banner.remove();
    }
  });

  it('offline: leave a message needs a name, a way to reach you and text; then a reference', async () => {
    const adapter = chatAdapter({ scenario: 'offline' });
    const el = await mountLauncher(adapter);
    const panel = await openPanel(el, 'offline');
    inPanel<HTMLInputElement>(el, '#lm-name')!.value = 'Ana';
    inPanel<HTMLTextAreaElement>(el, '#lm-text')!.value = 'Please call me about my bill';
    inPanel<HTMLButtonElement>(el, '[part~=leave-button]')!.click();
    await panel.updateComplete;
    expect(panelText(el)).to.contain('Please give a phone number or an email.');
    inPanel<HTMLInputElement>(el, '#lm-phone')!.value = '(555) 010-0000';
    inPanel<HTMLButtonElement>(el, '[part~=leave-button]')!.click();
    await waitUntil(() => panel.viewState === 'message-left', 'not left');
    expect(panelText(el)).to.match(/reference L-\d+/);
    await expect(panel).to.be.accessible();
  });
});

describe('fd-chat-launcher: keyboard, focus and Spanish', () => {
  it('keyboard only: Tab to the button, Enter opens with focus in the message box, Enter sends, Escape closes and focus returns', async () => {
    const el = await mountLauncher(chatAdapter());
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'Tab reaches the launcher').to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panelOf(el)?.shadowRoot?.activeElement?.id === 'msg', 'focus not in the message box', { timeout: 4000 });
    await sendKeys({ type: 'Hello by keyboard' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panelText(el).includes('Hello by keyboard'), 'not sent by Enter');
    expect(inPanel<HTMLTextAreaElement>(el, '#msg')!.value).to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.isOpen).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('Spanish: launcher and panel', async () => {
    const el = await mountLauncher(chatAdapter({ scenario: 'offline' }), 'locale="es"');
    await waitUntil(() => button(el).textContent.includes('Escríbanos por chat'), 'launcher not in Spanish');
    await openPanel(el, 'offline');
    await waitUntil(() => panelText(el).includes('Si es una emergencia médica, llame al 911.'), 'panel not in Spanish');
    expect(panelText(el)).to.contain('Deje un mensaje');
    expect(panelText(el)).to.contain('El chat abre');
    await expect(panelOf(el)!).to.be.accessible();
  });

  it('not configured: no adapter, the shared not-configured state', async () => {
    const watch = captureConsole();
    try {
      const el = await mountLauncher(undefined);
      expect(el.viewState).to.equal('not-configured');
    } finally {
      watch.restore();
    }
  });
});
