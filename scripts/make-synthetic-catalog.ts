/**
 * A synthetic NCS catalog in an official file format, for tests and benchmarks. Every name says it
 * is an example ("예시 능력단위 00001"); nothing in it is official content.
 *   npm run make:synthetic -- --units 13400 --format xlsx|csv|api --out DIR
 * Writes DIR/ncs-synthetic-<N>.xlsx, DIR/ncs-synthetic-<N>.csv or DIR/ncs-synthetic-<N>-api/*.json
 * and prints the written paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeNcsApiJson, writeNcsCsv, writeNcsXlsx } from '../src/ncs-import/official-writers.ts';
import { makeSyntheticCatalog } from '../src/ncs-import/synthetic.ts';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '100' },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string', default: 'report/tmp/synthetic' },
  },
});
const units = Number(values.units);
if (!Number.isInteger(units) || units < 1) {
  console.error(`--units는 1 이상의 정수여야 합니다 (받은 값: ${values.units})`);
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
const catalog = makeSyntheticCatalog({ units });
const base = join(values.out, `ncs-synthetic-${units}`);
const started = performance.now();
if (values.format === 'xlsx') {
  const rows = await writeNcsXlsx(`${base}.xlsx`, catalog, {
    progress: (n) => process.stderr.write(`\r${n.toLocaleString('en')}행 썼어요`),
  });
  process.stderr.write(`\r${rows.toLocaleString('en')}행 썼어요 (${((performance.now() - started) / 1000).toFixed(1)}초)\n`);
  console.log(`${base}.xlsx`);
} else if (values.format === 'csv') {
  await writeNcsCsv(`${base}.csv`, catalog);
  console.log(`${base}.csv`);
} else if (values.format === 'api') {
  for (const file of await writeNcsApiJson(`${base}-api`, catalog, { numberPrefix: true })) console.log(file);
} else {
  console.error(`--format은 xlsx, csv, api 중 하나예요 (받은 값: ${values.format})`);
  process.exit(2);
}
