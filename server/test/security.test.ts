// Security of the patient-facing API: no patient data in logs (canaries), CORS allowlist,
// security headers, bounded bodies, staff sessions (cookie flags, CSRF), audit of staff reads,
// and bad input on every endpoint: a clear 4xx with the documented body, no 5xx, nothing written.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addStaffUser } from '../src/routes/staff.js';
import { book, call, freeSlots, key, liveServer } from './support.js';

const canary = { givenName: 'Zyxwvcanaryone', familyName: 'Qqcanarytwo', birthDate: '1911-11-11', phone: '(555) 019-7531', email: 'canary-7531@example.org' };

void describe('security (embedded)', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  const logs: string[] = [];
  before(async () => {
    s = await liveServer('embedded', 'security', { allowedOrigins: ['https://www.example-clinic.org'], secureCookies: true }, { write: (line) => void logs.push(line) });
    await addStaffUser(s.db, 'desk@example-clinic.org', 'Front desk', 'correct horse battery staple');
  });
  after(async () => s.close());

  it('logs no patient data through a whole booking, look-up, reschedule and cancel', async () => {
    const slots = await freeSlots(s);
    const apt = await book(s, slots[0].id, canary);
    const auth = { authorization: `Bearer ${apt.manageToken.token}` };
    await call(s.baseUrl, 'POST', '/appointments/lookup', { confirmationCode: apt.confirmationCode, birthDate: canary.birthDate });
    await call(s.baseUrl, 'POST', '/appointments/lookup', { confirmationCode: apt.confirmationCode, birthDate: '1911-11-12' });
    const hold = await call(s.baseUrl, 'POST', '/holds', { slotId: slots[1].id }, key());
    await call(s.baseUrl, 'POST', `/appointments/${apt.id}/reschedule`, { holdId: hold.json.holdId }, { ...key(), ...auth });
    await call(s.baseUrl, 'POST', `/appointments/${apt.id}/cancel`, { reason: 'Qqcanaryreason' }, { ...key(), ...auth });
    await call(s.baseUrl, 'POST', '/appointments', { holdId: 'nope', patient: { ...canary, birthDate: 'Zyxwvcanaryone' }, reminders: { sms: true, email: true } }, key());
    const all = logs.join('\n');
    assert.ok(logs.length >= 6, 'the requests were logged');
    for (const value of [...Object.values(canary), 'Qqcanaryreason', apt.confirmationCode, apt.manageToken.token, apt.id, '1911']) {
      assert.ok(!all.includes(value), `the logs contain "${value}"`);
    }
  });

  it('answers CORS for allowed origins only, with security headers and no caching', async () => {
    const allowed = await fetch(`${s.baseUrl}/locations`, { headers: { origin: 'https://www.example-clinic.org' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.example-clinic.org');
    const other = await fetch(`${s.baseUrl}/locations`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${s.baseUrl}/holds`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example-clinic.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    assert.equal(allowed.headers.get('x-content-type-options'), 'nosniff');
    assert.match(allowed.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(allowed.headers.get('strict-transport-security') ?? '', /max-age=/);
    assert.equal(allowed.headers.get('cache-control'), 'no-store');
  });

  it('staff: HttpOnly Secure SameSite=Strict session, CSRF on writes, and every read of patient data audited', async () => {
    const wrong = await call(s.baseUrl, 'POST', '/staff/session', { email: 'desk@example-clinic.org', password: 'wrong password!' });
    assert.equal(wrong.status, 401);
    const login = await fetch(`${s.baseUrl}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'desk@example-clinic.org', password: 'correct horse battery staple' }) });
    const setCookie = login.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /Secure/i);
    assert.match(setCookie, /SameSite=Strict/i);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = setCookie.split(';')[0];
    const body = { status: 'open', minutes: 12 };
    assert.equal((await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', body)).status, 401);
    assert.equal((await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', body, { cookie })).status, 403, 'no CSRF token');
    assert.equal((await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', body, { cookie, 'x-csrf-token': csrfToken })).status, 200);
    const waits = await call(s.baseUrl, 'GET', '/wait-times?locationIds=phoenix');
    assert.equal((waits.json as unknown as Array<{ minutes?: number }>)[0]?.minutes, 12);
    const from = new Date().toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    assert.equal((await call(s.baseUrl, 'GET', `/staff/appointments?from=${from}&to=${to}`)).status, 401);
    const list = await call(s.baseUrl, 'GET', `/staff/appointments?from=${from}&to=${to}`, undefined, { cookie });
    assert.equal(list.status, 200);
    // The booking of the first test, with its patient (the answer is checked against StaffAppointmentList).
    const rows = list.json as unknown as Array<{ confirmationCode?: string; patient?: { familyName?: string } }>;
    assert.ok(rows.length > 0 && rows.every((r) => r.confirmationCode && r.patient?.familyName), list.text);
    const audit = await s.db.query<{ action: string; subject: string }>('SELECT action, subject FROM audit_log');
    assert.equal(audit.length, 1);
    assert.equal(audit[0].action, 'appointments.read');
  });

  it('bad input on every endpoint: a clear 4xx with the documented error body, never a 5xx, nothing written', async () => {
    const count = async () =>
      (await s.db.query<{ n: number }>('SELECT (SELECT count(*) FROM holds) + (SELECT count(*) FROM appointments) + (SELECT count(*) FROM idempotency_records WHERE status < 400) AS n'))[0].n;
    const waits = async () => JSON.stringify(await s.db.query('SELECT * FROM wait_times ORDER BY location_id'));
    const written = await count();
    const waitsBefore = await waits();
    const hostile: unknown[] = [
      null, 42, 'text', [], [1, 2], {}, { slotId: 5 }, { slotId: ["' OR 1=1 --"] }, { slotId: "'; DROP TABLE appointments; --" },
      { holdId: { $ne: null } }, { holdId: 'x'.repeat(300) }, { confirmationCode: "' OR ''='", birthDate: '1980-13-45' },
      { confirmationCode: 'A'.repeat(41), birthDate: '1980-01-01' }, { holdId: 'h', patient: { givenName: 1 }, reminders: {} },
      { holdId: 'h', patient: { givenName: 'a', familyName: 'b', birthDate: 'yesterday', phone: 'x', email: 'y' }, reminders: { sms: 'yes', email: false } },
      { reason: 'x'.repeat(600) }, { __proto__: { admin: true } }, { status: 'open', minutes: -1 },
    ];
    const queries = [
      '', '?from=yesterday&to=tomorrow&visitTypeId=sick', '?from=2026-01-01T00:00:00Z&to=2025-01-01T00:00:00Z&visitTypeId=sick',
      '?from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z&visitTypeId=sick', '?from=2026-03-08T02:30:00+25:00&to=2026-03-09T00:00:00Z&visitTypeId=sick',
      "?visitTypeId=' OR 1=1&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z", '?locationIds=', `?locationIds=${'a,'.repeat(100)}`,
      '?locationIds=phoenix&locationIds=albuquerque', '?visitTypeId[]=a',
    ];
    const oversized = JSON.stringify({ slotId: 'x'.repeat(20_000) });
    const writes = ['/holds', '/appointments', '/appointments/lookup', '/appointments/apt_x/reschedule', '/appointments/apt_x/cancel', '/staff/session'];
    const reads = ['/slots', '/providers', '/wait-times', '/wait-times/stream', '/locations', '/visit-types', '/staff/appointments'];
    const seen: number[] = [];
    const expectRefusal = (res: Awaited<ReturnType<typeof call>>, what: string) => {
      seen.push(res.status);
      assert.ok(res.status >= 400 && res.status < 500, `${what} → ${res.status} ${res.text}`);
      const error = res.json.error as { code?: unknown; message?: unknown } | undefined;
      assert.ok(typeof error?.code === 'string' && typeof error.message === 'string', `${what}: ${res.text}`);
    };
    for (const path of writes) {
      for (const body of hostile) expectRefusal(await call(s.baseUrl, 'POST', path, JSON.stringify(body), key()), `POST ${path} ${JSON.stringify(body)}`);
      expectRefusal(await call(s.baseUrl, 'POST', path, '{"slotId": ', key()), `POST ${path} broken JSON`);
      expectRefusal(await call(s.baseUrl, 'POST', path, oversized, key()), `POST ${path} oversized`);
    }
    expectRefusal(await call(s.baseUrl, 'DELETE', `/holds/${encodeURIComponent("' OR 1=1")}`, undefined), 'DELETE hold without a key');
    for (const body of hostile) expectRefusal(await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', JSON.stringify(body)), 'PUT staff wait');
    // Signed in, with the CSRF token: the bodies themselves are refused.
    const login = await fetch(`${s.baseUrl}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'desk@example-clinic.org', password: 'correct horse battery staple' }) });
    const staff = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
    for (const body of [...hostile, { status: 'closed-ish' }, { status: 'open', range: { low: 30, high: 10 } }, { status: 'open', message: 'x'.repeat(300) }]) {
      expectRefusal(await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', JSON.stringify(body), staff), `PUT staff wait (signed in) ${JSON.stringify(body)}`);
    }
    expectRefusal(await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', '{"status": ', staff), 'PUT staff wait (signed in) broken JSON');
    expectRefusal(await call(s.baseUrl, 'PUT', '/staff/wait-times/phoenix', JSON.stringify({ status: 'open', message: 'x'.repeat(20_000) }), staff), 'PUT staff wait (signed in) oversized');
    expectRefusal(await call(s.baseUrl, 'PUT', `/staff/wait-times/${encodeURIComponent("' OR 1=1 --")}`, JSON.stringify({ status: 'open', minutes: 5 }), staff), 'PUT staff wait (signed in) unknown location');
    for (const q of queries) {
      const res = await call(s.baseUrl, 'GET', `/staff/appointments${q}`, undefined, { cookie: staff.cookie });
      if (res.status === 200) continue; // a valid window (four years is allowed: at most 500 answered)
      expectRefusal(res, `GET /staff/appointments${q} (signed in)`);
    }
    for (const path of reads) {
      for (const q of queries) {
        const res = await call(s.baseUrl, 'GET', `${path}${q}`);
        if (res.status === 200) continue; // a query the endpoint ignores (e.g. /locations?…)
        expectRefusal(res, `GET ${path}${q}`);
      }
    }
    assert.ok(seen.includes(400) && seen.includes(422) && seen.includes(413) && seen.includes(404), `statuses: ${[...new Set(seen)].join(',')}`);
    assert.equal(await count(), written, 'nothing written');
    assert.equal(await waits(), waitsBefore, 'no wait changed');
  });
});
