// The feedback port on the server, past what the contract checks: surveys in the patient's
// language, responses stored with their scores, one per key, a follow-up task only when a
// respondent asked for contact, drafts kept and updated.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, key, liveServer } from './support.js';

const low = { surveyId: 'post-visit', touchpoint: 'post-visit', answers: [{ questionId: 'nps', values: [3] }, { questionId: 'nps-why', values: ['Long wait'] }] };

void describe('feedback (embedded)', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  before(async () => {
    s = await liveServer('embedded', 'feedback');
  });
  after(async () => s.close());

  it('serves the touchpoint survey in Spanish, English by default, a FHIR Questionnaire by id, 404 for an unknown touchpoint', async () => {
    const es = await call(s.baseUrl, 'GET', '/surveys?touchpoint=post-visit&locale=es-MX');
    assert.equal(es.json.title, '¿Cómo fue su visita?');
    const en = await call(s.baseUrl, 'GET', '/surveys?touchpoint=post-visit');
    assert.equal(en.json.title, 'How was your visit?');
    // The questions shown depend on the answers (two after a high score, three and the contact
    // offer after a low one): an intro that counts them ("Three quick questions") is wrong on both.
    for (const intro of [en.json.intro, es.json.intro]) assert.doesNotMatch(String(intro), /\b(one|two|three|four|five|una|dos|tres|cuatro|cinco)\b/i);
    const phq9 = await call(s.baseUrl, 'GET', '/surveys/phq9?locale=es');
    assert.equal(phq9.json.resourceType, 'Questionnaire', 'no Spanish copy: the English one');
    assert.equal((await call(s.baseUrl, 'GET', '/surveys?touchpoint=nowhere')).status, 404);
  });

  it('stores a low score with a contact request once per key, with its NPS, and opens one follow-up task', async () => {
    const k = key();
    const first = await call(s.baseUrl, 'POST', '/survey-responses', { ...low, contactRequested: true, context: { locationId: 'phoenix' } }, k);
    const again = await call(s.baseUrl, 'POST', '/survey-responses', { ...low, contactRequested: true, context: { locationId: 'phoenix' } }, k);
    assert.equal(first.status, 200);
    assert.equal(again.text, first.text);
    const id = first.json.responseId as string;
    const rows = await s.db.query<{ nps: number; location_id: string; contact_requested: boolean }>('SELECT nps, location_id, contact_requested FROM survey_responses WHERE id = $1', [id]);
    assert.deepEqual(rows, [{ nps: 3, location_id: 'phoenix', contact_requested: true }]);
    const tasks = await s.db.query<{ kind: string; status: string }>('SELECT kind, status FROM tasks WHERE response_id = $1', [id]);
    assert.deepEqual(tasks, [{ kind: 'follow-up', status: 'open' }]);
  });

  it('opens no task without a contact request', async () => {
    const res = await call(s.baseUrl, 'POST', '/survey-responses', low, key());
    const tasks = await s.db.query('SELECT 1 FROM tasks WHERE response_id = $1', [res.json.responseId]);
    assert.equal(tasks.length, 0);
  });

  it('keeps a draft per response id and updates it on the next save', async () => {
    const path = '/survey-responses/draft-1/draft';
    assert.equal((await call(s.baseUrl, 'POST', path, { surveyId: 'post-visit', answers: [{ questionId: 'nps', values: [9] }] }, key())).status, 200);
    assert.equal((await call(s.baseUrl, 'POST', path, { surveyId: 'post-visit', answers: [{ questionId: 'nps', values: [10] }] }, key())).status, 200);
    const rows = await s.db.query<{ answers: unknown }>('SELECT answers FROM survey_drafts WHERE response_id = $1', ['draft-1']);
    assert.deepEqual(rows, [{ answers: [{ questionId: 'nps', values: [10] }] }]);
    assert.equal((await call(s.baseUrl, 'POST', path, { surveyId: 'nope', answers: [] }, key())).status, 404);
  });
});
