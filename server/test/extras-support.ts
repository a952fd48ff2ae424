import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/port.js';
import { defaultMessaging, type MessagingConfig } from '../src/messages/settings.js';
import { OutboxWorker, type OutboxOptions } from '../src/messages/worker.js';
import { seedPractice } from '../src/practice.js';
import { readPractice } from '../src/server.js';
import { demoPractice, serverDir } from './support.js';

/** The CMS v3.0 example file (JSON) and the demo's plain names: what the pricing tests import. */
export const cmsExample = join(serverDir, '../test/fixtures/cms-price-transparency/v3-example.json');
export const plainNames = join(serverDir, '../demo/data/plain-names.csv');

/** Signs a staff member in on `baseUrl`; headers for reads (`cookie`) and writes (`cookie` + CSRF). */
export async function staffLogin(baseUrl: string, email = 'desk@example-clinic.org', password = 'correct horse battery staple') {
  const login = await fetch(`${baseUrl}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (login.status !== 200) throw new Error(`staff login: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { read: { cookie }, write: { cookie, 'x-csrf-token': csrfToken } };
}

/** An open text/event-stream: the `data:` events parsed so far (with their ids), until `close`. */
export function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const events: Array<{ id?: string; data: Record<string, unknown> }> = [];
  let text = '';
  const waiters = new Set<() => void>();
  const done = (async () => {
    try {
      const res = await fetch(url, { headers, signal: controller.signal });
      if (res.status !== 200 || !res.body) throw new Error(`stream: HTTP ${res.status}`);
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        text += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = text.indexOf('\n\n')) >= 0) {
          const block = text.slice(0, cut);
          text = text.slice(cut + 2);
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ ...(id ? { id } : {}), data: JSON.parse(data) as Record<string, unknown> });
        }
        for (const w of waiters) w();
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return {
    events,
    /** Resolves once `until(events)` holds; rejects after `ms`. */
    async wait(until: (e: typeof events) => boolean, ms = 10_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!until(events)) {
        if (Date.now() > deadline) throw new Error(`stream: not within ${ms} ms; got ${JSON.stringify(events).slice(0, 2000)}`);
        await new Promise<void>((r) => {
          waiters.add(r);
          setTimeout(r, 200);
        });
      }
    },
    close: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}

/** An in-process server on a fresh embedded database (demo practice) and an outbox worker sent by hand (`outbox.tick()`), on the worker's clock. */
export async function serverWithOutbox(outbox: Omit<OutboxOptions, 'config'>, messaging: Partial<MessagingConfig> = {}) {
  const db = await openDatabase({});
  await migrate(db);
  await db.transaction((tx) => seedPractice(tx, readPractice(demoPractice)));
  const config = { ...defaultMessaging, siteUrl: 'https://www.desertsage.example', apiUrl: 'https://api.desertsage.example/api/frontdesk', ...messaging };
  const app = await buildApp({
    db,
    config: { patientRateLimit: 100_000, messaging: config },
    logStream: { write: () => undefined },
  });
  const worker = new OutboxWorker(db, { ...outbox, config });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    db,
    baseUrl: `${origin}/api/frontdesk`,
    outbox: worker,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
