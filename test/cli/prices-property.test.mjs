// Property tests (fast-check, Node): any set of charges written as a CMS v3.0 JSON file, a tall
// CSV and a wide CSV parses into the same normalized model, whatever the chunking; cents survive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readPriceFile } from '../../dist/cli/prices.js';

const plans = [['Platform Health Insurance', 'PPO'], ['Region Health, Inc.', 'HMO "Gold"']];
const methodologies = ['case rate', 'fee schedule', 'percent of total billed charges', 'per diem', 'other'];
const text = fc.stringMatching(/^[A-Za-z0-9 ,"é\n;()-]{0,30}$/);
const cents = fc.integer({ min: 1, max: 5_000_000_00 });

const rate = fc.record(
  {
    methodology: fc.constantFrom(...methodologies),
    dollar: cents,
    percentage: fc.integer({ min: 1, max: 2000 }).map((n) => n / 10),
    algorithm: text.map((t) => `Algorithm ${t}`),
    notes: text.map((t) => `Note ${t}`),
  },
  { requiredKeys: ['methodology'] },
).filter((r) => r.dollar !== undefined || r.percentage !== undefined || r.algorithm !== undefined);

const item = fc.record(
  {
    name: text,
    codes: fc.uniqueArray(fc.record({ type: fc.constantFrom('CPT', 'HCPCS', 'RC', 'MS-DRG', 'LOCAL'), code: fc.stringMatching(/^[A-Z0-9]{3,6}$/) }), { minLength: 1, maxLength: 2, selector: (c) => c.type }),
    setting: fc.constantFrom('inpatient', 'outpatient', 'both'),
    gross: cents,
    cash: cents,
    rates: fc.tuple(fc.option(rate, { nil: undefined }), fc.option(rate, { nil: undefined })),
  },
  { requiredKeys: ['name', 'codes', 'setting', 'rates'] },
).filter((i) => i.gross !== undefined || i.cash !== undefined || i.rates.some(Boolean));

const items = fc.array(item, { minLength: 1, maxLength: 6 }).map((list) => list.map((it, i) => ({ ...it, description: `Service ${i} ${it.name}` })));
const dollars = (c) => (c === undefined ? '' : (c / 100).toFixed(2));
const csvCell = (v) => (v === undefined || v === '' ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csvRow = (cells) => cells.map(csvCell).join(',');
const head = ['hospital_name,last_updated_on,version,location_name,hospital_address,license_number|AZ,type_2_npi,attester_name', 'Test Hospital,2026-04-01,3.0.0,Test Hospital,"1 Road, Phoenix, AZ",1,0000000001,Tester'];
const minMax = (it) => {
  const d = it.rates.filter((r) => r?.dollar !== undefined).map((r) => r.dollar);
  return d.length ? [Math.min(...d), Math.max(...d)] : [undefined, undefined];
};

function asJson(list) {
  return JSON.stringify({
    hospital_name: 'Test Hospital',
    last_updated_on: '2026-04-01',
    version: '3.0.0',
    location_name: ['Test Hospital'],
    standard_charge_information: list.map((it) => {
      const [min, max] = minMax(it);
      return {
        description: it.description,
        code_information: it.codes,
        standard_charges: [
          {
            setting: it.setting,
            ...(it.gross === undefined ? {} : { gross_charge: it.gross / 100 }),
            ...(it.cash === undefined ? {} : { discounted_cash: it.cash / 100 }),
            ...(min === undefined ? {} : { minimum: min / 100, maximum: max / 100 }),
            payers_information: it.rates.flatMap((r, p) =>
              r
                ? [{
                    payer_name: plans[p][0],
                    plan_name: plans[p][1],
                    methodology: r.methodology,
                    ...(r.dollar === undefined ? {} : { standard_charge_dollar: r.dollar / 100 }),
                    ...(r.percentage === undefined ? {} : { standard_charge_percentage: r.percentage }),
                    ...(r.algorithm === undefined ? {} : { standard_charge_algorithm: r.algorithm }),
                    ...(r.notes === undefined ? {} : { additional_payer_notes: r.notes }),
                  }]
                : [],
            ),
          },
        ],
      };
    }),
  });
}

const codeCells = (it) => [it.codes[0]?.code, it.codes[0]?.type, it.codes[1]?.code, it.codes[1]?.type];

function asTall(list) {
  const header = 'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|negotiated_percentage,standard_charge|negotiated_algorithm,standard_charge|min,standard_charge|max,standard_charge|methodology,additional_generic_notes';
  const rows = list.flatMap((it) => {
    const [min, max] = minMax(it);
    const base = [it.description, ...codeCells(it), it.setting, dollars(it.gross), dollars(it.cash)];
    const rated = it.rates.flatMap((r, p) => (r ? [csvRow([...base, plans[p][0], plans[p][1], dollars(r.dollar), r.percentage, r.algorithm, dollars(min), dollars(max), r.methodology, r.notes])] : []));
    return rated.length ? rated : [csvRow([...base, '', '', '', '', '', '', '', '', ''])];
  });
  return [...head, header, ...rows].join('\r\n');
}

function asWide(list) {
  const groups = plans.flatMap(([payer, plan]) => [
    ...['negotiated_dollar', 'negotiated_percentage', 'negotiated_algorithm', 'methodology'].map((f) => `standard_charge|${payer}|${plan}|${f}`),
    `additional_payer_notes|${payer}|${plan}`,
  ]);
  const header = csvRow(['description', 'code|1', 'code|1|type', 'code|2', 'code|2|type', 'setting', 'standard_charge|gross', 'standard_charge|discounted_cash', ...groups, 'standard_charge|min', 'standard_charge|max']);
  const rows = list.map((it) => {
    const [min, max] = minMax(it);
    const payerCells = it.rates.flatMap((r) => (r ? [dollars(r.dollar), r.percentage, r.algorithm, r.methodology, r.notes] : ['', '', '', '', '']));
    return csvRow([it.description, ...codeCells(it), it.setting, dollars(it.gross), dollars(it.cash), ...payerCells, dollars(min), dollars(max)]);
  });
  return [...head, header, ...rows].join('\n');
}

async function* chunked(textValue, sizes) {
  const bytes = Buffer.from(textValue);
  let i = 0;
  for (let k = 0; i < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    yield bytes.subarray(i, i + size);
    i += size;
  }
}

describe('property: the three layouts of one file parse the same', () => {
  it('JSON, tall CSV and wide CSV give the same items, in cents, in any chunking (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(items, fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 }), async (list, sizes) => {
        const [json, tall, wide] = await Promise.all([asJson(list), asTall(list), asWide(list)].map((t) => readPriceFile(chunked(t, sizes))));
        assert.deepEqual(json.problems, []);
        assert.deepEqual(tall.problems, []);
        assert.deepEqual(wide.problems, []);
        assert.equal(json.items.length, list.length);
        assert.deepEqual(tall.items, json.items);
        assert.deepEqual(wide.items, json.items);
        for (const it of list) {
          const parsed = json.items.find((p) => p.description === it.description.replace(/\s+/g, ' ').trim());
          assert.equal(parsed.grossCharge, it.gross);
          assert.equal(parsed.discountedCash, it.cash);
          assert.deepEqual(parsed.rates.map((r) => r.dollar).filter(Boolean).sort(), it.rates.flatMap((r) => (r?.dollar ? [r.dollar] : [])).sort());
        }
      }),
      { numRuns: 300, errorWithCause: true },
    );
  });
});
