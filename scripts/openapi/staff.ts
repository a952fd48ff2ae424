// frontdesk-server's own staff endpoints in the document (widgets never call them; another
// backend need not have them): sign-in, waits, appointments and attendance, the chat inbox,
// feedback figures and responses, the follow-up queue and the price index status — from the
// zod schemas the routes parse and answer with (server/src/http/staff-schemas.ts).
import * as z from 'zod/mini';
import { ChatEvent } from '../../src/core/schemas/chat.js';
import {
  SESSION_COOKIE,
  STAFF_APPOINTMENTS_MAX,
  STAFF_CONVERSATIONS_MAX,
  STAFF_LIST_MAX,
  StaffAppointment,
  StaffAttendanceSaved,
  StaffAttendanceUpdate,
  StaffCancelled,
  StaffChatDone,
  StaffChatHistory,
  StaffChatReply,
  StaffConversation,
  StaffFeedbackFigures,
  StaffFeedbackResponse,
  StaffLogin,
  StaffPriceImport,
  StaffPriceImportList,
  StaffSession,
  StaffSignedOut,
  StaffTask,
  StaffTaskSaved,
  StaffTaskUpdate,
  StaffTyping,
  StaffWaitSaved,
  StaffWaitUpdate,
  feedbackGroupings,
  staffPaths,
  taskStatuses,
} from '../../server/src/http/staff-schemas.js';

export const staffComponents = {
  StaffLogin,
  StaffSession,
  StaffSignedOut,
  StaffWaitUpdate,
  StaffWaitSaved,
  StaffAppointment,
  StaffAttendanceUpdate,
  StaffAttendanceSaved,
  StaffCancelled,
  StaffConversation,
  StaffChatReply,
  StaffTyping,
  StaffChatDone,
  StaffChatHistory,
  StaffFeedbackFigures,
  StaffFeedbackResponse,
  StaffTask,
  StaffTaskUpdate,
  StaffTaskSaved,
  StaffPriceImport,
};

const appointmentId = 'apt_Q2xK4mT8rV1nB6yH3cZ0wA';
const conversationId = 'conv_4kP2mX9qL7vB1nR8tY';
const at = '2026-03-10T17:05:00.000Z';
const answers = [{ questionId: 'nps', values: [3] }, { questionId: 'comment', values: ['Waited an hour.'] }];

/** Answer examples (each checked against its schema when the document is built). */
export const staffResponseExamples = {
  StaffAttendanceSaved: { appointmentId, attendance: 'arrived' },
  StaffCancelled: { appointmentId, status: 'cancelled' },
  StaffConversation: [{ conversationId, status: 'open', prechat: { name: 'Ana', topic: 'Appointments' }, lastText: 'Do you take walk-ins today?', lastAuthor: 'patient', unread: 1, patientRead: '0', updatedAt: at }],
  StaffChatHistory: { events: [{ type: 'agent-joined', agentName: 'Maria (front desk)', cursor: '2' }], cursor: '2', patientRead: '1' },
  StaffChatMessage: { type: 'message', message: { id: 'msg_3', conversationId, author: 'agent', authorName: 'Maria (front desk)', text: 'Yes, until 4 pm.', sentAt: at, clientMessageId: 'b0c1e1d2-7a51-4a53-9a38-3d3b8f8e2f11', cursor: '3' }, cursor: '3' },
  StaffChatDone: { conversationId, ok: true },
  StaffFeedbackFigures: [{ key: 'phoenix', responses: 12, nps: 25, npsResponses: 12, csat: 4.2, ces: null }],
  StaffFeedbackResponse: [{ id: 'resp_9Qw2', surveyId: 'post-visit', touchpoint: 'post-visit', answers, locationId: 'phoenix', providerId: 'okafor', contactRequested: true, nps: 3, receivedAt: at }],
  StaffTask: [{ id: 'task_7Hn3', kind: 'follow-up', status: 'open', owner: null, topic: null, body: null, contact: null, responseId: 'resp_9Qw2', nps: 3, answers, locationId: 'phoenix', createdAt: at, updatedAt: at }],
  StaffTaskSaved: { id: 'task_7Hn3', status: 'contacted', owner: 'Maria' },
  StaffPriceImport: [
    {
      id: 4,
      importedAt: at,
      live: true,
      inputs: ['desert-sage-standard-charges.csv'],
      sources: [{ fileName: 'desert-sage-standard-charges.csv', lastUpdatedOn: '2026-01-01', version: '3.0.0', hospitalName: 'Desert Sage Family Medicine', fileFormat: 'csv-tall' }],
      summary: { services: 120, rates: 840, plans: 6, payers: 3, errors: 0, warnings: 2 },
      problems: [{ where: 'row 57', message: 'No plain-language name; the description is shown.', severity: 'warning' }],
    },
  ],
};
export const staffRequestExamples = {
  staffSignIn: { email: 'desk@example-clinic.org', password: 'correct horse battery staple' },
  setWaitTime: { status: 'open', minutes: 25, range: { low: 20, high: 35 }, peopleWaiting: 4 },
  setAttendance: { attendance: 'arrived' },
  replyToConversation: { clientMessageId: 'b0c1e1d2-7a51-4a53-9a38-3d3b8f8e2f11', text: 'Yes, until 4 pm.' },
  setStaffTyping: { typing: true },
  updateTask: { owner: 'me', status: 'contacted' },
};

