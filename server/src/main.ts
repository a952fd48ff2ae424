import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/port.js';
import { messagingFromEnv, outboxFromEnv } from './messages/from-env.js';
import { importPrices } from './pricing/import.js';
import { addStaffUser } from './routes/staff.js';
import { startServer } from './server.js';

const usage = `frontdesk-server — the Frontdesk REST API (scheduling, wait times, feedback, pricing, chat, messages to patients) on PostgreSQL

  frontdesk-server init [practice.yaml]            write an example practice file to edit
  frontdesk-server start --practice practice.yaml  seed/update the practice, then serve
        [--port 8787] [--host 127.0.0.1] [--data ./frontdesk-data] [--origin https://www.example-clinic.org …]
        [--static ./site] [--hold-seconds 600] [--demo-staff desk@example.org]
  frontdesk-server user add --email a@b.org --name "Front desk"   (password from FRONTDESK_PASSWORD or stdin)
  frontdesk-server prices import <prices.json | CMS price files…> [--names plain-names.csv]
                             serve prices from the database: an index built by frontdesk-prices,
                             or CMS Hospital Price Transparency files (built with the same code)

  DATABASE_URL=postgres://…  use a PostgreSQL server (production); without it the embedded
                             database keeps its data in --data (default ./frontdesk-data).
  FRONTDESK_ORIGINS          comma-separated origins allowed to call the API (as --origin).
  --hold-seconds             how long choosing a time holds it for the patient (default 600).
  --demo-staff               the demo's staff account: a new random password each start, printed
                             once (embedded database only; production uses \`user add\`).
  FRONTDESK_SMTP_URL, FRONTDESK_MAIL_FROM                       email confirmations and reminders (SMTP)
  FRONTDESK_SMS_API, FRONTDESK_SMS_SID, FRONTDESK_SMS_TOKEN, FRONTDESK_SMS_FROM   SMS (a Twilio-compatible API)
  FRONTDESK_SITE_URL, FRONTDESK_PUBLIC_API_URL, FRONTDESK_REMINDER_HOURS (24)     links and timing of messages`;

const packageRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.trim();
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      practice: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      origin: { type: 'string', multiple: true },
      static: { type: 'string' },
      'hold-seconds': { type: 'string' },
      'demo-staff': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      names: { type: 'string' },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = resolve(values.data ?? 'frontdesk-data');
  const dbOptions = databaseUrl ? { url: databaseUrl } : { dataDir };

  if (command === 'init') {
    const target = resolve(positionals[0] ?? 'practice.yaml');
    if (existsSync(target)) throw new Error(`${target} exists; not overwritten.`);
    copyFileSync(join(packageRoot, 'practices', 'example.yaml'), target);
    console.log(`Wrote ${target}. Edit it, then: npx frontdesk-server start --practice ${positionals[0] ?? 'practice.yaml'}`);
    return;
  }
  if (command === 'start') {
    const outbox = outboxFromEnv(process.env);
    const origins = [...(values.origin ?? []), ...(process.env.FRONTDESK_ORIGINS?.split(',').filter(Boolean) ?? [])];
    const holdSeconds = values['hold-seconds'] === undefined ? undefined : Number(values['hold-seconds']);
    if (holdSeconds !== undefined && !(Number.isInteger(holdSeconds) && holdSeconds >= 1 && holdSeconds <= 3600)) throw new Error('--hold-seconds takes a whole number of seconds from 1 to 3600.');
    const demoStaff = values['demo-staff'];
    let demoPassword: string | undefined;
    if (demoStaff) {
      // A demo's sign-in, never a shared secret: refused on PostgreSQL (production), a new password each start.
      if (databaseUrl) throw new Error('--demo-staff is for the demo on the embedded database; on PostgreSQL add staff with `user add`.');
      demoPassword = randomBytes(12).toString('base64url');
      const db = await openDatabase(dbOptions);
      try {
        await migrate(db);
        await addStaffUser(db, demoStaff, 'Demo front desk', demoPassword);
      } finally {
        await db.close();
      }
    }
    const { address } = await startServer({
      ...(databaseUrl ? { databaseUrl } : { dataDir }),
      ...(values.practice ? { practice: resolve(values.practice) } : {}),
      host: values.host ?? '127.0.0.1',
      port: Number(values.port ?? process.env.PORT ?? 8787),
      config: {
        allowedOrigins: origins,
        messaging: messagingFromEnv(process.env),
        ...(values.static ? { staticDir: resolve(values.static) } : {}),
        ...(existsSync(join(packageRoot, 'dist', 'console', 'index.html')) ? { consoleDir: join(packageRoot, 'dist', 'console') } : {}),
        ...(holdSeconds ? { holdSeconds } : {}),
      },
      ...(outbox ? { outbox } : {}),
    });
    console.error(`frontdesk-server: listening on ${address} (${databaseUrl ? 'PostgreSQL' : `embedded database in ${dataDir}`})`);
    if (demoStaff && demoPassword) console.error(`frontdesk-server: staff console ${address}/console/ — sign in as ${demoStaff} with the one-time password ${demoPassword} (new at each start)`);
    return;
  }
  if (command === 'user' && positionals[0] === 'add') {
    if (!values.email) throw new Error('user add needs --email.');
    const password = process.env.FRONTDESK_PASSWORD ?? (await readStdin());
    const db = await openDatabase(dbOptions);
    try {
      await migrate(db);
      await addStaffUser(db, values.email, values.name ?? values.email, password);
    } finally {
      await db.close();
    }
    console.log(`Staff account ${values.email} saved.`);
    return;
  }
  if (command === 'prices' && positionals[0] === 'import') {
    const db = await openDatabase(dbOptions);
    try {
      await migrate(db);
      const { summary } = await importPrices(db, positionals.slice(1), {
        ...(values.names ? { names: resolve(values.names) } : {}),
        onProblem: (p) => console.error(`${p.severity}: ${p.where}: ${p.message}`),
      });
      console.log(
        `Prices imported and live: ${summary.services} services, ${summary.rates} rates, ${summary.plans} plans of ${summary.payers} payers; ${summary.errors} errors, ${summary.warnings} warnings.`,
      );
    } finally {
      await db.close();
    }
    return;
  }
  console.log(usage);
  if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`frontdesk-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
