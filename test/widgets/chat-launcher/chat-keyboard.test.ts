import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, press } from '../../support/keys.js';
import { liveLog } from '../../support/live.js';
import { chatAdapter, entries, inPanel, mountLauncher, openPanel, panelOf, panelText, type } from './support.js';

const KEPT = 'fd-chat:conversation';

describe('fd-chat-launcher: keyboard and screen reader', () => {
  afterEach(() => sessionStorage.removeItem(KEPT));

  it('keys only: open, send, hear typing / joined / left once each, End chat leaves focus on a visible control, the header is cleared', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAgentDelay(300);
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await mountLauncher(adapter);
      before.focus(); // the page's own starting point; everything after is keys
      await press('Tab');
      expect(deepActive()?.getAttribute('part')).to.contain('button');
      await press('Enter');
      await waitUntil(() => deepActive()?.id === 'msg', 'focus not in the message box', { timeout: 4000 });
      const panel = panelOf(el)!;
      const said = liveLog(panel);
      await sendKeys({ type: 'Do you take walk-ins?' });
      await press('Enter');
      await waitUntil(() => entries(el).filter((e) => e.matches('.theirs')).length >= 2, 'no reply', { timeout: 4000 });
      const conversationId = panel.conversationId!;
      adapter.control.chat.agentLeave(conversationId);
      await waitUntil(() => said.count(/Maria \(front desk\) left the chat\./) === 1, `left not said: ${JSON.stringify(said.said)}`);
      expect(said.count(/Maria \(front desk\) joined the chat\./), JSON.stringify(said.said)).to.equal(1);
      expect(said.count(/Maria \(front desk\) is typing…/), JSON.stringify(said.said)).to.equal(1);
      expect(said.count(/Maria \(front desk\): Thanks! Let me check that for you\./), JSON.stringify(said.said)).to.equal(1);
      // The header follows who is there: nobody after Maria left.
      expect(panelText(el)).not.to.contain('You’re chatting with');
      adapter.control.chat.agentSay(conversationId, 'Elena here, happy to help.');
      await waitUntil(() => said.said.length > 4);

      // From the message box: Tab past Send to End chat, Enter.
      for (let i = 0; i < 6 && !deepActive()?.matches('[part~=end-button]'); i++) await press('Tab');
      expect(deepActive()?.matches('[part~=end-button]'), 'End chat never reached').to.equal(true);
      await press('Enter');
      await waitUntil(() => panel.viewState === 'ended', 'not ended');
      await waitUntil(() => deepActive()?.matches('[part~=ended] button'), `focus went to ${deepActive()?.outerHTML.slice(0, 60)}`);
      expect(getComputedStyle(deepActive()!).outlineStyle).to.not.equal('none');
      expect(said.count('The chat has ended.')).to.equal(1);
      expect(panelText(el)).not.to.contain('You’re chatting with');
      expect(sessionStorage.getItem(KEPT)).to.equal(null);
      // Escape still works from there, and focus returns to the launcher.
      await press('Escape');
      await waitUntil(() => !el.isOpen, 'Escape did not close');
      await waitUntil(() => deepActive()?.getAttribute('part')?.includes('button'), 'focus not back on the launcher');
      said.stop();
    } finally {
      before.remove();
    }
  });

  it('a conversation survives leaving for another page of the site and coming back: only its id is kept, the log comes back from history', async () => {
    const adapter = chatAdapter();
    const first = await mountLauncher(adapter);
    await openPanel(first, 'online');
    await type(first, 'Is parking free?');
    await waitUntil(() => entries(first).filter((e) => e.matches('.theirs')).length >= 2, 'no reply', { timeout: 4000 });
    const id = panelOf(first)!.conversationId!;
    // Only the conversation's id is kept, in this tab's session storage; no text, name or contact.
    expect(sessionStorage.getItem(KEPT)).to.equal(id);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('fd-chat'))).to.deep.equal([]);
    const stored = Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`).join(' ');
    expect(stored).not.to.contain('parking');
    const shownBefore = entries(first).map((e) => e.textContent.replace(/\s+/g, ' ').trim().replace(/\d{1,2}:\d{2}.*$/, ''));
    first.remove(); // the page is left…

    adapter.control.chat.agentSay(id, 'Yes, parking is free.'); // …while the practice writes on
    const back = await mountLauncher(adapter); // …and the patient comes back
    await waitUntil(() => panelOf(back)?.conversationId === id, 'the conversation was not picked up');
    const panel = await openPanel(back, 'chatting');
    await waitUntil(() => panelText(back).includes('Yes, parking is free.'), 'the message sent meanwhile never came');
    expect(panelText(back)).to.contain('Is parking free?');
    const shownAfter = entries(back).map((e) => e.textContent.replace(/\s+/g, ' ').trim().replace(/\d{1,2}:\d{2}.*$/, ''));
    expect(shownAfter.slice(0, shownBefore.length)).to.deep.equal(shownBefore);
    expect(panelText(back).match(/Yes, parking is free\./g)).to.have.length(1);
    // It goes on from there: a new message reaches the same conversation.
    await type(back, 'Thanks');
    await waitUntil(() => adapter.control.chat.transcript(id).some((m) => m.text === 'Thanks'), 'not sent to the same conversation');
    expect(panel.viewState).to.equal('chatting');
    inPanel<HTMLButtonElement>(back, '[part~=end-button]')!.click();
    await waitUntil(() => sessionStorage.getItem(KEPT) === null, 'the id was kept after the chat ended');
  });
});
