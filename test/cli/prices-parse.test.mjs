// Node tests of the price-file parsers (run by `npm run test:node` over the built dist/cli).
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { readPriceFile } from '../../dist/cli/prices.js';

const dir = new URL('../fixtures/cms-price-transparency/', import.meta.url);
const fixture = (name) => readFileSync(new URL(name, dir));
/** Feeds bytes in small chunks, so values and UTF-8 sequences straddle chunk boundaries. */
async function* chunks(bytes, size = 7) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const read = (bytes, size) => readPriceFile(chunks(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, size));
const errors = (file) => file.problems.filter((p) => p.severity === 'error');

describe('every CMS fixture parses', () => {
  const v3 = ['v3-example.json', 'v3-tall-example.csv', 'v3-wide-example.csv'];

  for (const name of [...v3, 'v2-example.json']) {
    it(`${name}: no problems, source metadata read`, async () => {
      const file = await readPriceFile(createReadStream(new URL(name, dir)));
      assert.deepEqual(file.problems, []);
      assert.equal(file.meta.hospitalName, 'West Mercy Hospital');
      assert.deepEqual(file.meta.locations, ['West Mercy Hospital', 'West Mercy Surgical Center']);
      assert.match(file.meta.version, name.startsWith('v2') ? /^2\./ : /^3\./);
      assert.ok(file.items.length >= 10);
      assert.equal(file.modifiers.length, 3);
      for (const item of file.items) {
        for (const money of [item.grossCharge, item.discountedCash, item.minimum, item.maximum, ...item.rates.flatMap((r) => [r.dollar, r.medianAmount, r.p10, r.p90])]) {
          if (money !== undefined) assert.ok(Number.isInteger(money) && money >= 0, `cents: ${money}`);
        }
      }
    });
  }

  it('v3.0 JSON, tall CSV and wide CSV give the same normalized model', async () => {
    const [json, tall, wide] = await Promise.all(v3.map((name) => read(fixture(name), 4096)));
    assert.equal(json.meta.lastUpdatedOn, '2026-04-01');
    assert.equal(tall.meta.lastUpdatedOn, '2026-04-01'); // written 4/1/2026 in the CSV files
    assert.deepEqual([json.meta.format, tall.meta.format, wide.meta.format], ['json', 'csv-tall', 'csv-wide']);
    assert.equal(json.items.length, 22);
    assert.deepEqual(tall.items, json.items);
    assert.deepEqual(wide.items, json.items);
    assert.deepEqual(tall.modifiers, json.modifiers);
    assert.deepEqual(wide.modifiers, json.modifiers);
  });

  it('reads dollars, percentages, algorithms, percentiles and drugs into cents and fields', async () => {
    const json = await read(fixture('v3-example.json'));
    const mri = json.items.find((i) => i.codes.some((c) => c.code === '70551'));
    assert.deepEqual(mri.codes, [{ code: '611', type: 'RC' }, { code: '70551', type: 'CPT' }]);
    assert.equal(mri.setting, 'outpatient');
    assert.deepEqual([mri.grossCharge, mri.discountedCash, mri.minimum, mri.maximum], [120000, 108000, 25000, 40000]);
    const er = json.items.find((i) => i.description === 'ER level 3');
    assert.deepEqual(er.rates[0], { payer: 'Platform Health Insurance', plan: 'PPO', methodology: 'percent of total billed charges', percentage: 80, medianAmount: 1200012, p10: 512374, p90: 1678422, count: '299' });
    const pacemaker = json.items.find((i) => i.description === 'Pacemaker');
    assert.match(pacemaker.rates[0].algorithm, /110% of the actual cost/);
    const aspirin = json.items.find((i) => i.description.startsWith('Aspirin'));
    assert.deepEqual(aspirin.drug, { amount: 1, unit: 'UN' });
    assert.equal(aspirin.rates[0].dollar, 75);
    const v2 = await read(fixture('v2-example.json'));
    const hip = v2.items.find((i) => i.codes.some((c) => c.type === 'MS-DRG'));
    assert.deepEqual(hip.codes, [{ code: '470', type: 'MS-DRG' }, { code: '175869', type: 'LOCAL' }]);
    assert.ok(hip.rates.some((r) => r.percentage === 50 && r.estimatedAmount === 2314598));
  });
});

