// Generated CMS v3.0 files (tall CSV, wide CSV, JSON) for the indexer's memory and throughput measurements: `services`
// distinct services, each priced for `plans` plans, repeated in passes with fresh rates until
// `bytes` have been produced. Chunks are produced lazily, so a 200 MB file never sits in memory.
const head = [
  'hospital_name,last_updated_on,version,location_name,hospital_address,license_number|AZ,type_2_npi,attester_name',
  'Desert Sage Test Hospital,2026-04-01,3.0.0,Desert Sage Test Hospital,"1 Test Road, Phoenix, AZ 85001",12345,0000000001,Test Attester',
  'description,code|1,code|1|type,code|2,code|2|type,setting,drug_unit_of_measurement,drug_type_of_measurement,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,modifiers,standard_charge|negotiated_dollar,standard_charge|negotiated_percentage,standard_charge|negotiated_algorithm,median_amount,10th_percentile,90th_percentile,count,standard_charge|min,standard_charge|max,standard_charge|methodology,additional_generic_notes',
].join('\r\n');

const words = ['office', 'visit', 'new', 'patient', 'established', 'x-ray', 'chest', 'knee', 'mri', 'ct', 'scan', 'blood', 'panel', 'metabolic', 'lipid', 'culture', 'biopsy', 'skin', 'lesion', 'removal', 'injection', 'joint', 'ultrasound', 'abdomen', 'pelvis', 'therapy', 'physical', 'evaluation', 'screening', 'vaccine'];

/** A deterministic description for service `i`. */
export const serviceName = (i) => `${words[i % 30]} ${words[(i * 7 + 3) % 30]} ${words[(i * 13 + 5) % 30]} ${i}`;

export async function* generateTallCsv({ services = 5000, plans = 20, bytes = 20e6, chunkRows = 2000 } = {}) {
  let produced = head.length + 2;
  yield `\uFEFF${head}\r\n`;
  for (let pass = 0; produced < bytes; pass++) {
    let rows = [];
    for (let s = 0; s < services && produced < bytes; s++) {
      const cpt = String(10000 + (s % 89999)).padStart(5, '0');
      const gross = 100 + ((s * 37) % 5000);
      for (let p = 0; p < plans; p++) {
        const dollar = (gross * (0.3 + ((p * 11 + pass) % 50) / 100)).toFixed(2);
        const row = `"${serviceName(s)}",${cpt},CPT,,,outpatient,,,${gross},${(gross * 0.9).toFixed(2)},Payer ${p % 7},Plan ${p},,${dollar},,,,,,,${(gross * 0.3).toFixed(2)},${(gross * 0.8).toFixed(2)},fee schedule,pass ${pass}`;
        produced += row.length + 2;
        rows.push(row);
      }
      if (rows.length >= chunkRows) {
        yield `${rows.join('\r\n')}\r\n`;
        rows = [];
      }
    }
    if (rows.length) yield `${rows.join('\r\n')}\r\n`;
  }
}

/** The same data as a CMS v3.0 JSON file: one `standard_charge_information` item per service and pass. */
export async function* generateJson({ services = 5000, plans = 20, bytes = 20e6 } = {}) {
  const head = '{"hospital_name":"Desert Sage Test Hospital","last_updated_on":"2026-04-01","version":"3.0.0","location_name":["Desert Sage Test Hospital"],"hospital_address":["1 Test Road, Phoenix, AZ 85001"],"license_information":{"state":"AZ","license_number":"12345"},"type_2_npi":["0000000001"],"attestation":{"attestation":"Test","confirm_attestation":true,"attester_name":"Test Attester"},"standard_charge_information":[\n';
  let produced = head.length;
  yield head;
  let first = true;
  for (let pass = 0; produced < bytes; pass++) {
    let items = [];
    for (let s = 0; s < services && produced < bytes; s++) {
      const gross = 100 + ((s * 37) % 5000);
      const payers = [];
      for (let p = 0; p < plans; p++) {
        payers.push({ payer_name: `Payer ${p % 7}`, plan_name: `Plan ${p}`, methodology: 'fee schedule', standard_charge_dollar: Number((gross * (0.3 + ((p * 11 + pass) % 50) / 100)).toFixed(2)), additional_payer_notes: `pass ${pass}` });
      }
      const item = {
        description: serviceName(s),
        code_information: [{ code: String(10000 + (s % 89999)).padStart(5, '0'), type: 'CPT' }],
        standard_charges: [{ setting: 'outpatient', gross_charge: gross, discounted_cash: Number((gross * 0.9).toFixed(2)), minimum: Number((gross * 0.3).toFixed(2)), maximum: Number((gross * 0.8).toFixed(2)), payers_information: payers }],
      };
      const text = `${first ? '' : ',\n'}${JSON.stringify(item)}`;
      first = false;
      produced += text.length;
      items.push(text);
      if (items.length >= 50) {
        yield items.join('');
        items = [];
      }
    }
    if (items.length) yield items.join('');
  }
  yield '\n]}\n';
}

/** The same data as a CMS v3.0 wide CSV: one row per service and pass, one column group per plan. */
export async function* generateWideCsv({ services = 5000, plans = 20, bytes = 20e6, chunkRows = 500 } = {}) {
  const groups = Array.from({ length: plans }, (_, p) => [`standard_charge|Payer ${p % 7}|Plan ${p}|negotiated_dollar`, `standard_charge|Payer ${p % 7}|Plan ${p}|methodology`, `additional_payer_notes|Payer ${p % 7}|Plan ${p}`].join(','));
  const wideHead = [
    head.split('\r\n')[0],
    head.split('\r\n')[1],
    `description,code|1,code|1|type,setting,standard_charge|gross,standard_charge|discounted_cash,${groups.join(',')},standard_charge|min,standard_charge|max`,
  ].join('\r\n');
  let produced = wideHead.length + 2;
  yield `\uFEFF${wideHead}\r\n`;
  for (let pass = 0; produced < bytes; pass++) {
    let rows = [];
    for (let s = 0; s < services && produced < bytes; s++) {
      const cpt = String(10000 + (s % 89999)).padStart(5, '0');
      const gross = 100 + ((s * 37) % 5000);
      const cells = [];
      for (let p = 0; p < plans; p++) cells.push(`${(gross * (0.3 + ((p * 11 + pass) % 50) / 100)).toFixed(2)},fee schedule,pass ${pass}`);
      const row = `"${serviceName(s)}",${cpt},CPT,outpatient,${gross},${(gross * 0.9).toFixed(2)},${cells.join(',')},${(gross * 0.3).toFixed(2)},${(gross * 0.8).toFixed(2)}`;
      produced += row.length + 2;
      rows.push(row);
      if (rows.length >= chunkRows) {
        yield `${rows.join('\r\n')}\r\n`;
        rows = [];
      }
    }
    if (rows.length) yield `${rows.join('\r\n')}\r\n`;
  }
}
