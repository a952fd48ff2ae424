// The staff console served by the server at /console/ (its own strict policy, never cached
// stale), and the staff endpoints refusing what another site's page sends (Sec-Fetch-Site),
// sign-in included, while the console's own same-origin requests go through.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addStaffUser } from '../src/routes/staff.js';
import { liveServer, tempDir } from './support.js';

void describe('staff console: served, and cross-site requests refused', () => {
  let s: Awaited<ReturnType<typeof liveServer>>;
  const login = JSON.stringify({ email: 'desk@example-clinic.org', password: 'correct horse battery staple' });
  const folder = tempDir('fd-console-');
  before(async () => {
    const dir = folder.dir;
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Front desk</title><fd-console></fd-console>');
    writeFileSync(join(dir, 'assets', 'index.js'), 'export {};');
    s = await liveServer('embedded', 'console-serve', { consoleDir: dir, secureCookies: false });
    await addStaffUser(s.db, 'desk@example-clinic.org', 'Maria', 'correct horse battery staple');
  });
  after(async () => {
    await s.close();
    folder.remove();
  });

  it('serves /console/ with the console policy; /console redirects there', async () => {
    const page = await fetch(`${s.origin}/console/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<fd-console>/);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.equal((await fetch(`${s.origin}/console/assets/index.js`)).status, 200);
    const bare = await fetch(`${s.origin}/console`, { redirect: 'manual' });
    assert.equal(bare.status, 302);
    assert.equal(bare.headers.get('location'), '/console/');
  });

  it('a staff request another site sends is refused before the session is read; same-origin goes through', async () => {
    const post = (site?: string) =>
      fetch(`${s.baseUrl}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...(site ? { 'sec-fetch-site': site } : {}) }, body: login });
    assert.equal((await post('cross-site')).status, 403);
    assert.equal((await post('same-site')).status, 403);
    const signedIn = await post('same-origin');
    assert.equal(signedIn.status, 200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0];
    assert.equal((await fetch(`${s.baseUrl}/staff/tasks`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } })).status, 403);
    assert.equal((await fetch(`${s.baseUrl}/staff/tasks`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).status, 200);
    assert.equal((await fetch(`${s.baseUrl}/staff/tasks`, { headers: { 'sec-fetch-site': 'same-origin' } })).status, 401);
    // Patient endpoints are for other sites' pages: not affected.
    assert.equal((await fetch(`${s.baseUrl}/locations`, { headers: { 'sec-fetch-site': 'cross-site' } })).status, 200);
  });
});
