// Chat end to end in a real browser: a patient writes in the demo site's chat (the launcher on the
// booking page, in a frame, its calls on the first of two frontdesk-server processes); the message
// appears in the staff console's inbox (its calls and its event stream on the second process);
// the staff reply reaches the patient's widget over its event stream from the first process.
// (200 messages each way across two restarts: server/test/chat-restarts.test.ts, over REST.)
import { expect } from '@open-wc/testing';
import { browser, deep, deepAll, go, openConsole, signIn, text, until } from '../console/support.js';
import { forwarded, openPage, setClock, shadowText, siteAndServers, SITE } from './site.js';

const DAY = 86_400_000;

/** The next weekday at 10:00 in Phoenix (17:00 UTC, no DST there): inside the demo practice's chat hours. */
function inChatHours(now = Date.now()): number {
  for (let at = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate(), 17); ; at += DAY) {
    const day = new Date(at).getUTCDay();
    if (at > now && day !== 0 && day !== 6) return at;
  }
}

describe('end to end: chat from the demo site to the console inbox, across two server processes', function () {
  before(async function () {
    this.timeout(180_000);
    await siteAndServers();
    await setClock(inChatHours());
  });
  after(async () => {
    document.querySelector('iframe')?.remove();
    await setClock(null);
  });

  it('the patient’s message reaches the inbox through another process; the staff reply reaches the widget', async function () {
    this.timeout(120_000);
    const said = `Can I bring my daughter too? (${browser} ${Date.now()})`;
    const reply = `Yes, of course (${browser}).`;
    // Staff have the inbox open (that makes the chat "online").
    const el = await openConsole();
    await signIn(el);
    const inbox = await go(el, 'inbox', 'fd-console-inbox');

    const doc = await openPage(`${SITE}/book.html`);
    const launcher = doc.querySelector('fd-chat-launcher')!;
    await until(() => !!launcher.shadowRoot?.querySelector('[part~=button]'), 'no chat button');
    launcher.shadowRoot!.querySelector<HTMLButtonElement>('[part~=button]')!.click();
    const composer = () => deep<HTMLTextAreaElement>(launcher.shadowRoot!, '#msg');
    await until(() => !!composer(), () => `no message box: ${deepAll(launcher.shadowRoot!, '[part~=body]').map((b) => b.textContent).join(' ')}`);
    const panel = (composer()!.getRootNode() as ShadowRoot).host;
    expect(shadowText(panel)).to.match(/online|en línea/i);
    composer()!.value = said;
    composer()!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~=send-button]')!.click();

    // The conversation is the one the patient's page posted to (process 0); staff open it (process 1).
    let conversationId = '';
    await until(() => {
      void forwarded().then((log) => {
        const post = log.find((r) => r.method === 'POST' && /^\/chat\/conversations\/[^/]+\/messages$/.test(r.path) && r.backend === 0);
        conversationId = post?.path.split('/')[3] ?? '';
      });
      return !!conversationId && !!deep(inbox, `button[data-conversation="${conversationId}"]`);
    }, () => `the conversation is not in the inbox: ${text(inbox)}`);
    deep<HTMLButtonElement>(inbox, `button[data-conversation="${conversationId}"]`)!.click();
    await until(() => text(inbox).includes(said), () => `the patient’s message is not shown: ${text(inbox)}`);
    const box = deep<HTMLTextAreaElement>(inbox, 'textarea[name=reply]')!;
    box.value = reply;
    box.dispatchEvent(new Event('input'));
    deep<HTMLFormElement>(inbox, 'form')!.requestSubmit();

    // The reply, in the patient's widget, once.
    const received = () => [...panel.shadowRoot!.querySelectorAll('[part~=message-in]')].filter((m) => m.textContent.includes(reply));
    await until(() => received().length > 0, () => `the reply never reached the widget: ${shadowText(panel)}`);
    await new Promise((r) => setTimeout(r, 1000));
    expect(received(), 'the reply shown more than once').to.have.length(1);
    expect([...panel.shadowRoot!.querySelectorAll('[part~=message-out]')].filter((m) => m.textContent.includes(said))).to.have.length(1);

    const log = await forwarded();
    const served = (method: string, path: RegExp) => [...new Set(log.filter((r) => r.method === method && path.test(r.path)).map((r) => r.backend))];
    expect(served('POST', /^\/chat\/conversations\/[^/]+\/messages$/), 'the patient’s message').to.deep.equal([0]);
    expect(served('POST', /^\/staff\/chat\/conversations\/[^/]+\/messages$/), 'the staff reply').to.deep.equal([1]);
    expect(served('GET', /^\/chat\/conversations\/[^/]+\/events\/stream$/), 'the widget’s event stream').to.deep.equal([0]);
  });
});