// A wrong example is our bug: fail the build of the document.
const checked: Record<string, z.ZodMiniType> = {
  StaffAttendanceSaved,
  StaffCancelled,
  StaffConversation: z.array(StaffConversation),
  StaffChatHistory,
  StaffChatMessage: ChatEvent,
  StaffChatDone,
  StaffFeedbackFigures: z.array(StaffFeedbackFigures),
  StaffFeedbackResponse: z.array(StaffFeedbackResponse),
  StaffTask: z.array(StaffTask),
  StaffTaskSaved,
  StaffPriceImport: StaffPriceImportList,
};
for (const [name, schema] of Object.entries(checked)) z.parse(schema, staffResponseExamples[name as keyof typeof staffResponseExamples]);

export interface StaffDocumentTools {
  add: (path: string, method: string, op: Record<string, unknown>) => void;
  stream: (path: string, op: Record<string, unknown>) => void;
  ref: (name: string) => object;
  query: (name: string, required: boolean, description: string, schema?: object) => object;
  pathParam: (name: string) => object;
  csrf: object;
  tag: string;
  examples: Record<string, unknown>;
}

export function staffOperations(t: StaffDocumentTools): void {
  const { add, ref, query, pathParam, csrf, tag } = t;
  const staff = [{ staffSession: [] }];
  const ex = { ...t.examples, ...staffResponseExamples } as Record<string, unknown>;
  const list = (name: string, maxItems: number) => ({ type: 'array', maxItems, items: ref(name) });
  const instant = (description: string) => ({ type: 'string', format: 'date-time', maxLength: 40, description });
  const range = [query('from', true, 'RFC 3339 instant with offset', instant('From')), query('to', true, 'RFC 3339 instant with offset, later than from', instant('To'))];
  const read = (operationId: string, summary: string, response: object, example: unknown, parameters: object[] = []) => ({ operationId, tag, summary, security: staff, response, example, parameters });
  const write = (operationId: string, summary: string, response: object, example: unknown, parameters: object[], body?: string) => ({
    operationId, tag, summary, security: staff, response, example, parameters: [csrf, ...parameters], ...(body ? { body: ref(body) } : {}),
  });
  const p = staffPaths;

  add(p.session, 'post', {
    operationId: 'staffSignIn', tag, summary: 'Sign in: sets the session cookie (HttpOnly, Secure, SameSite=Strict, 8 hours) and answers the CSRF token for writes', body: ref('StaffLogin'), response: ref('StaffSession'), example: ex.StaffSession,
    headers: { 'Set-Cookie': { description: `The session: \`${SESSION_COOKIE}=…; HttpOnly; Secure; SameSite=Strict; Path=<the API prefix>\`.`, schema: { type: 'string', maxLength: 400 } } },
  });
  add(p.session, 'delete', write('staffSignOut', 'Sign out (ends the session everywhere)', ref('StaffSignedOut'), ex.StaffSignedOut, []));
  add(p.waitTime, 'put', write('setWaitTime', 'Set a location’s current wait; every open wait-time stream of that location, on every server process, gets it at once', ref('StaffWaitSaved'), ex.StaffWaitSaved, [pathParam('locationId')], 'StaffWaitUpdate'));
  add(p.appointments, 'get', read('listStaffAppointments', 'Appointments overlapping [from, to) with the patient’s details and attendance, at most 500 (each read is written to the audit log)', list('StaffAppointment', STAFF_APPOINTMENTS_MAX), ex.StaffAppointment, range));
  add(p.attendance, 'post', write('setAttendance', 'Mark a visit arrived or no-show (null: neither); no survey invitation follows a no-show (audited)', ref('StaffAttendanceSaved'), ex.StaffAttendanceSaved, [pathParam('appointmentId')], 'StaffAttendanceUpdate'));
  add(p.cancel, 'post', write('cancelOnBehalf', 'Cancel on the patient’s behalf: the patient is told through their channels, the pending reminder and invitation are cancelled (already cancelled: 409; audited)', ref('StaffCancelled'), ex.StaffCancelled, [pathParam('appointmentId')]));

  const conversation = pathParam('conversationId');
  add(p.conversations, 'get', read('listConversations', 'The chat inbox: open conversations and those changed in the last day, newest first, with pre-chat details and unread counts (audited)', list('StaffConversation', STAFF_CONVERSATIONS_MAX), ex.StaffConversation));
  add(p.conversationEvents, 'get', read('getConversationEvents', 'A conversation’s events after the cursor (at most 500), and how far the patient has read; marks them read by staff (audited)', ref('StaffChatHistory'), ex.StaffChatHistory, [conversation, query('after', false, 'A cursor from an earlier answer; without it, from the start')]));
  add(p.conversationMessages, 'post', write('replyToConversation', 'Reply as the signed-in staff member (who joins the conversation first); idempotent on clientMessageId', ref('ChatEvent'), ex.StaffChatMessage, [conversation], 'StaffChatReply'));
  add(p.conversationTyping, 'post', write('setStaffTyping', 'Tell the patient the staff member is typing, or stopped (not stored)', ref('StaffChatDone'), ex.StaffChatDone, [conversation], 'StaffTyping'));
  add(p.conversationLeave, 'post', write('leaveConversation', 'The staff member leaves the conversation (the patient sees it)', ref('StaffChatDone'), ex.StaffChatDone, [conversation]));
  add(p.conversationClose, 'post', write('closeConversation', 'Close the conversation', ref('StaffChatDone'), ex.StaffChatDone, [conversation]));
  t.stream(p.chatStream, {
    operationId: 'streamStaffChat',
    summary: 'Changes of every conversation as Server-Sent Events (keeps the staff member present for chat availability)',
    description: 'Each `message` event’s data is JSON on one line: `{ conversationId, cursor }` when a conversation has a new event, `{ conversationId, typing }` when someone’s typing changed. The console then reads the conversation’s events. A comment line as a heartbeat; `retry:` first. Uses the session cookie.',
    tags: [tag],
    security: staff,
    example: `retry: 3000\n\ndata: ${JSON.stringify({ conversationId, cursor: '3' })}\n\n: heartbeat\n\n`,
  });

  add(p.feedbackStats, 'get', read('getFeedbackFigures', 'NPS, CSAT and CES of the responses received in [from, to), per week, location, clinician or touchpoint (aggregates only)', list('StaffFeedbackFigures', STAFF_LIST_MAX), ex.StaffFeedbackFigures, [
    ...range,
    query('by', true, 'The grouping', { type: 'string', enum: [...feedbackGroupings] }),
  ]));
  add(p.feedbackResponses, 'get', read('listFeedbackResponses', 'Individual responses received in [from, to), newest first, at most 500 (audited)', list('StaffFeedbackResponse', STAFF_LIST_MAX), ex.StaffFeedbackResponse, range));
  add(p.tasks, 'get', read('listTasks', 'The follow-up queue: low scores that asked for contact and call-back requests, oldest first, at most 500 (audited)', list('StaffTask', STAFF_LIST_MAX), ex.StaffTask, [
    query('status', false, 'Only tasks with this status', { type: 'string', enum: [...taskStatuses] }),
  ]));
  add(p.task, 'post', write('updateTask', 'Take a task (owner "me"), give it back (null), or set its status (contacted, resolved; audited)', ref('StaffTaskSaved'), ex.StaffTaskSaved, [pathParam('taskId')], 'StaffTaskUpdate'));
  add(p.prices, 'get', read('getPriceStatus', 'The live price index and the imports kept before it: when, from which files, what it holds, the problems found', list('StaffPriceImport', 20), ex.StaffPriceImport));
}
