import type { FrontdeskAdapter, PortName } from '../core/adapter.js';
import type { FrontdeskErrorKind } from '../core/errors.js';
import type { PortSpec } from '../core/port.js';
import { chatPort } from '../core/ports/chat.js';
import { feedbackPort } from '../core/ports/feedback.js';
import { pricingPort } from '../core/ports/pricing.js';
import { schedulingPort } from '../core/ports/scheduling.js';
import { waitTimesPort } from '../core/ports/wait-times.js';

/** Ids the suite would otherwise read from the adapter's own data (for port-only adapters). */
export interface ContractIds {
  /** Location ids for `waitTimes` (default: from `scheduling.listLocations`). */
  locationIds?: readonly string[];
}

export type AnyCall = (input: Record<string, unknown>, ...rest: unknown[]) => unknown;

type Input = (adapter: FrontdeskAdapter, now: number, ids: ContractIds) => Promise<Record<string, unknown>>;

/** An input the adapter must refuse, with the kind it must refuse it with (and why, when a method has several). */
export interface Refusal {
  input: Input;
  kind: FrontdeskErrorKind;
  why?: string;
}

/** How to call one method in a contract test: an input made from the adapter's own data. */
export interface MethodCase {
  input: Input;
  refused?: Refusal | readonly Refusal[];
}

/** The location ids given in the options, else the adapter's own (an empty list is never tested with). */
async function locationIds(adapter: FrontdeskAdapter, ids: ContractIds): Promise<string[]> {
  if (ids.locationIds) return [...ids.locationIds];
  const list = adapter.scheduling?.listLocations;
  if (!list) throw new Error('Adapter contract: waitTimes needs location ids and the adapter has no scheduling.listLocations: pass them as options.ids.locationIds.');
  const found = (await list({})).map((l) => l.id);
  if (!found.length) throw new Error('Adapter contract: scheduling.listLocations listed no location to test waitTimes with.');
  return found;
}

const key = () => ({ idempotencyKey: crypto.randomUUID() });
/** Thrown when a case needs a method the adapter does not have: the case is skipped, not failed. */
export class ContractSkip extends Error {
  constructor(readonly method: string) {
    super(`${method} is not implemented`);
  }
}
const missing = (method: string): never => {
  throw new ContractSkip(method);
};
const scheduling = (adapter: FrontdeskAdapter) => adapter.scheduling ?? missing('the scheduling port');

/** A free slot of the first visit type within the next two weeks. */
async function aFreeSlot(adapter: FrontdeskAdapter, now: number, skip = 0) {
  const s = scheduling(adapter);
  const visitTypes = await (s.listVisitTypes ?? missing('scheduling.listVisitTypes'))({});
  for (const visitType of visitTypes) {
    const from = new Date(now);
    const to = new Date(now + 14 * 86_400_000);
    const slots = await (s.findSlots ?? missing('scheduling.findSlots'))({ from: from.toISOString(), to: to.toISOString(), visitTypeId: visitType.id });
    const slot = slots.filter((x) => x.status === 'free')[skip];
    if (slot) return slot;
  }
  throw new Error('Adapter contract: no free slot in the next two weeks to test with.');
}

async function aHold(adapter: FrontdeskAdapter, now: number, skip = 0) {
  const slot = await aFreeSlot(adapter, now, skip);
  return (scheduling(adapter).holdSlot ?? missing('scheduling.holdSlot'))({ slotId: slot.id, ...key() });
}

/** Example details for contract bookings (fictional). */
export const contractPatient = { givenName: 'Test', familyName: 'Patient', birthDate: '1980-04-02', phone: '(555) 010-0000', email: 'test@example.org' };

async function anAppointment(adapter: FrontdeskAdapter, now: number) {
  const hold = await aHold(adapter, now);
  return (scheduling(adapter).book ?? missing('scheduling.book'))({ holdId: hold.holdId, patient: contractPatient, reminders: { sms: false, email: true }, ...key() });
}

