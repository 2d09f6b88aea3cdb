/**
 * A synthetic NCS catalog in an official file format, for tests and benchmarks. Every name says it
 * is an example ("예시 능력단위 00001"); nothing in it is official content.
 *   npm run make:synthetic -- --units 13400 --format xlsx|csv|api --out DIR
 * Writes DIR/ncs-synthetic-<N>.xlsx, DIR/ncs-synthetic-<N>.csv or DIR/ncs-synthetic-<N>-api/*.json
 * and prints the written paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { writeNcsApiJson, writeNcsCsv, writeNcsXlsx } from '../src/ncs-import/official-writers.ts';
import { makeSyntheticCatalog } from '../src/ncs-import/synthetic.ts';

const { values } = readCommandLine({
  usage: 'npm run make:synthetic',
  summary: '공식 NCS 파일 형식의 합성 자료 만들기 (이름은 모두 "예시 …", 시험·벤치마크용)',
  options: {
    units: { type: 'integer', min: 1, max: 100_000, default: 100, help: '능력단위 수' },
    format: { type: 'string', values: ['xlsx', 'csv', 'api'], default: 'xlsx', help: '파일 형식' },
    out: { type: 'string', hint: '폴더', default: 'report/tmp/synthetic', help: '결과 폴더' },
  },
});
const { units } = values;
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
} else {
  for (const file of await writeNcsApiJson(`${base}-api`, catalog, { numberPrefix: true })) console.log(file);
}
