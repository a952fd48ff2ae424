// Child process of `npm run bench:prices`: DuckDB (2 threads) reads one generated CMS file and
// aggregates it (rows, distinct services, a sum of rates) — the yardstick for the indexer. Prints
// one JSON line: seconds, peak RSS (MB) and what it counted.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, kind] = process.argv.slice(2);
const path = file.replace(/'/g, "''");
const queries = {
  tall: `SELECT count(*) AS n, count(DISTINCT description) AS services, sum(TRY_CAST("standard_charge|negotiated_dollar" AS DOUBLE)) AS total FROM read_csv('${path}', skip = 2, header = true, all_varchar = true)`,
  wide: `SELECT count(*) AS n, count(DISTINCT description) AS services, sum(TRY_CAST("standard_charge|gross" AS DOUBLE)) AS total FROM read_csv('${path}', skip = 2, header = true, all_varchar = true)`,
  json: `SELECT count(*) AS n, count(DISTINCT item.description) AS services, 0 AS total FROM (SELECT unnest(standard_charge_information) AS item FROM read_json('${path}', format = 'unstructured', maximum_object_size = 4000000000))`,
};
const started = performance.now();
let result;
let error;
try {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(queries[kind]);
  const [n, services, total] = reader.getRows()[0];
  result = { rows: Number(n), services: Number(services), total: Number(total) };
} catch (e) {
  error = e instanceof Error ? e.message.split('\n')[0] : String(e);
}
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
console.log(JSON.stringify({ seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peakRssMb: usage.maxRSS / 1024, ...result, error }));