/**
 * Reschedule and cancel without proof of the look-up: no token, a made-up one, and the valid
 * token of another appointment are each refused as `unauthorized` (401, 403 over REST).
 */
function withoutProof(rest: Input): Refusal[] {
  const refusal = (why: string, token: (a: FrontdeskAdapter, now: number) => Promise<string>): Refusal => ({
    why,
    kind: 'unauthorized',
    input: async (a, now, ids) => ({ ...(await rest(a, now, ids)), appointmentId: (await anAppointment(a, now)).id, manageToken: await token(a, now) }),
  });
  return [
    refusal('without a manage token', async () => ''),
    refusal('with a made-up manage token', async () => 'A'.repeat(43)),
    refusal('with the manage token of another appointment', async (a, now) => (await anAppointment(a, now)).manageToken.token),
  ];
}

const pricing = (adapter: FrontdeskAdapter) => adapter.pricing ?? missing('the pricing port');

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

const feedback = (adapter: FrontdeskAdapter) => adapter.feedback ?? missing('the feedback port');

/** The id of the survey the adapter gives for the `post-visit` touchpoint. */
async function aSurveyId(adapter: FrontdeskAdapter): Promise<string> {
  const survey = await feedback(adapter).getSurvey({ touchpoint: 'post-visit' });
  const { id } = survey;
  if (!id) throw new Error('Adapter contract: the post-visit survey has no id.');
  return id;
}

const chat = (adapter: FrontdeskAdapter) => adapter.chat ?? missing('the chat port');

/** A conversation with one patient message in it, and the cursor from before that message. */
async function aConversation(adapter: FrontdeskAdapter) {
  const c = chat(adapter);
  const { conversationId, cursor } = await c.startConversation({ prechat: { topic: 'Contract test' }, ...key() });
  const message = await c.send({ conversationId, clientMessageId: crypto.randomUUID(), text: 'Hello from the contract test', ...key() });
  return { conversationId, after: cursor, message };
}

/**
 * The contract, port by port. Every method in a port's spec needs a case here: a new
 * method without one stops the suite at registration, so the contract grows with the ports.
 */
export const contractPorts: { [P in PortName]?: { spec: PortSpec; cases: Record<string, MethodCase> } } = {
  scheduling: {
    spec: schedulingPort,
    cases: {
      listLocations: { input: async () => ({}) },
      listVisitTypes: { input: async () => ({}) },
      listProviders: { input: async () => ({}) },
      findSlots: {
        input: async (a, now) => {
          const [visitType] = await (scheduling(a).listVisitTypes ?? missing('scheduling.listVisitTypes'))({});
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
          return { appointmentId: appointment.id, holdId: (await aHold(a, now, 1)).holdId, manageToken: appointment.manageToken.token };
        },
        refused: withoutProof(async (a, now) => ({ holdId: (await aHold(a, now, 1)).holdId })),
      },
      cancel: {
        input: async (a, now) => {
          const appointment = await anAppointment(a, now);
          return { appointmentId: appointment.id, manageToken: appointment.manageToken.token };
        },
        refused: withoutProof(async () => ({})),
      },
    },
  },
  waitTimes: {
    spec: waitTimesPort,
    cases: {
      getWaitTimes: {
        input: async (a, _now, ids) => ({ locationIds: await locationIds(a, ids) }),
        refused: { input: async () => ({ locationIds: ['no-such-location'] }), kind: 'not-found' },
      },
      subscribe: { input: async (a, _now, ids) => ({ locationIds: await locationIds(a, ids) }) },
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
      // LOINC's PHQ frequency answer list, which a practice's terminology service expands.
      expandValueSet: {
        input: async () => ({ url: 'http://loinc.org/vs/LL358-3' }),
        refused: { input: async () => ({ url: 'https://terminology.invalid/ValueSet/none' }), kind: 'not-found' },
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
