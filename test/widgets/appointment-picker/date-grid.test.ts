import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../../src/core/define.js';
import { DateGrid, type DateGridStrings } from '../../../src/widgets/appointment-picker/date-grid.js';

define('fd-date-grid', DateGrid);

declare global {
  interface HTMLElementTagNameMap {
    'fd-date-grid': DateGrid;
  }
}

// March 2026 starts on a Sunday; "today" is Tuesday the 10th.
const TODAY = '2026-03-10';
const OPEN = new Set(['2026-03-10', '2026-03-12', '2026-03-18', '2026-03-20', '2026-03-31', '2026-04-01', '2026-04-21', '2026-02-20']);

const spanish: DateGridStrings = {
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  available: 'hay horarios',
  unavailable: 'sin horarios',
  today: 'hoy',
};

interface Options {
  month?: string;
  selected?: string;
  min?: string;
  max?: string;
  locale?: string;
  strings?: DateGridStrings;
  available?: ReadonlySet<string>;
}

async function mount(o: Options = {}): Promise<DateGrid> {
  const el = await fixture<DateGrid>(html`<fd-date-grid
    month=${o.month ?? '2026-03'}
    today=${TODAY}
    locale=${o.locale ?? 'en'}
    .selected=${o.selected}
    .min=${'min' in o ? o.min : TODAY}
    .max=${'max' in o ? o.max : '2026-05-09'}
    .available=${o.available ?? OPEN}
    .strings=${o.strings ?? { previousMonth: 'Previous month', nextMonth: 'Next month', available: 'times available', unavailable: 'no times', today: 'today' }}
  ></fd-date-grid>`);
  await el.updateComplete;
  return el;
}

const root = (el: DateGrid) => el.shadowRoot!;
const cell = (el: DateGrid, key: string) => root(el).querySelector<HTMLElement>(`td[data-date="${key}"]`)!;
const days = (el: DateGrid) => [...root(el).querySelectorAll<HTMLElement>('td[data-date]')];
const active = (el: DateGrid) => (root(el).activeElement as HTMLElement | null)?.dataset.date;
const heading = (el: DateGrid) => root(el).querySelector('[part~=heading]')!.textContent.trim();
const name = (el: DateGrid, key: string) => cell(el, key).querySelector('.fd-visually-hidden')!.textContent.trim();
const navButtons = (el: DateGrid) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~=nav-button]')];
const tabStops = (el: DateGrid) => days(el).filter((d) => d.tabIndex === 0).map((d) => d.dataset.date);

function record(el: DateGrid) {
  const months: string[] = [];
  const dates: string[] = [];
  el.addEventListener('fd-date-grid-month', (e) => months.push(e.detail.month));
  el.addEventListener('fd-date-grid-select', (e) => dates.push(e.detail.date));
  return { months, dates };
}

async function press(el: DateGrid, key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice(6) });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys(key === ' ' ? { type: ' ' } : { press: key });
  await el.updateComplete;
}

