import { expect, waitUntil } from '@open-wc/testing';
import { chatAdapter, inPanel, mountLauncher, openPanel, type } from './support.js';

/** The conversation as a patient sees it (issue #19, item 1). */

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('fd-chat-panel conversation', () => {
  it('the log follows the newest message and the message box stays at the bottom of the panel', async () => {
    const el = await mountLauncher(chatAdapter());
    await openPanel(el);
    for (let i = 1; i <= 8; i++) {
      await type(el, `Question number ${i}: is there parking near the clinic on weekdays?`);
      await waitUntil(() => (inPanel(el, '.log')?.children.length ?? 0) >= i, 'message not shown');
    }
    await waitUntil(() => (inPanel(el, '.log')?.textContent ?? '').includes('Question number 8'), 'last message');
    await frames();
    const panel = inPanel(el, '.panel')!.getBoundingClientRect();
    const send = inPanel(el, '[part~=send-button]')!.getBoundingClientRect();
    expect(send.bottom, 'Send inside the panel').to.be.at.most(panel.bottom + 1);
    expect(send.top, 'Send inside the panel').to.be.at.least(panel.top);
    const box = inPanel(el, '#msg')!.getBoundingClientRect();
    expect(panel.bottom - box.bottom, 'message box at the bottom').to.be.lessThan(80);
    const last = inPanel(el, '.log')!.lastElementChild!.getBoundingClientRect();
    const scroller = inPanel(el, '[part~=scroller]') ?? inPanel(el, '[part~=body]');
    const view = scroller!.getBoundingClientRect();
    expect(last.bottom, 'newest message in sight').to.be.at.most(view.bottom + 1);
  });
});
