import type * as z from 'zod/mini';
import type { FrontdeskAdapter, PortName } from '../core/adapter.js';
import { isAbortError, isFrontdeskError, type FrontdeskErrorKind } from '../core/errors.js';
import type { PortSpec } from '../core/port.js';
import { chatPort } from '../core/ports/chat.js';
import { feedbackPort } from '../core/ports/feedback.js';
import { pricingPort } from '../core/ports/pricing.js';
import { schedulingPort } from '../core/ports/scheduling.js';
import { waitTimesPort } from '../core/ports/wait-times.js';

type Suite = (name: string, body: () => void) => void;
type Case = (name: string, body: () => Promise<void>) => void;

export interface ContractTestOptions {
  /** Defaults to the global `describe` (mocha, jest, vitest, web-test-runner). */
  describe?: Suite;
  /** Defaults to the global `it`. */
  it?: Case;
  /** Ports the adapter must implement; others are tested only if present. */
  ports?: readonly PortName[];
  /** How long a push subscription may take to deliver its first event. Default 5000 ms. */
  pushTimeoutMs?: number;
  /** The adapter's clock (for adapters on a fixed or simulated clock). Default `Date.now`. */
  now?: () => number;
}

type AnyCall = (input: Record<string, unknown>, ...rest: unknown[]) => unknown;

/** How to call one method in a contract test: an input made from the adapter's own data. */
interface MethodCase {
  input: (adapter: FrontdeskAdapter, now: number) => Promise<Record<string, unknown>>;
  /** An input the adapter must refuse, with the kind it must refuse it with. */
  refused?: { input: (adapter: FrontdeskAdapter, now: number) => Promise<Record<string, unknown>>; kind: FrontdeskErrorKind };
}

const locationIds = async (adapter: FrontdeskAdapter): Promise<string[]> =>
  ((await adapter.scheduling?.listLocations({})) ?? []).map((l) => l.id);

const key = () => ({ idempotencyKey: crypto.randomUUID() });
const missing = (method: string): never => {
  throw new Error(`Adapter contract: the case needs scheduling.${method}`);
};
const scheduling = (adapter: FrontdeskAdapter) => adapter.scheduling ?? missing('(port)');

/** A free slot of the first visit type within the next two weeks. */
async function aFreeSlot(adapter: FrontdeskAdapter, now: number, skip = 0) {
  const s = scheduling(adapter);
  const visitTypes = await (s.listVisitTypes ?? missing('listVisitTypes'))({});
  for (const visitType of visitTypes) {
    const from = new Date(now);
    const to = new Date(now + 14 * 86_400_000);
    const slots = await (s.findSlots ?? missing('findSlots'))({ from: from.toISOString(), to: to.toISOString(), visitTypeId: visitType.id });
    const slot = slots.filter((x) => x.status === 'free')[skip];
    if (slot) return slot;
  }
  throw new Error('Adapter contract: no free slot in the next two weeks to test with.');
}

async function aHold(adapter: FrontdeskAdapter, now: number, skip = 0) {
  const slot = await aFreeSlot(adapter, now, skip);
  return (scheduling(adapter).holdSlot ?? missing('holdSlot'))({ slotId: slot.id, ...key() });
}

/** Example details for contract bookings (fictional). */
export const contractPatient = { givenName: 'Test', familyName: 'Patient', birthDate: '1980-04-02', phone: '(555) 010-0000', email: 'test@example.org' };

async function anAppointment(adapter: FrontdeskAdapter, now: number) {
  const hold = await aHold(adapter, now);
  return (scheduling(adapter).book ?? missing('book'))({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: true }, ...key() });
}

const pricing = (adapter: FrontdeskAdapter) => adapter.pricing ?? missing('(pricing port)');

/** The first service the adapter lists (an empty query lists services). */
async function aService(adapter: FrontdeskAdapter) {
  const [service] = await pricing(adapter).searchServices({ query: '', limit: 1 });
  if (!service) throw new Error('Adapter contract: searchServices with an empty query listed no service to test with.');
  return service;
}