describe('fd-date-grid', () => {
  describe('rendering', () => {
    it('a grid of 7 columns with weekday headers, Sunday first in English, and the month as a polite heading', async () => {
      const el = await mount();
      const grid = root(el).querySelector('table')!;
      expect(grid.getAttribute('role')).to.equal('grid');
      expect(grid.getAttribute('part')).to.equal('grid');
      expect(root(el).getElementById(grid.getAttribute('aria-labelledby')!)).to.equal(root(el).querySelector('[part~=heading]'));
      const headers = [...grid.querySelectorAll('th')];
      expect(headers.map((h) => h.textContent.trim())).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
      expect(headers[0].getAttribute('aria-label')).to.equal('Sunday');
      expect(headers[0].getAttribute('abbr')).to.equal('Sunday');
      expect(headers.every((h) => h.getAttribute('scope') === 'col')).to.equal(true);
      const rows = [...grid.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(5);
      for (const row of rows) expect(row.querySelectorAll('td')).to.have.length(7);
      // March 1 is a Sunday: the first cell; the last week ends with April days left blank.
      expect(rows[0].querySelector('td')!.dataset.date).to.equal('2026-03-01');
      expect(days(el)).to.have.length(31);
      expect(rows[4].querySelectorAll('td:not([data-date])')).to.have.length(4);
      expect(heading(el)).to.equal('March 2026');
      expect(root(el).querySelector('[part~=heading]')!.getAttribute('aria-live')).to.equal('polite');
      expect(cell(el, '2026-03-10').querySelector('[aria-hidden=true]')!.textContent.trim()).to.equal('10');
    });

    it('Spanish: Monday first, weekday and month names in Spanish, localized button labels', async () => {
      const el = await mount({ locale: 'es', strings: spanish });
      const headers = [...root(el).querySelectorAll('th')];
      expect(headers[0].getAttribute('aria-label')).to.equal('lunes');
      expect(headers[0].textContent.trim()).to.match(/^lun/);
      expect(headers[6].getAttribute('aria-label')).to.equal('domingo');
      expect(heading(el)).to.equal('Marzo de 2026');
      // March 1, 2026 is a Sunday: the first week starts on Monday February 23 (blank).
      const first = root(el).querySelector('tbody tr')!;
      expect(first.querySelectorAll('td:not([data-date])')).to.have.length(6);
      expect(first.querySelectorAll('td')[6].dataset.date).to.equal('2026-03-01');
      expect(name(el, '2026-03-10')).to.equal('martes, 10 de marzo, hoy, hay horarios');
      expect(navButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Mes anterior', 'Mes siguiente']);
    });

    it('marks today with aria-current="date" (one day only)', async () => {
      const el = await mount();
      const current = root(el).querySelectorAll('[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0].getAttribute('aria-current')).to.equal('date');
      expect((current[0] as HTMLElement).dataset.date).to.equal(TODAY);
      expect(cell(el, TODAY).getAttribute('part')).to.contain('day-today');
    });

    it('accessible names say the full date and whether there are times; the number alone is hidden from them', async () => {
      const el = await mount();
      expect(name(el, '2026-03-10')).to.equal('Tuesday, March 10, today, times available');
      expect(name(el, '2026-03-11')).to.equal('Wednesday, March 11, no times');
      expect(name(el, '2026-03-12')).to.equal('Thursday, March 12, times available');
      // Before min: no times even though the set lists none there; never "available".
      expect(name(el, '2026-03-02')).to.equal('Monday, March 2, no times');
    });

    it('unavailable and out-of-range days are aria-disabled and look different without colour alone', async () => {
      const el = await mount();
      const open = cell(el, '2026-03-12');
      const closed = cell(el, '2026-03-11');
      const early = cell(el, '2026-03-05');
      expect(open.hasAttribute('aria-disabled')).to.equal(false);
      expect(closed.getAttribute('aria-disabled')).to.equal('true');
      expect(early.getAttribute('aria-disabled')).to.equal('true');
      const dot = (td: HTMLElement) => getComputedStyle(td.querySelector('.number')!, '::after').content;
      expect(dot(open)).to.not.equal('none');
      expect(dot(closed)).to.equal('none');
      expect(getComputedStyle(early.querySelector('.number')!).textDecorationLine).to.contain('line-through');
      expect(open.getAttribute('part')).to.equal('day day-available');
      expect(closed.getAttribute('part')).to.equal('day day-disabled');
    });

    it('falls back to the month of selected/today when month is missing or invalid, and ignores invalid keys', async () => {
      const el = await mount({ month: 'not-a-month', selected: '2026-04-21', min: '2026-02-31' });
      expect(heading(el)).to.equal('April 2026');
      // The invalid min is ignored: every day is in range, so April 1 (in the set) is open.
      expect(cell(el, '2026-04-01').hasAttribute('aria-disabled')).to.equal(false);
    });

    it('fits 320 px screens: 7 columns of at least 36 px, day cells and buttons at least 44 px high', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 288px"><fd-date-grid month="2026-03" .available=${OPEN}></fd-date-grid></div>`);
      const el = wrapper.querySelector('fd-date-grid')!;
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect(table.getBoundingClientRect().width).to.be.at.most(288);
      for (const td of days(el)) {
        const box = td.getBoundingClientRect();
        expect(box.width).to.be.at.least(36);
        expect(box.height).to.be.at.least(44);
      }
      for (const b of navButtons(el)) {
        const box = b.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(44);
      }
      expect(el.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    });
  });

  describe('roving tabindex', () => {
    it('exactly one day is in the tab order: the selected day', async () => {
      const el = await mount({ selected: '2026-03-20' });
      expect(tabStops(el)).to.deep.equal(['2026-03-20']);
    });

    it('without a selection: the first day with times (in range) of the month', async () => {
      const el = await mount({ available: new Set(['2026-03-03', '2026-03-16', '2026-03-20']) });
      expect(tabStops(el)).to.deep.equal(['2026-03-16']);
    });

    it('with no day open: the first day in range', async () => {
      const el = await mount({ available: new Set() });
      expect(tabStops(el)).to.deep.equal(['2026-03-10']);
    });

    it('Tab enters the grid on the tab stop; the stop follows focus and returns to the selected day on leaving', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <fd-date-grid month="2026-03" min="2026-03-10" .selected=${'2026-03-12'} .available=${OPEN}></fd-date-grid>
        <button id="after">after</button>
      </div>`);
      const el = wrapper.querySelector('fd-date-grid')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // previous month
      await sendKeys({ press: 'Tab' }); // next month
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal('2026-03-12');
      await press(el, 'ArrowRight');
      expect(active(el)).to.equal('2026-03-13');
      expect(tabStops(el)).to.deep.equal(['2026-03-13']);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement!.id).to.equal('after');
      expect(tabStops(el)).to.deep.equal(['2026-03-12']);
    });
  });

  describe('keyboard', () => {
    it('arrows move a day and a week, Home/End to the week start and end (Sunday–Saturday in English)', async () => {
      const el = await mount();
      const { months } = record(el);
      el.focusDay('2026-03-18'); // Wednesday
      await el.updateComplete;
      expect(active(el)).to.equal('2026-03-18');
      const steps: Array<[string, string]> = [
        ['ArrowRight', '2026-03-19'],
        ['ArrowLeft', '2026-03-18'],
        ['ArrowDown', '2026-03-25'],
        ['ArrowUp', '2026-03-18'],
        ['ArrowUp', '2026-03-11'],
        ['Home', '2026-03-08'],
        ['End', '2026-03-14'],
      ];
      for (const [key, expected] of steps) {
        await press(el, key);
        expect(active(el), key).to.equal(expected);
        expect(tabStops(el), key).to.deep.equal([expected]);
      }
      expect(months).to.deep.equal([]);
    });

    it('Home/End follow the locale’s week: Monday–Sunday in Spanish', async () => {
      const el = await mount({ locale: 'es', strings: spanish });
      el.focusDay('2026-03-18');
      await el.updateComplete;
      await press(el, 'Home');
      expect(active(el)).to.equal('2026-03-16');
      await press(el, 'End');
      expect(active(el)).to.equal('2026-03-22');
    });

    it('arrows cross into the next and previous month, showing it and emitting fd-date-grid-month', async () => {
      const el = await mount();
      const { months } = record(el);
      el.focusDay('2026-03-31');
      await el.updateComplete;
      await press(el, 'ArrowRight');
      expect(active(el)).to.equal('2026-04-01');
      expect(heading(el)).to.equal('April 2026');
      expect(el.month).to.equal('2026-04');
      await press(el, 'ArrowLeft');
      expect(active(el)).to.equal('2026-03-31');
      expect(heading(el)).to.equal('March 2026');
      await press(el, 'ArrowDown');
      expect(active(el)).to.equal('2026-04-07');
      await press(el, 'ArrowUp');
      expect(active(el)).to.equal('2026-03-31');
      expect(months).to.deep.equal(['2026-04', '2026-03', '2026-04', '2026-03']);
    });

    it('Page Up/Down move a month (clamping Jan 31 to Feb 28), Shift+Page Up/Down a year', async () => {
      const el = await mount({ month: '2026-01', min: undefined, max: undefined });
      const { months } = record(el);
      el.focusDay('2026-01-31');
      await el.updateComplete;
      await press(el, 'PageDown');
      expect(active(el)).to.equal('2026-02-28');
      expect(heading(el)).to.equal('February 2026');
      await press(el, 'PageUp');
      expect(active(el)).to.equal('2026-01-28');
      await press(el, 'Shift+PageDown');
      expect(active(el)).to.equal('2027-01-28');
      expect(heading(el)).to.equal('January 2027');
      await press(el, 'Shift+PageUp');
      expect(active(el)).to.equal('2026-01-28');
      expect(months).to.deep.equal(['2026-02', '2026-01', '2027-01', '2026-01']);
    });

    it('in a right-to-left page, ArrowLeft moves to the next day', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><fd-date-grid month="2026-03" .available=${OPEN}></fd-date-grid></div>`);
      const el = wrapper.querySelector('fd-date-grid')!;
      await el.updateComplete;
      el.focusDay('2026-03-18');
      await el.updateComplete;
      await press(el, 'ArrowLeft');
      expect(active(el)).to.equal('2026-03-19');
      await press(el, 'ArrowRight');
      expect(active(el)).to.equal('2026-03-18');
    });

    it('Enter and Space choose a day with times (fd-date-grid-select) and mark it selected', async () => {
      const el = await mount();
      const { dates } = record(el);
      el.focusDay('2026-03-12');
      await el.updateComplete;
      await press(el, 'Enter');
      expect(dates).to.deep.equal(['2026-03-12']);
      expect(el.selected).to.equal('2026-03-12');
      expect(cell(el, '2026-03-12').getAttribute('aria-selected')).to.equal('true');
      expect(root(el).querySelectorAll('[aria-selected]')).to.have.length(1);
      await press(el, 'ArrowDown');
      await press(el, ' ');
      expect(dates).to.deep.equal(['2026-03-12']);
      // March 19 has no times; March 20 has.
      await press(el, 'ArrowRight');
      await press(el, ' ');
      expect(dates).to.deep.equal(['2026-03-12', '2026-03-20']);
      expect(el.selected).to.equal('2026-03-20');
    });

    it('Enter on a day without times, or outside min–max, chooses nothing', async () => {
      const el = await mount({ available: new Set([...OPEN, '2026-03-05', '2026-05-20']) });
      const { dates } = record(el);
      el.focusDay('2026-03-11'); // no times
      await el.updateComplete;
      await press(el, 'Enter');
      el.focusDay('2026-03-05'); // times, but before min
      await el.updateComplete;
      expect(active(el)).to.equal('2026-03-05');
      await press(el, 'Enter');
      await press(el, ' ');
      el.focusDay('2026-05-20'); // times, but after max
      await el.updateComplete;
      await press(el, 'Enter');
      expect(dates).to.deep.equal([]);
      expect(el.selected).to.equal(undefined);
    });

    it('keys stay within the months of min–max: Page Up past min goes to min, Page Down past max to max', async () => {
      const el = await mount();
      const { months } = record(el);
      el.focusDay('2026-03-18');
      await el.updateComplete;
      await press(el, 'PageUp');
      expect(active(el)).to.equal('2026-03-10');
      expect(heading(el)).to.equal('March 2026');
      await press(el, 'Shift+PageDown');
      expect(active(el)).to.equal('2026-05-09');
      expect(heading(el)).to.equal('May 2026');
      await press(el, 'ArrowDown');
      expect(active(el)).to.equal('2026-05-16'); // same month: focusable, disabled
      expect(cell(el, '2026-05-16').getAttribute('aria-disabled')).to.equal('true');
      expect(months).to.deep.equal(['2026-05']);
    });
  });

  describe('pointer and buttons', () => {
    it('a click chooses a day with times; a click on any other day does not', async () => {
      const el = await mount();
      const { dates } = record(el);
      cell(el, '2026-03-11').click();
      cell(el, '2026-03-05').click();
      cell(el, '2026-03-18').click();
      expect(dates).to.deep.equal(['2026-03-18']);
    });

    it('previous/next buttons change the month, emit fd-date-grid-month, and stop at min and max', async () => {
      const el = await mount();
      const { months } = record(el);
      const [previous, next] = navButtons(el);
      expect(previous.getAttribute('aria-label')).to.equal('Previous month');
      expect(next.getAttribute('aria-label')).to.equal('Next month');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('March 2026');
      next.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('April 2026');
      expect(tabStops(el)).to.deep.equal(['2026-04-01']);
      next.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('May 2026');
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      next.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('May 2026');
      previous.click();
      await el.updateComplete;
      expect(months).to.deep.equal(['2026-04', '2026-05', '2026-04']);
    });

    it('focusDay() focuses the tab stop; focusDay(key) in another month shows it without an event', async () => {
      const el = await mount({ selected: '2026-03-20' });
      const { months } = record(el);
      el.focusDay();
      expect(active(el)).to.equal('2026-03-20');
      el.focusDay('2026-04-21');
      expect(active(el)).to.equal('2026-04-21');
      expect(heading(el)).to.equal('April 2026');
      expect(months).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe in English with a selection', async () => {
      const el = await mount({ selected: '2026-03-12' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in Spanish at the last bookable month', async () => {
      const el = await mount({ locale: 'es', strings: spanish, month: '2026-05' });
      await expect(el).to.be.accessible();
    });
  });
});
