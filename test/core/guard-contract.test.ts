import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import type { FrontdeskError } from '../../src/core/errors.js';
import { guardPort } from '../../src/core/guard.js';
import { read } from '../../src/core/port.js';
import { ChatAvailability } from '../../src/core/schemas/chat.js';
import { FrontdeskSurvey } from '../../src/core/schemas/feedback.js';
import { NegotiatedRate } from '../../src/core/schemas/pricing.js';
import { LocationList, ProviderList, SlotList } from '../../src/core/schemas/scheduling.js';
import { WaitTimeList } from '../../src/core/schemas/wait-times.js';
import { practiceLocations } from '../../src/adapters/memory/data/practice.js';
import { providers } from '../../src/adapters/memory/data/catalog.js';
import { captureConsole } from '../support/console.js';

const fast = { policy: { baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 500, retries: 0 } };

/** What the guard makes of `data` for `schema`: the value or the error, and the console errors. */
async function guarded(schema: z.ZodMiniType, data: unknown): Promise<{ value?: unknown; error?: FrontdeskError; errors: string[] }> {
  const spec = { get: read<object>()(async () => schema) };
  const port = guardPort({ get: async () => data }, spec, 'test', fast);
  const log = captureConsole();
  try {
    return { value: await port.get({}), errors: log.errors };
  } catch (error) {
    return { error: error as FrontdeskError, errors: log.errors };
  } finally {
    log.restore();
  }
}

const slot = { id: 's', start: '2026-03-10T17:00:00Z', end: '2026-03-10T17:20:00Z', locationId: 'phoenix', providerId: 'okafor', visitTypeId: 'sick', status: 'free', telehealth: false };

describe('guard: the contract’s bounds and rules', () => {
  it('an http: photoUrl drops that field only, with one console error naming its path', async () => {
    const list = providers.map((p, i) => (i === 1 ? { ...p, photoUrl: 'http://photos.example/x.jpg' } : p));
    const { value, errors } = await guarded(ProviderList, list);
    expect((value as typeof list).length).to.equal(providers.length);
    expect((value as typeof list)[1]).not.to.have.property('photoUrl');
    expect((value as typeof list)[1]?.displayName).to.equal(providers[1]?.displayName);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('1.photoUrl');
    expect(errors[0]).not.to.contain('photos.example');
  });

  it('an http: directionsUrl drops that field only', async () => {
    const list = practiceLocations.map((l) => ({ ...l, directionsUrl: 'http://maps.example/' }));
    const { value, errors } = await guarded(LocationList, list);
    expect((value as unknown[]).length).to.equal(practiceLocations.length);
    for (const l of value as object[]) expect(l).not.to.have.property('directionsUrl');
    expect(errors.length).to.equal(practiceLocations.length);
  });

  it('a required field that breaks a rule refuses the whole answer (end not after start)', async () => {
    const { error } = await guarded(SlotList, [{ ...slot, end: slot.start }]);
    expect(error?.kind).to.equal('invalid-response');
  });

  it('an optional range with low > high is dropped, the figure kept', async () => {
    const { value } = await guarded(WaitTimeList, [{ locationId: 'phoenix', status: 'open', minutes: 10, range: { low: 20, high: 5 }, updatedAt: '2026-03-10T17:00:00Z' }]);
    expect((value as object[])[0]).to.deep.equal({ locationId: 'phoenix', status: 'open', minutes: 10, updatedAt: '2026-03-10T17:00:00Z' });
  });

  it('chat hours with repeated days or closing before opening are left out (hours are optional)', async () => {
    const base = { status: 'offline', timeZone: 'America/Phoenix' };
    for (const hours of [
      [{ daysOfWeek: ['mon', 'wed', 'thu', 'thu', 'fri'], opens: '08:00', closes: '17:00' }],
      [{ daysOfWeek: ['wed', 'mon'], opens: '08:00', closes: '17:00' }],
      [{ daysOfWeek: ['mon'], opens: '18:06', closes: '13:12' }],
    ]) {
      const { value } = await guarded(ChatAvailability, { ...base, hours });
      expect(value).to.deep.equal(base);
    }
    const good = [{ daysOfWeek: ['mon', 'tue'], opens: '08:00', closes: '17:00' }];
    expect((await guarded(ChatAvailability, { ...base, hours: good })).value).to.deep.equal({ ...base, hours: good });
  });

  it('refuses what the document refuses: fractional minutes, unknown zones, 30 February, local times, 11 stars are left out', async () => {
    const wait = { locationId: 'a', status: 'open', updatedAt: '2026-03-10T17:00:00Z' };
    expect((await guarded(WaitTimeList, [{ ...wait, updatedAt: '2026-02-30T10:00:00Z' }])).error?.kind).to.equal('invalid-response');
    expect((await guarded(WaitTimeList, [{ ...wait, updatedAt: '2026-03-10T10:00:00' }])).error?.kind).to.equal('invalid-response');
    expect((await guarded(WaitTimeList, [{ ...wait, minutes: 2.5 }])).value).to.deep.equal([wait]);
    expect((await guarded(ChatAvailability, { status: 'online', timeZone: 'Mars/Olympus' })).error?.kind).to.equal('invalid-response');
    const survey = (max: number) => ({ format: 'frontdesk', id: 's', title: 'T', pages: [{ questions: [{ id: 'q', type: 'stars', label: 'Rate', max }] }] });
    expect((await guarded(FrontdeskSurvey, survey(10))).value).to.be.ok;
    // `max` is optional: a star count over 10 is left out (the question shows the default 5 stars).
    for (const max of [11, 1e6]) {
      const { value, errors } = await guarded(FrontdeskSurvey, survey(max));
      expect((value as ReturnType<typeof survey>).pages[0]?.questions[0]).not.to.have.property('max');
      if (max === 11) expect(errors.join()).to.contain('pages.0.questions.0.max'); // reported once per path
    }
  });

  it('negotiated rates: one of dollar/percentage/algorithm, and ordered percentiles', async () => {
    const rate = { planId: 'p', methodology: 'fee schedule', dollar: 100 };
    expect((await guarded(NegotiatedRate, rate)).value).to.deep.equal(rate);
    expect((await guarded(NegotiatedRate, { planId: 'p', methodology: 'other' })).error?.kind).to.equal('invalid-response');
    const { value } = await guarded(NegotiatedRate, { ...rate, p10: 50, medianAmount: 40 });
    expect(value).to.deep.equal({ ...rate, p10: 50 });
  });
});
