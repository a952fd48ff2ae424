import { expect, waitUntil } from '@open-wc/testing';
import { chatAdapter, mountLauncher, openPanel, panelOf, panelText, type } from './support.js';

before(async () => {
  await import('../../../src/core/schemas/chat.js');
});

const settle = () => new Promise((r) => setTimeout(r, 100));

/**
 * Issue 21: one markRead POST per incoming message (a history of 10,000 sent 682 POSTs before
 * the browser ran out of sockets). Receipts are coalesced: one per batch of messages, none while
 * the panel is hidden, one when it is shown again.
 */
describe('fd-chat-launcher: read receipts', () => {
  it('200 messages arriving together: one markRead, for the newest cursor; hidden: none; shown again: one', async () => {
    const adapter = chatAdapter();
    adapter.control.chat.setAutoReply(false);
    const el = await mountLauncher(adapter);
    await openPanel(el, 'online');
    await type(el, 'hi');
    await waitUntil(() => panelOf(el)!.conversationId, 'no conversation');
    const id = panelOf(el)!.conversationId!;
    const receipts = () => adapter.control.calls.filter((c) => c.method === 'chat.markRead').length;
    await settle();
    const before = receipts();

    for (let i = 1; i <= 200; i++) adapter.control.chat.agentSay(id, `m${i}`);
    await waitUntil(() => panelText(el).includes('m200'), 'messages not shown', { timeout: 6000 });
    await settle();
    expect(receipts() - before, 'receipts for one batch').to.equal(1);

    const panel = panelOf(el)!;
    panel.visible = false;
    await panel.updateComplete;
    await settle();
    adapter.control.chat.agentSay(id, 'while hidden');
    await waitUntil(() => panelText(el).includes('while hidden'), 'message not shown');
    await settle();
    expect(receipts() - before, 'no receipt while hidden').to.equal(1);

    panel.visible = true;
    await panel.updateComplete;
    await settle();
    expect(receipts() - before, 'one receipt when shown again').to.equal(2);
  });
});
