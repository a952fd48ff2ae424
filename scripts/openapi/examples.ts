// Example requests and answers for the document, taken from the memory adapter's data (the
// reference implementation): the same practice, visit types, clinicians, prices and surveys.
import { practiceLocations } from '../../src/adapters/memory/data/practice.js';
import { providers, visitTypes } from '../../src/adapters/memory/data/catalog.js';
import { pricingCategories, pricingPayers, pricingSource, priceItems, ratesFor, toService } from '../../src/adapters/memory/data/pricing.js';
import { surveyCatalog } from '../../src/adapters/memory/feedback-data.js';
import { staffRequestExamples } from './staff.js';

const item = priceItems[0];
if (!item) throw new Error('The memory price catalogue is empty.');
const service = toService(item);
const slot = {
  id: 'okafor.phoenix.sick.29554680',
  start: '2026-03-10T17:00:00.000Z',
  end: '2026-03-10T17:20:00.000Z',
  locationId: 'phoenix',
  providerId: 'okafor',
  visitTypeId: 'sick',
  status: 'free',
  telehealth: false,
};
const appointment = {
  id: 'apt_Q2xK4mT8rV1nB6yH3cZ0wA',
  confirmationCode: 'K7QM-42',
  start: slot.start,
  end: slot.end,
  locationId: slot.locationId,
  providerId: slot.providerId,
  visitTypeId: slot.visitTypeId,
  status: 'booked',
  telehealth: false,
};
const waitTime = { locationId: 'phoenix', status: 'open', minutes: 14, range: { low: 9, high: 19 }, peopleWaiting: 2, updatedAt: '2026-03-10T16:59:00.000Z' };
const cursor = 'c-0';

/** An answer example per response schema name, and request examples per operation. */
export const responseExamples: Record<string, unknown> = {
  Location: practiceLocations.slice(0, 2),
  VisitType: visitTypes.slice(0, 2),
  Provider: providers.slice(0, 2),
  Slot: [slot],
  Hold: { holdId: 'hold_kq3M2b7XzR', slotId: slot.id, expiresAt: '2026-03-10T16:40:00.000Z' },
  HoldRelease: { holdId: 'hold_kq3M2b7XzR', released: true },
  Appointment: appointment,
  CancelledAppointment: { ...appointment, status: 'cancelled' },
  ManagedAppointment: { ...appointment, manageToken: { token: 'q6G1rS0xYt3mVb8Zk2NwPj5Ld7Hc9Fa4Ue0Ri1Oy6Tn', expiresAt: '2026-03-10T17:30:00.000Z' } },
  FhirValueSet: {
    resourceType: 'ValueSet',
    url: 'http://hl7.org/fhir/ValueSet/administrative-gender',
    status: 'active',
    expansion: { contains: [{ system: 'http://hl7.org/fhir/administrative-gender', code: 'female', display: 'Female' }, { system: 'http://hl7.org/fhir/administrative-gender', code: 'male', display: 'Male' }] },
  },
  WaitTime: [waitTime],
  Service: [service],
  Category: pricingCategories.slice(0, 3),
  Payer: pricingPayers,
  Charges: { service, grossCharge: item.gross, discountedCash: item.cash, rates: ratesFor(item, 'platform-ppo'), source: pricingSource },
  ChatAvailability: {
    status: 'offline',
    nextOpening: '2026-03-11T15:00:00.000Z',
    timeZone: 'America/Phoenix',
    hours: [{ daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }],
    phone: '(602) 555-0142',
  },
  ChatConversation: { conversationId: 'conv-1', cursor },
  ChatMessage: { id: 'm-1', conversationId: 'conv-1', author: 'patient', text: 'Do you take walk-ins today?', sentAt: '2026-03-10T17:01:00.000Z', clientMessageId: 'b0c1e1d2-7a51-4a53-9a38-3d3b8f8e2f10', cursor: 'c-1' },
  ChatHistory: {
    events: [{ type: 'agent-joined', agentName: 'Maria (front desk)', cursor: 'c-2' }],
    cursor: 'c-2',
  },
  ChatAck: { conversationId: 'conv-1', ok: true },
  ChatLeftMessage: { reference: 'cb-1' },
  SurveyDefinition: surveyCatalog.en['post-visit'],
  FeedbackReceipt: { responseId: 'r-1', receivedAt: '2026-03-10T18:00:00.000Z' },
  PartialReceipt: { responseId: 'r-1', savedAt: '2026-03-10T17:58:00.000Z' },
  StaffSession: { csrfToken: 'Xf3kP9qL2mZ7vB1nR8tY4wC6hJ0dG5sA2eU7iO9pK3l' },
  StaffSignedOut: { signedOut: true },
  StaffWaitSaved: { locationId: 'phoenix', saved: true },
  StaffAppointment: [{ ...appointment, patient: { givenName: 'Ana', familyName: 'Example', birthDate: '1985-04-12', phone: '(602) 555-0100', email: 'ana@example.org' }, reason: 'Sore throat', attendance: null }],
};

export const requestExamples: Record<string, unknown> = {
  holdSlot: { slotId: slot.id },
  book: {
    holdId: 'hold_kq3M2b7XzR',
    patient: { givenName: 'Ana', familyName: 'Example', birthDate: '1985-04-12', phone: '(602) 555-0100', email: 'ana@example.org' },
    reason: 'Sore throat',
    reminders: { sms: true, email: false },
  },
  findAppointment: { confirmationCode: 'K7QM-42', birthDate: '1985-04-12' },
  reschedule: { holdId: 'hold_Zt6pW1cN8s' },
  cancel: { reason: 'Feeling better' },
  searchServices: { query: 'office visit', setting: 'outpatient', limit: 10 },
  startConversation: { prechat: { topic: 'Appointments' } },
  sendMessage: { clientMessageId: 'b0c1e1d2-7a51-4a53-9a38-3d3b8f8e2f10', text: 'Do you take walk-ins today?' },
  markRead: { cursor: 'c-2' },
  leaveMessage: { contact: { name: 'Ana Example', phone: '(602) 555-0100' }, topic: 'Billing', text: 'Please call me about my last bill.' },
  submitSurvey: { surveyId: 'post-visit', touchpoint: 'post-visit', answers: [{ questionId: 'nps', values: [9] }], context: { locationId: 'phoenix' } },
  saveDraft: { surveyId: 'post-visit', answers: [{ questionId: 'nps', values: [9] }] },
  ...staffRequestExamples,
};
