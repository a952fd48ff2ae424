// Node tests of the price-file readers' edges (run by `npm run test:node` over the built
// dist/cli): number and date forms, placeholders, and the JSON scanner's strings, empty arrays
// and trailing text. Each pins a behaviour a one-line bug in src/cli/prices/ would break
// (see `npm run mutate -- prices`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readPriceFile } from '../../dist/cli/prices.js';

const dir = new URL('../fixtures/cms-price-transparency/', import.meta.url);
const fixture = (name) => readFileSync(new URL(name, dir), 'utf8');
async function* chunks(text, size) {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const read = (text, size = 4096) => readPriceFile(chunks(text, size));
const errors = (file) => file.problems.filter((p) => p.severity === 'error');
const MRI_ROW = 'MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,1200,1080,';
const tall = fixture('v3-tall-example.csv');
const json = JSON.parse(fixture('v3-example.json'));
const mri = (file) => file.items.find((i) => i.codes.some((c) => c.code === '70551'));

describe('price values', () => {
  it('a comma is a thousands separator only before three digits: "1,20" is not a number', async () => {
    assert.ok(tall.includes(MRI_ROW));
    const file = await read(tall.replace(MRI_ROW, 'MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,"1,20",1080,'));
    assert.deepEqual(errors(file).map((p) => p.message), ['not a number: "1,20"']);
    const thousands = await read(tall.replace(MRI_ROW, 'MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,"1,200",1080,'));
    assert.deepEqual(errors(thousands), []);
    assert.equal(mri(thousands).grossCharge, 120_000);
  });

  it('a negative amount (a JSON number) is refused with its path', async () => {
    const broken = structuredClone(json);
    broken.standard_charge_information[0].standard_charges[0].gross_charge = -5;
    const file = await read(JSON.stringify(broken));
    assert.deepEqual(errors(file).map((p) => p.message), ['must not be negative: -5']);
  });

  it('"-", "--" and "." in an optional amount read as empty, not as errors', async () => {
    for (const placeholder of ['-', '--', '.']) {
      const file = await read(tall.replace(MRI_ROW, `MRI of brain (no contrast),611,RC,70551,CPT,outpatient,,,1200,${placeholder},`));
      assert.deepEqual(errors(file), [], placeholder);
      assert.equal(file.items.length, json.standard_charge_information.length, placeholder);
    }
  });

  it('a date that does not exist (February 30) is refused in both forms', async () => {
    for (const date of ['2026-02-30', '2/30/2026']) {
      const file = await read(JSON.stringify({ ...json, last_updated_on: date }));
      assert.equal(file.meta.lastUpdatedOn, undefined, date);
      assert.equal(errors(file).length, 1, date);
    }
  });
});

describe('JSON scanner', () => {
  it('a string that ends in an escaped backslash ends at its quote, in a streamed element and in a member', async () => {
    const edited = structuredClone(json);
    edited.standard_charge_information[0].description = 'MRI \\ brain\\';
    edited.attester_name = 'C:\\';
    for (const size of [1, 7, 4096]) {
      const file = await read(JSON.stringify(edited), size);
      assert.deepEqual(errors(file), [], `chunks of ${size}`);
      assert.equal(mri(file).description, 'MRI \\ brain\\');
      assert.equal(file.items.length, json.standard_charge_information.length);
    }
  });

  it('an empty streamed array is read as no elements', async () => {
    const file = await read(JSON.stringify({ ...json, modifier_information: [] }));
    assert.deepEqual(errors(file), []);
    assert.deepEqual(file.modifiers, []);
    assert.equal(file.items.length, json.standard_charge_information.length);
  });

  it('text after the closing brace is an error with its position', async () => {
    const text = JSON.stringify(json);
    const file = await read(`${text}\n{"more": 1}`);
    assert.equal(errors(file).length, 1);
    assert.match(errors(file)[0].message, new RegExp(`position "${text.length + 1}"`));
  });
});
