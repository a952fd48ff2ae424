// Node tests of the `frontdesk-prices` command (the built dist/cli/frontdesk-prices.js, run as a process).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { generateTallCsv } from '../../scripts/bench/prices-data.mjs';
import { readIndex, strayParts } from './read-index.mjs';

const bin = new URL('../../dist/cli/frontdesk-prices.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/cms-price-transparency/', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'frontdesk-prices-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the CLI; `stdin` is an async iterable of strings/bytes piped in. */
function run(args, stdin, nodeFlags = [], env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (stdin) Readable.from(stdin).pipe(child.stdin);
    else child.stdin.end();
  });
}
const index = readIndex;

describe('frontdesk-prices build', () => {
  for (const name of ['v3-example.json', 'v3-tall-example.csv', 'v3-wide-example.csv', 'v2-example.json']) {
    it(`${name} → a valid index`, async () => {
      const out = join(temp, `${name}.prices.json`);
      const { code, stdout, stderr } = await run(['build', join(fixtures, name), '-o', out]);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      assert.match(stdout, /^Wrote .*: \d+ services, \d+ rates, 2 plans of 2 payers .*0 errors, 0 warnings\.\n$/);
      const built = index(out);
      assert.equal(built.format, 'frontdesk-price-index');
      assert.equal(built.version, 3);
      assert.equal(built.sources.length, 1);
      assert.equal(built.sources[0].fileName, name);
      assert.equal(built.sources[0].hospitalName, 'West Mercy Hospital');
      assert.deepEqual(built.payers, ['Platform Health Insurance', 'Region Health Insurance']);
      assert.equal(built.services.length, name.startsWith('v2') ? 11 : 22);
      for (const rate of built.rates) assert.ok(rate[0] < built.services.length && rate[1] < built.plans.length);
    });
  }

  it('the three v3.0 formats give the same index but for the source', async () => {
    const [json, tall, wide] = ['v3-example.json', 'v3-tall-example.csv', 'v3-wide-example.csv'].map((n) => index(join(temp, `${n}.prices.json`)));
    const body = ({ services, payers, plans }) => ({ services: [...services].sort(), payers, plans });
    assert.deepEqual(body(tall), body(json));
    assert.deepEqual(body(wide), body(json));
    assert.equal(tall.rates.length, json.rates.length);
  });

  it('the committed indexes (demo and browser tests) are up to date: `npm run prices:demo`', async () => {
    const names = new URL('../../demo/data/plain-names.csv', import.meta.url).pathname;
    const practice = new URL('../../demo/data/desert-sage-standard-charges.csv', import.meta.url).pathname;
    const builds = [
      [[practice], new URL('../../demo/data/prices.json', import.meta.url)],
      [[join(fixtures, 'v3-example.json')], new URL('v3-example.prices.json', `file://${fixtures}`)],
    ];
    for (const [[inputs, committed], shardKb, i] of builds.map((b, i) => [b, i ? ['--shard-kb', '1'] : [], i])) {
      // Built under the same name: the manifest names its parts' folder.
      const out = join(temp, `committed-${i}`, basename(committed.pathname));
      const { stderr } = await run(['build', ...inputs, '--names', names, ...shardKb, '-o', out]);
      assert.equal(stderr, '');
      // Parts are named by the hash of their content: equal manifests, equal parts.
      const stale = `${committed.pathname} is stale: run \`npm run prices:demo\``;
      assert.deepEqual(JSON.parse(readFileSync(committed, 'utf8')), JSON.parse(readFileSync(out, 'utf8')), stale);
      assert.deepEqual(index(committed.pathname).services, index(out).services, stale);
      assert.deepEqual(strayParts(committed.pathname), [], `${committed.pathname}: parts no manifest names`);
    }
  });

  it("the demo practice's index holds only its own price file: every source named is Desert Sage's", () => {
    const { sources } = JSON.parse(readFileSync(new URL('../../demo/data/prices.json', import.meta.url), 'utf8'));
    assert.deepEqual(sources.map((s) => [s.hospitalName, s.fileName]), [['Desert Sage Health', 'desert-sage-standard-charges.csv']]);
  });

  it('--names gives services plain names and categories by code; a bad names file is reported', async () => {
    const names = join(temp, 'names.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(names, '\uFEFFcode_type,code,plain_name,category\r\nCPT,70551,Brain MRI,imaging\r\nhcpcs,C1785,Pacemaker (device),gadgets\r\n');
    const out = join(temp, 'named.prices.json');
    const { code, stderr } = await run(['build', join(fixtures, 'v3-tall-example.csv'), '--names', names, '-o', out]);
    assert.equal(code, 0);
    assert.equal(stderr, 'warning: names row 3: unknown category "gadgets" (office-visits, preventive, labs, imaging, procedures, emergency, hospital, medications, other): left out\n');
    const built = index(out);
    const mri = built.services.find((s) => s[1] === 'MRI of brain (no contrast)');
    const pacemaker = built.services.find((s) => s[1] === 'Pacemaker');
    assert.equal(mri[12], 'Brain MRI');
    assert.equal(built.categories[mri[8]][0], 'imaging');
    assert.equal(pacemaker[12], 'Pacemaker (device)');
    assert.equal(built.categories[pacemaker[8]][0], 'procedures', 'the category from the codes');
    writeFileSync(names, 'code,name\n70551,Brain MRI\n');
    const bad = await run(['build', join(fixtures, 'v3-tall-example.csv'), '--names', names, '-o', out]);
    assert.match(bad.stderr, /error: names row 1: wrong header/);
  });

  it('several files make one index; each service keeps its file as source, problems name their file', async () => {
    const out = join(temp, 'two.prices.json');
    const bad = readFileSync(join(fixtures, 'v3-tall-example.csv'), 'utf8').replace(',1200,1080,Platform', ',12OO,1080,Platform');
    const { code, stdout, stderr } = await run(['build', join(fixtures, 'v2-example.json'), '-', '-o', out], [bad]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'error: stdin: row 4, column "standard_charge|gross": not a number: "12OO"\n');
    assert.match(stdout, /from 2 files \(json v2\.0\.0, csv-tall v3\.0\.0\)/);
    const built = index(out);
    assert.deepEqual(built.sources.map((s) => [s.fileName, s.lastUpdatedOn]), [['v2-example.json', '2024-07-01'], ['stdin', '2026-04-01']]);
    assert.equal(built.services.length, 11 + 22);
    const h0017 = built.services.filter((s) => s[1].startsWith('Behavioral health; residential (hospital residential treatment program), without room and board, per diem') && s[1].endsWith('per diem'));
    assert.deepEqual(h0017.map((s) => s[13] ?? 0), [0, 1], 'the same item in two files stays two services');
    assert.deepEqual(built.payers, ['Platform Health Insurance', 'Region Health Insurance'], 'payers and plans are shared');
    const undated = await run(['build', join(fixtures, 'v3-example.json'), '-', '-o', join(temp, 'undated.json')], [bad.replace('4/1/2026', 'soon')]);
    assert.equal(undated.code, 2);
    assert.match(undated.stderr, /stdin has no valid last_updated_on/);
  });

  it('reports problems with row and column on stderr, still writes the index; --strict fails', async () => {
    const csv = readFileSync(join(fixtures, 'v3-tall-example.csv'), 'utf8').replace('Inguinal hernia repair,360,RC,49505,CPT,outpatient,,,,,Platform Health Insurance,PPO,,8000,', 'Inguinal hernia repair,360,RC,49505,CPT,outpatient,,,,,Platform Health Insurance,PPO,,80OO,');
    const out = join(temp, 'bad.prices.json');
    const loose = await run(['build', '-', '-o', out], [csv]);
    assert.equal(loose.code, 0);
    assert.equal(loose.stderr, 'error: row 6, column "standard_charge|negotiated_dollar": not a number: "80OO"\n');
    assert.match(loose.stdout, /1 errors, 0 warnings/);
    assert.equal(index(out).services.length, 22);
    const strict = await run(['build', '-', '-o', out, '--strict'], [csv]);
    assert.equal(strict.code, 1);
  });

  it('usage errors and unreadable files exit 2 without writing', async () => {
    assert.equal((await run(['build'])).code, 2);
    assert.match((await run(['--help'])).stdout, /Usage: frontdesk-prices build/);
    const out = join(temp, 'none.json');
    const missing = await run(['build', join(temp, 'nope.csv'), '-o', out]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ENOENT/);
    const empty = await run(['build', '-', '-o', out], ['']);
    assert.equal(empty.code, 2);
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(`${out}.tmp`), false);
  });

  it('reads gzip files as they are; refuses a ZIP archive with the fix', async () => {
    const { gzipSync } = await import('node:zlib');
    const { writeFileSync } = await import('node:fs');
    const gz = join(temp, 'standardcharges.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(fixtures, 'v3-tall-example.csv'))));
    const out = join(temp, 'gz.prices.json');
    const ok = await run(['build', gz, '-o', out]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(index(out).services.length, 22);
    const zip = join(temp, 'standardcharges.zip');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
    const refused = await run(['build', zip, '-o', join(temp, 'zip.json')]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /ZIP archive: unzip it/);
  });

  it('reads from a URL', async () => {
    const server = createServer((req, res) => {
      if (req.url !== '/prices/v3-wide-example.csv') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(join(fixtures, 'v3-wide-example.csv')));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      const out = join(temp, 'url.prices.json');
      const ok = await run(['build', `${base}/prices/v3-wide-example.csv`, '-o', out]);
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(index(out).sources[0].fileName, 'v3-wide-example.csv');
      assert.equal(index(out).sources[0].url, undefined, 'only https: URLs are kept as the source link');
      const notFound = await run(['build', `${base}/missing.csv`, '-o', out]);
      assert.equal(notFound.code, 2);
      assert.match(notFound.stderr, /HTTP 404/);
    } finally {
      server.close();
    }
  });

  it('progress: plain lines on stderr when not on a terminal (bytes, rows, rates, rate); none with --json or -q', async () => {
    // A line at most every millisecond instead of every 5 s, so a 1 MB build shows some.
    const env = { FRONTDESK_PRICES_PROGRESS_MS: '1' };
    const input = () => generateTallCsv({ services: 50, plans: 4, bytes: 1e6, chunkRows: 200 });
    const plain = await run(['build', '-', '-o', join(temp, 'progress.json')], input(), [], env);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stderr, /^frontdesk-prices: stdin: [\d.]+ MB, [\d,]+ rows, [\d,]+ rates, [\d.]+ MB\/s$/m);
    assert.doesNotMatch(plain.stderr, /\x1b/, 'no terminal codes in a log');
    for (const flag of ['--json', '-q']) {
      const quiet = await run(['build', '-', '-o', join(temp, 'progress.json'), flag], input(), [], env);
      assert.equal(quiet.code, 0, quiet.stderr);
      assert.doesNotMatch(quiet.stderr, /frontdesk-prices: stdin/, flag);
    }
  });

  // Both files hold the same 1,000 services (6 MB is already more than one pass over them), so the index is the same
  // size and only the reading can differ. The 48 MB heap cap is the same for both: an indexer that kept rows or the
  // file would run out of heap on 60 MB; the RSS ratio then bounds what lives outside the heap (buffers).
  it('memory stays flat: 60 MB indexes under the heap cap that 6 MB needs, peak RSS within 1.5×', async () => {
    const measure = async (bytes) => {
      const { code, stdout, stderr } = await run(['build', '-', '-o', join(temp, `gen-${bytes}.json`), '--json', '-q'], generateTallCsv({ services: 1000, plans: 20, bytes }), ['--max-old-space-size=48']);
      assert.equal(code, 0, stderr);
      return JSON.parse(stdout);
    };
    const small = await measure(6e6);
    const large = await measure(60e6);
    const ratio = large.peakRssMb / small.peakRssMb;
    console.log(`  indexer peak RSS ${small.peakRssMb.toFixed(0)} MB on 6 MB, ${large.peakRssMb.toFixed(0)} MB on 60 MB (${ratio.toFixed(2)}×); ${large.mbPerSecond.toFixed(1)} MB/s`);
    assert.equal(small.services, 1000);
    assert.equal(large.services, 1000);
    assert.ok(ratio < 1.5, `ratio ${ratio}`);
  });
});