describe('real-world bytes', () => {
  it('BOM, CRLF, quoted newlines, odd spacing and Windows-1252 bytes', async () => {
    const text = fixture('v3-tall-example.csv').toString('utf8').replace(/\r?\n/g, '\r\n');
    const edited = text
      .replace('MRI of brain (no contrast)', '"MRI of brain\r\n(no contrast) — café"')
      .replace('MRI of brain (no contrast)', '"MRI of brain\r\n(no contrast) — café"')
      .replace('Region Health Insurance,HMO,,250,', '  Region Health Insurance ,  HMO , , 250 ,');
    // Windows-1252: é is 0xE9, the em dash 0x97.
    const cp1252 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(edited.replace(/\u2014/g, '\u0097'), 'latin1')]);
    for (const size of [1, 3, 64, 1 << 16]) {
      const file = await read(cp1252, size);
      assert.deepEqual(errors(file), [], `chunks of ${size}`);
      assert.ok(file.problems.some((p) => /Windows-1252/.test(p.message)), 'the switch is reported');
      const mri = file.items.find((i) => i.codes.some((c) => c.code === '70551'));
      assert.equal(mri.description, 'MRI of brain (no contrast) — café');
      assert.deepEqual(mri.rates.map((r) => [r.payer, r.plan, r.dollar]), [['Platform Health Insurance', 'PPO', 40000], ['Region Health Insurance', 'HMO', 25000]]);
    }
  });

  it('wide headers that write payer and plan names with underscores (as the CMS v2.0 wide example does)', async () => {
    const wide = fixture('v3-wide-example.csv').toString('utf8');
    const lines = wide.split('\n');
    lines[2] = lines[2].replace(/Platform Health Insurance/g, 'Platform_Health_Insurance').replace(/Region Health Insurance/g, 'Region_Health_Insurance');
    const [plain, underscored] = await Promise.all([read(wide), read(lines.join('\n'))]);
    assert.deepEqual(underscored.problems, []);
    assert.deepEqual(underscored.items, plain.items);
  });

  it('"N/A", "-" and friends read as empty; "80%" and "$1,200.00" as numbers', async () => {
    const tall = fixture('v3-tall-example.csv').toString('utf8')
      .replace('MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,1200,1080,Platform Health Insurance,PPO,,400,,,,,,,250,400,fee schedule,', 'MRI of brain (no contrast),611,RC,70551,CPT,outpatient,N/A,-,"$1,200.00",1080,Platform Health Insurance,PPO,n/a,400,NA,None,,,,,250,400,fee schedule,')
      .replace('ER level 3,450,RC,99283,CPT,outpatient,,,4000,3600,Platform Health Insurance,PPO,,,80,', 'ER level 3,450,RC,99283,CPT,outpatient,,,4000,3600,Platform Health Insurance,PPO,,,80 %,');
    const [edited, original] = await Promise.all([read(tall), read(fixture('v3-tall-example.csv'))]);
    assert.deepEqual(edited.problems, []);
    assert.deepEqual(edited.items, original.items);
  });

  it('valid UTF-8 split across chunks stays UTF-8', async () => {
    const json = fixture('v3-example.json').toString('utf8').replace('MRI of brain (no contrast)', 'Resonancia magnética — cerebro 🧠');
    const file = await read(json, 1);
    assert.deepEqual(file.problems, []);
    assert.ok(file.items.some((i) => i.description === 'Resonancia magnética — cerebro 🧠'));
  });
});

