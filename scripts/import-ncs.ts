/**
 * Imports official NCS data into content/ncs/ (or --out DIR).
 *   npm run import:ncs -- FILE… [--duty 02010302 …] [--include-retired] [--out content/ncs] [--base DIR] [--year 2026]
 * FILE: the NCS정보망 DB export (.xlsx), the public-data CSV (.csv, cp949) or saved ncsInfo API
 * responses (.json). Progress goes to stderr; on any error nothing in the target folder changes.
 */
import { parseArgs } from 'node:util';
import { DataError } from '../src/model/ncs/errors.ts';
import { importNcs } from '../src/ncs-import/import.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duty: { type: 'string', multiple: true, default: [] },
    'include-retired': { type: 'boolean', default: false },
    out: { type: 'string', default: 'content/ncs' },
    base: { type: 'string' },
    year: { type: 'string' },
    'no-verify': { type: 'boolean', default: false },
  },
});

if (positionals.length === 0) {
  console.error('가져올 파일을 적어 주세요: npm run import:ncs -- 파일.xlsx [--duty 02010302]');
  process.exit(2);
}
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
  console.error(`--year는 네 자리 연도예요 (받은 값: ${values.year})`);
  process.exit(2);
}
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const tty = process.stderr.isTTY;
try {
  const result = await importNcs({
    files: positionals,
    duties: values.duty.flatMap((d) => d.split(',')).filter(Boolean),
    includeRetired: values['include-retired'],
    out: values.out,
    base: values.base,
    year: values.year ? Number(values.year) : null,
    verify: !values['no-verify'],
    progress: (file, rows) =>
      process.stderr.write(`${tty ? '\r' : ''}${file}: ${rows.toLocaleString('en')}행 (${seconds()}초)${tty ? '' : '\n'}`),
    stage: (name) => process.stderr.write(`${tty ? '\n' : ''}[${seconds()}초] ${name}\n`),
  });
  for (const notice of result.notices) process.stderr.write(`알림: ${notice}\n`);
  process.stderr.write(
    `끝 (${seconds()}초): 세분류 ${result.duties}개, 능력단위 ${result.units}개, 요소 ${result.elements}개, ` +
      `수행준거 ${result.criteria}개, 지식·기술·태도 ${result.ksa}개 → ${values.out}\n`,
  );
} catch (error) {
  if (error instanceof DataError) {
    console.error(`\n가져오지 않았어요. ${values.out}은(는) 그대로예요.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
