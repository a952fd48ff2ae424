import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/appointment-picker/fd-appointment-picker.js';
import type { AppointmentPicker } from '../../../src/widgets/appointment-picker/appointment-picker.js';
import { FIXED_NOW, memory } from '../../support/fixtures.js';
import { PickerPage } from '../../support/picker-page.js';

/** The picker as a patient sees it on a 390 px phone (issue #19, items 2 and 3). */

async function mount(attrs: { visitType?: string; location?: string }, before = 0): Promise<PickerPage> {
  const adapter = memory({ now: () => FIXED_NOW });
  const host = await fixture<HTMLElement>(html`<div>
    <div style=${`height:${before}px`}></div>
    <fd-appointment-picker .adapter=${adapter} .now=${() => FIXED_NOW} visit-type=${attrs.visitType ?? ''} location=${attrs.location ?? ''}></fd-appointment-picker>
  </div>`);
  return new PickerPage(host.querySelector<AppointmentPicker>('fd-appointment-picker')!);
}

const deepActive = (): Element | null => {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
};

describe('fd-appointment-picker on a phone', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    document.documentElement.style.scrollBehavior = '';
    window.scrollTo(0, 0);
  });

  it('the clinician and location drop-downs fit a 390 px screen (they do not size to their longest option)', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await mount({ visitType: 'new' });
    await page.at('who');
    const box = page.el.getBoundingClientRect();
    for (const select of page.root.querySelectorAll('select')) {
      const r = select.getBoundingClientRect();
      expect(r.right, `#${select.id} right edge`).to.be.at.most(box.right + 0.5);
      expect(r.width, `#${select.id} width`).to.be.greaterThan(100);
    }
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(390);
  });

  it('after Continue at the bottom of a long time list, the focused first field is on screen at once (on a smooth-scrolling page too)', async () => {
    await setViewport({ width: 390, height: 600 });
    // Practice sites often smooth-scroll (the demo does): focus() alone then leaves the field off screen for a while.
    document.documentElement.style.scrollBehavior = 'smooth';
    const page = await mount({ visitType: 'sick', location: 'phoenix' }, 200);
    await page.at('when');
    page.button(/First available time/).click();
    await waitUntil(() => page.times().length > 3, 'no times');
    const last = page.times().at(-1)!;
    last.scrollIntoView({ block: 'center', behavior: 'instant' });
    last.click();
    await page.el.updateComplete;
    const next = page.button('Continue');
    next.scrollIntoView({ block: 'end', behavior: 'instant' });
    expect(window.scrollY, 'scrolled down to Continue').to.be.greaterThan(300);
    next.click();
    await page.at('details');
    await waitUntil(() => deepActive()?.id === 'given-name', 'focus did not reach the first field');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = deepActive()!.getBoundingClientRect();
    expect(r.top, 'focused field top').to.be.at.least(0);
    expect(r.bottom, 'focused field bottom').to.be.at.most(window.innerHeight);
  });
});
