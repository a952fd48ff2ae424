// npm run bench:server — N concurrent patients searching slots and booking for a fixed time, on
// the embedded database and on PostgreSQL (127.0.0.1:5432), loopback only; printed side by side.
import { liveServer, type Kind } from '../test/support.js';

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const DAY = 86_400_000;
const visitTypes = ['sick', 'follow-up', 'new-patient', 'video'];
const patient = { givenName: 'Bench', familyName: 'Patient', birthDate: '1970-01-01', phone: '(555) 010-0000', email: 'bench@example.org' };

interface Result { kind: Kind; requests: number; bookings: number; conflicts: number; errors: number; latencies: number[]; doubleBookings: number }

async function run(kind: Kind): Promise<Result> {
  const s = await liveServer(kind, 'bench');
  const r: Result = { kind, requests: 0, bookings: 0, conflicts: 0, errors: 0, latencies: [], doubleBookings: 0 };
  let keys = 0;
  const timed = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const started = performance.now();
    try {
      const res = await fetch(`${s.baseUrl}${path}`, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, ...(body ? { body: JSON.stringify(body) } : {}) });
      const json: unknown = await res.json();
      r.latencies.push(performance.now() - started);
      r.requests++;
      if (res.status >= 500) r.errors++;
      if (res.status === 409) r.conflicts++;
      return { status: res.status, json: json as Record<string, unknown> & Array<{ id: string }> };
    } catch {
      r.errors++;
      return { status: 0, json: {} as Record<string, unknown> & Array<{ id: string }> };
    }
  };
  const end = Date.now() + SECONDS * 1000;
  const patientLoop = async (i: number) => {
    let n = 0;
    while (Date.now() < end) {
      n++;
      const day = Date.now() + (1 + ((i + n) % 20)) * DAY;
      const slots = await timed('GET', `/slots?from=${new Date(day).toISOString()}&to=${new Date(day + 3 * DAY).toISOString()}&visitTypeId=${visitTypes[(i + n) % visitTypes.length]}`);
      if (slots.status !== 200 || !slots.json.length) continue;
      const slot = slots.json[Math.floor(Math.random() * Math.min(slots.json.length, 5))];
      const hold = await timed('POST', '/holds', { slotId: slot.id }, { 'idempotency-key': `b-${kind}-${++keys}` });
      if (hold.status !== 200) continue;
      const booked = await timed('POST', '/appointments', { holdId: hold.json.holdId, patient, reminders: { sms: false, email: false } }, { 'idempotency-key': `b-${kind}-${++keys}` });
      if (booked.status === 200) r.bookings++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: PATIENTS }, (_, i) => patientLoop(i)));
  const elapsed = (Date.now() - started) / 1000;
  const [row] = await s.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM appointments a JOIN appointments b ON a.id < b.id AND a.provider_id = b.provider_id AND a.during && b.during WHERE a.status = 'booked' AND b.status = 'booked'",
  );
  r.doubleBookings = row?.n ?? -1;
  r.requests = Math.round(r.requests / elapsed);
  await s.close();
  return r;
}

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const results: Result[] = [];
for (const kind of ['embedded', 'postgres'] as Kind[]) results.push(await run(kind));
const rows: Array<[string, (r: Result) => string]> = [
  ['requests / s', (r) => String(r.requests)],
  ['bookings', (r) => String(r.bookings)],
  ['409 conflicts (contention, expected)', (r) => String(r.conflicts)],
  ['p50 ms', (r) => pct(r.latencies, 50).toFixed(1)],
  ['p95 ms', (r) => pct(r.latencies, 95).toFixed(1)],
  ['p99 ms', (r) => pct(r.latencies, 99).toFixed(1)],
  ['errors (5xx, network)', (r) => String(r.errors)],
  ['double bookings', (r) => String(r.doubleBookings)],
];
console.log(`frontdesk-server, ${PATIENTS} concurrent patients, ${SECONDS} s each, loopback`);
console.log(`${''.padEnd(38)}${'PGlite (embedded)'.padStart(20)}${'PostgreSQL'.padStart(14)}`);
for (const [label, get] of rows) console.log(`${label.padEnd(38)}${get(results[0]).padStart(20)}${get(results[1]).padStart(14)}`);
if (results.some((r) => r.errors || r.doubleBookings)) process.exitCode = 1;