async function aPlanId(adapter: FrontdeskAdapter) {
  const plan = (await pricing(adapter).listPlans({})).flatMap((p) => p.plans)[0];
  if (!plan) throw new Error('Adapter contract: listPlans gave no plan to test with.');
  return plan.id;
}

const feedback = (adapter: FrontdeskAdapter) => adapter.feedback ?? missing('(feedback port)');

/** The id of the survey the adapter gives for the `post-visit` touchpoint. */
async function aSurveyId(adapter: FrontdeskAdapter): Promise<string> {
  const survey = await feedback(adapter).getSurvey({ touchpoint: 'post-visit' });
  const { id } = survey;
  if (!id) throw new Error('Adapter contract: the post-visit survey has no id.');
  return id;
}

const chat = (adapter: FrontdeskAdapter) => adapter.chat ?? missing('(chat port)');

/** A conversation with one patient message in it, and the cursor from before that message. */
async function aConversation(adapter: FrontdeskAdapter) {
  const c = chat(adapter);
  const { conversationId, cursor } = await c.startConversation({ prechat: { topic: 'Contract test' }, ...key() });
  const message = await c.send({ conversationId, clientMessageId: crypto.randomUUID(), text: 'Hello from the contract test', ...key() });
  return { conversationId, after: cursor, message };
}

/**
 * The contract, port by port. Every method in a port's spec needs a case here: a new
 * method without one fails the suite, so the contract grows with the ports.
 */
