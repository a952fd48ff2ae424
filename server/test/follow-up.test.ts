// The service-recovery loop on the staff side: a low score with a contact request and a chat
// call-back reach the follow-up queue; staff take one and mark it contacted, then resolved; the
// charts' figures (NPS per location); every read of the queue audited; anonymous callers refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addStaffUser } from '../src/routes/staff.js';
import { staffLogin } from './extras-support.js';
import { call, key, liveServer } from './support.js';

const nps = (score: number) => [{ questionId: 'nps', values: [score] }];

void describe('follow-up queue and feedback figures (embedded)', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'follow-up');
    await addStaffUser(s.db, 'desk@example-clinic.org', 'Maria', 'correct horse battery staple');
  });
  after(async () => s.close());

  it('low score + contact request → open task → taken → contacted → resolved; audited; anonymous refused', async () => {
    const low = await call(s.baseUrl, 'POST', '/survey-responses', { surveyId: 'post-visit', touchpoint: 'post-visit', answers: nps(2), contactRequested: true, context: { locationId: 'phoenix' } }, key());
    await call(s.baseUrl, 'POST', '/chat/callback-requests', { contact: { name: 'Ana', email: 'ana@example.org' }, text: 'Call me' }, key());
    assert.equal((await call(s.baseUrl, 'GET', '/staff/tasks?status=open')).status, 401);
    const staff = await staffLogin(s.baseUrl);
    const open = await call(s.baseUrl, 'GET', '/staff/tasks?status=open', undefined, staff.read);
    const tasks = open.json as unknown as Array<{ id: string; kind: string; responseId: string | null; nps: number | null }>;
    assert.deepEqual(tasks.map((t) => t.kind).sort(), ['callback', 'follow-up']);
    const followUp = tasks.find((t) => t.kind === 'follow-up')!;
    assert.equal(followUp.responseId, low.json.responseId);
    assert.equal(followUp.nps, 2);
    assert.equal((await call(s.baseUrl, 'POST', `/staff/tasks/${followUp.id}`, { status: 'contacted' }, staff.read)).status, 403, 'a write needs the CSRF token');
    const taken = await call(s.baseUrl, 'POST', `/staff/tasks/${followUp.id}`, { owner: 'me', status: 'contacted' }, staff.write);
    assert.equal(taken.json.status, 'contacted');
    assert.equal(taken.json.owner, 'Maria');
    const contacted = await call(s.baseUrl, 'GET', '/staff/tasks?status=contacted', undefined, staff.read);
    assert.deepEqual((contacted.json as unknown as Array<{ id: string; owner: string }>).map((t) => [t.id, t.owner]), [[followUp.id, 'Maria']]);
    await call(s.baseUrl, 'POST', `/staff/tasks/${followUp.id}`, { status: 'resolved' }, staff.write);
    assert.equal(((await call(s.baseUrl, 'GET', '/staff/tasks?status=open', undefined, staff.read)).json as unknown as unknown[]).length, 1);
    const audits = await s.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'tasks.read'");
    assert.equal(audits.length, 3);
  });

  it('NPS per location: promoters minus detractors over the answers with a score', async () => {
    for (const score of [10, 9, 8, 3]) await call(s.baseUrl, 'POST', '/survey-responses', { surveyId: 'post-visit', answers: nps(score), context: { locationId: 'las-vegas' } }, key());
    const staff = await staffLogin(s.baseUrl);
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const stats = await call(s.baseUrl, 'GET', `/staff/feedback/stats?from=${from}&to=${to}&by=location`, undefined, staff.read);
    const vegas = (stats.json as unknown as Array<{ key: string; nps: number; npsResponses: number }>).find((r) => r.key === 'las-vegas');
    assert.deepEqual(vegas && { nps: vegas.nps, n: vegas.npsResponses }, { nps: 25, n: 4 });
  });
});