describe('malformed files: a clear problem with its row or path, and nothing else lost', () => {
  const tall = fixture('v3-tall-example.csv').toString('utf8');
  const wide = fixture('v3-wide-example.csv').toString('utf8');
  const json = JSON.parse(fixture('v3-example.json').toString('utf8'));
  let good;
  before(async () => {
    good = await read(tall);
  });

  it('bad number (tall CSV): names row and column, drops that row only', async () => {
    const file = await read(tall.replace('MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,1200,', 'MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,12O0,'));
    assert.deepEqual(errors(file), [{ where: 'row 4, column "standard_charge|gross"', message: 'not a number: "12O0"', severity: 'error' }]);
    assert.equal(file.items.length, good.items.length);
    const rates = (f) => f.items.reduce((n, i) => n + i.rates.length, 0);
    assert.equal(rates(file), rates(good) - 1);
  });

  it('bad number (wide CSV): names the payer column, drops that payer rate only', async () => {
    const file = await read(wide.replace('MRI of brain (no contrast),611,RC,70551,CPT,,outpatient,,,1200,1080,400,', 'MRI of brain (no contrast),611,RC,70551,CPT,,outpatient,,,1200,1080,four hundred,'));
    assert.deepEqual(errors(file).map((p) => p.where), ['row 4, column "standard_charge|Platform Health Insurance|PPO|negotiated_dollar"']);
    const mri = file.items.find((i) => i.codes.some((c) => c.code === '70551'));
    assert.deepEqual(mri.rates.map((r) => r.plan), ['HMO']);
    assert.equal(file.items.length, good.items.length);
  });

  it('missing required field (JSON): names the path, keeps the other rates and items', async () => {
    const broken = structuredClone(json);
    delete broken.standard_charge_information[0].standard_charges[0].payers_information[1].methodology;
    delete broken.standard_charge_information[2].description;
    const file = await read(JSON.stringify(broken), 100);
    assert.deepEqual(errors(file).map((p) => `${p.where}: ${p.message}`), [
      '$.standard_charge_information[0].standard_charges[0].payers_information[1].methodology: required value is missing',
      '$.standard_charge_information[2].description: required value is missing',
    ]);
    assert.equal(file.items.length, 21);
    assert.equal(file.items.find((i) => i.codes.some((c) => c.code === '70551')).rates.length, 1);
  });

  it('missing required field (CSV): a rate without methodology', async () => {
    const file = await read(tall.replace('Basic metabolic panel,301,RC,80048,CPT,outpatient,,,300,270,Region Health Insurance,HMO,,125,,,,,,,125,150,fee schedule,', 'Basic metabolic panel,301,RC,80048,CPT,outpatient,,,300,270,Region Health Insurance,HMO,,125,,,,,,,125,150,,'));
    assert.deepEqual(errors(file), [{ where: 'row 13, column "standard_charge|methodology"', message: 'required value is missing', severity: 'error' }]);
  });

  it('wrong version: named at $.version / row 2, and the charges are still read', async () => {
    const file = await read(JSON.stringify({ ...json, version: '1.1.0' }));
    assert.deepEqual(errors(file).map((p) => p.where), ['$.version']);
    assert.match(errors(file)[0].message, /unsupported version "1\.1\.0"/);
    assert.equal(file.items.length, 22);
    const csv = await read(tall.replace('West Mercy Hospital,4/1/2026,3.0.0,', 'West Mercy Hospital,4/1/2026,9.0,'));
    assert.deepEqual(errors(csv).map((p) => p.where), ['row 2, column "version"']);
    assert.equal(csv.items.length, good.items.length);
  });

  it('wrong header: a misspelled column is named and ignored; a missing required column stops with a clear error', async () => {
    const misspelled = await read(tall.replace('standard_charge | discounted_cash', 'standard_charge | discount_cash'));
    assert.deepEqual(misspelled.problems.map((p) => `${p.severity} ${p.where}: ${p.message}`), ['warning row 3, column "standard_charge|discount_cash": not a column of the CMS template: ignored']);
    assert.equal(misspelled.items.length, good.items.length);
    const missing = await read(tall.replace(',setting,', ',care_setting,'));
    assert.ok(errors(missing).some((p) => p.where === 'row 3' && /required column "setting" missing/.test(p.message)));
    const noMeta = await read(tall.replace('hospital_name,last_updated_on', 'hospital,updated'));
    assert.ok(errors(noMeta).some((p) => p.where === 'row 1, column "hospital_name"' && /wrong header/.test(p.message)));
  });

  it('broken JSON: reports where, keeps every item read before', async () => {
    const text = JSON.stringify(json);
    const cut = text.indexOf('"description":"Pacemaker"');
    const file = await read(`${text.slice(0, cut)}"description": oops`);
    assert.equal(errors(file).length >= 1, true);
    assert.match(errors(file)[0].message, /JSON is broken/);
    assert.match(errors(file)[0].message, /position "\d+"/);
    // The six items before the cut, each complete.
    assert.equal(file.items.length, json.standard_charge_information.findIndex((i) => i.description === 'Pacemaker'));
  });

  it('bad date and empty file', async () => {
    const file = await read(JSON.stringify({ ...json, last_updated_on: '2026-13-45' }));
    assert.deepEqual(errors(file).map((p) => `${p.where}: ${p.message}`), ['$.last_updated_on: not a date: "2026-13-45" (YYYY-MM-DD or M/D/YYYY)']);
    assert.deepEqual(errors(await read('')).map((p) => p.message), ['the file is empty']);
  });
});