const ports: { [P in PortName]?: { spec: PortSpec; cases: Record<string, MethodCase> } } = {
  scheduling: {
    spec: schedulingPort,
    cases: {
      listLocations: { input: async () => ({}) },
      listVisitTypes: { input: async () => ({}) },
      listProviders: { input: async () => ({}) },
      findSlots: {
        input: async (a, now) => {
          const [visitType] = await (scheduling(a).listVisitTypes ?? missing('listVisitTypes'))({});
          return { from: new Date(now).toISOString(), to: new Date(now + 14 * 86_400_000).toISOString(), visitTypeId: visitType?.id ?? 'none' };
        },
        refused: {
          input: async (_a, now) => ({ from: new Date(now).toISOString(), to: new Date(now + 86_400_000).toISOString(), visitTypeId: 'no-such-visit-type' }),
          kind: 'not-found',
        },
      },
      holdSlot: {
        input: async (a, now) => ({ slotId: (await aFreeSlot(a, now)).id }),
        refused: { input: async () => ({ slotId: 'no-such-slot' }), kind: 'not-found' },
      },
      releaseHold: { input: async (a, now) => ({ holdId: (await aHold(a, now)).holdId }) },
      book: {
        input: async (a, now) => ({ holdId: (await aHold(a, now)).holdId, patient: contractPatient, reminders: { sms: true, email: false } }),
        refused: { input: async () => ({ holdId: 'no-such-hold', patient: contractPatient, reminders: { sms: false, email: false } }), kind: 'conflict' },
      },
      findAppointment: {
        input: async (a, now) => ({ confirmationCode: (await anAppointment(a, now)).confirmationCode, birthDate: contractPatient.birthDate }),
        refused: {
          input: async (a, now) => ({ confirmationCode: (await anAppointment(a, now)).confirmationCode, birthDate: '1999-12-31' }),
          kind: 'not-found',
        },
      },
      reschedule: {
        input: async (a, now) => {
          const appointment = await anAppointment(a, now);
          return { appointmentId: appointment.id, holdId: (await aHold(a, now, 1)).holdId };
        },
      },
      cancel: {
        input: async (a, now) => ({ appointmentId: (await anAppointment(a, now)).id }),
        refused: { input: async () => ({ appointmentId: 'no-such-appointment' }), kind: 'not-found' },
      },
    },
  },
  waitTimes: {
    spec: waitTimesPort,
    cases: {
      getWaitTimes: {
        input: async (a) => ({ locationIds: await locationIds(a) }),
        refused: { input: async () => ({ locationIds: ['no-such-location'] }), kind: 'not-found' },
      },
      subscribe: { input: async (a) => ({ locationIds: await locationIds(a) }) },
    },
  },
  feedback: {
    spec: feedbackPort,
    cases: {
      getSurvey: {
        input: async () => ({ touchpoint: 'post-visit' }),
        refused: { input: async () => ({ surveyId: 'no-such-survey' }), kind: 'not-found' },
      },
      savePartial: { input: async (a) => ({ responseId: crypto.randomUUID(), surveyId: await aSurveyId(a), answers: [] }) },
      submit: {
        input: async (a) => ({ surveyId: await aSurveyId(a), touchpoint: 'post-visit', answers: [] }),
        refused: { input: async () => ({ surveyId: 'no-such-survey', answers: [] }), kind: 'not-found' },
      },
    },
  },
  chat: {
    spec: chatPort,
    cases: {
      getAvailability: { input: async () => ({}) },
      startConversation: { input: async () => ({ prechat: { name: contractPatient.givenName, topic: 'Contract test' } }) },
      send: {
        input: async (a) => ({ conversationId: (await aConversation(a)).conversationId, clientMessageId: crypto.randomUUID(), text: 'Is the clinic open?' }),
        refused: { input: async () => ({ conversationId: 'no-such-conversation', clientMessageId: crypto.randomUUID(), text: 'Hi' }), kind: 'not-found' },
      },
      subscribe: { input: async (a) => { const { conversationId, after } = await aConversation(a); return { conversationId, after }; } },
      history: {
        input: async (a) => { const { conversationId, after } = await aConversation(a); return { conversationId, after }; },
        refused: { input: async () => ({ conversationId: 'no-such-conversation' }), kind: 'not-found' },
      },
      markRead: { input: async (a) => { const { conversationId, message } = await aConversation(a); return { conversationId, cursor: message.cursor }; } },
      end: {
        input: async (a) => ({ conversationId: (await aConversation(a)).conversationId }),
        refused: { input: async () => ({ conversationId: 'no-such-conversation' }), kind: 'not-found' },
      },
      leaveMessage: { input: async () => ({ contact: { name: 'Test Patient', phone: contractPatient.phone }, topic: 'Contract test', text: 'Please call me back.' }) },
    },
  },
  pricing: {
    spec: pricingPort,
    cases: {
      searchServices: {
        input: async () => ({ query: '', limit: 5 }),
        refused: { input: async () => ({ query: '', limit: 0 }), kind: 'invalid-input' },
      },
      listCategories: { input: async () => ({}) },
      listPlans: { input: async () => ({}) },
      getCharges: {
        input: async (a) => ({ serviceId: (await aService(a)).id, planId: await aPlanId(a) }),
        refused: { input: async () => ({ serviceId: 'no-such-service' }), kind: 'not-found' },
      },
    },
  },
};

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Adapter contract: ${message}`);
}

function mustParse(schema: z.ZodMiniType, value: unknown, where: string): void {
  const result = schema.safeParse(value);
  check(result.success, `${where} returned data that does not match its schema: ${result.error?.issues.map((i) => `${i.path.join('.')} [${i.code}]`).join(', ')}`);
}

async function rejection(promise: unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Adapter contract: the call resolved but should have rejected.');
}

const stable = (value: unknown): string => JSON.stringify(value);

/**
 * A reusable test suite any adapter (ours or yours) can run to prove it honours the
 * Frontdesk adapter contract: every response matches its schema, aborts are honoured,
 * writes are idempotent on their key, and failures are typed `FrontdeskError`s.
 *
 * ```ts
 * import { runAdapterContractTests } from 'frontdesk-widgets';
 * runAdapterContractTests('my adapter', () => createMyAdapter({ baseUrl }));
 * ```
 */
export function runAdapterContractTests(
  name: string,
  factory: () => FrontdeskAdapter | Promise<FrontdeskAdapter>,
  options: ContractTestOptions = {},
): void {
  const g = globalThis as { describe?: Suite; it?: Case };
  const describe = options.describe ?? g.describe;
  const it = options.it ?? g.it;
  if (!describe || !it) throw new Error('runAdapterContractTests needs describe/it (pass them in the options).');
  const pushTimeoutMs = options.pushTimeoutMs ?? 5000;
  const now = options.now ?? Date.now;

  describe(`Frontdesk adapter contract: ${name}`, () => {
    for (const [portName, entry] of Object.entries(ports) as Array<[PortName, NonNullable<(typeof ports)[PortName]>]>) {
      const required = options.ports?.includes(portName) ?? false;
      const port = async () => {
        const adapter = await factory();
        const methods = adapter[portName] as Record<string, AnyCall> | undefined;
        return { adapter, methods };
      };

      describe(portName, () => {
        if (required) {
          it('is implemented', async () => check((await port()).methods, `the adapter has no "${portName}" port`));
        }
        for (const [method, spec] of Object.entries(entry.spec)) {
          const where = `${portName}.${method}`;
          const testCase = entry.cases[method];
          it(`${method}: has a contract case`, async () => check(testCase, `no contract case for ${where}`));
          if (!testCase) continue;
          const setup = async () => {
            const { adapter, methods } = await port();
            const fn = methods?.[method];
            if (!fn) return undefined;
            return { adapter, call: fn.bind(methods), input: await testCase.input(adapter, now()) };
          };

          if (spec.kind === 'push') {
            it(`${method}: delivers events matching the schema and stops on abort`, async () => {
              const s = await setup();
              if (!s) return;
              const controller = new AbortController();
              const events: unknown[] = [];
              await new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`Adapter contract: ${where} sent nothing within ${pushTimeoutMs} ms`)), pushTimeoutMs);
                s.call(s.input, (event: unknown) => {
                  events.push(event);
                  clearTimeout(timer);
                  resolve();
                }, { signal: controller.signal, onError: (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))) });
              });
              controller.abort();
              const seen = events.length;
              await new Promise((r) => setTimeout(r, 50));
              check(events.length === seen, `${where} delivered events after abort`);
              const schema = await spec.schema();
              for (const event of events) mustParse(schema, event, where);
            });
            continue;
          }

          it(`${method}: answers with data matching its schema`, async () => {
            const s = await setup();
            if (!s) return;
            const key = spec.kind === 'write' ? { idempotencyKey: crypto.randomUUID() } : {};
            mustParse(await spec.schema(), await s.call({ ...s.input, ...key }), where);
          });

          it(`${method}: rejects with an AbortError when the signal is already aborted`, async () => {
            const s = await setup();
            if (!s) return;
            const controller = new AbortController();
            controller.abort();
            const error = await rejection(s.call({ ...s.input, idempotencyKey: crypto.randomUUID(), signal: controller.signal }));
            check(isAbortError(error), `${where} did not reject with an AbortError`);
          });

          it(`${method}: rejects promptly when aborted in flight`, async () => {
            const s = await setup();
            if (!s) return;
            const controller = new AbortController();
            const started = performance.now();
            const pending = s.call({ ...s.input, idempotencyKey: crypto.randomUUID(), signal: controller.signal });
            controller.abort();
            const error = await rejection(pending);
            check(isAbortError(error), `${where} did not reject with an AbortError after abort`);
            check(performance.now() - started < 1000, `${where} took more than 1 s to honour abort`);
          });

          if (spec.kind === 'write') {
            it(`${method}: is idempotent on its idempotencyKey`, async () => {
              const s = await setup();
              if (!s) return;
              const idempotencyKey = crypto.randomUUID();
              const first = await s.call({ ...s.input, idempotencyKey });
              const again = await s.call({ ...s.input, idempotencyKey });
              check(stable(first) === stable(again), `${where} answered a repeated key with a different result`);
            });
          }

          const refused = testCase.refused;
          if (refused) {
            it(`${method}: refuses bad input with a typed "${refused.kind}" error`, async () => {
              const s = await setup();
              if (!s) return;
              const error = await rejection(s.call({ ...(await refused.input(s.adapter, now())), idempotencyKey: crypto.randomUUID() }));
              check(isFrontdeskError(error), `${where} rejected with something other than a FrontdeskError`);
              check(error.kind === refused.kind, `${where} rejected with "${error.kind}" instead of "${refused.kind}"`);
            });
          }
        }
      });
    }
  });
}
