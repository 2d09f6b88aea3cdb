/**
 * Imports official NCS data into content/ncs/ (or --out DIR).
 *   npm run import:ncs -- FILE… [--duty 02010302 …] [--include-retired] [--out content/ncs] [--base DIR] [--year 2026] [--help]
 * FILE: the NCS정보망 DB export (.xlsx), the public-data CSV (.csv, cp949) or saved ncsInfo API
 * responses (.json). Progress goes to stderr; on any error nothing in the target folder changes.
 */
import { exitWithUsageError } from '../src/cli/command-line.ts';
import { importHelp, parseImportArgs, type ImportRequest } from '../src/cli/import-ncs-options.ts';
import { UsageError } from '../src/lib/usage-error.ts';
import { DataError } from '../src/model/ncs/errors.ts';
import { importNcs } from '../src/ncs-import/import.ts';

let request: ImportRequest;
try {
  request = parseImportArgs(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) exitWithUsageError(error);
  throw error;
}
if (request.help) {
  console.log(importHelp);
  process.exit(0);
}
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const tty = process.stderr.isTTY;
try {
  const result = await importNcs({
    files: request.files,
    duties: request.duties,
    includeRetired: request.includeRetired,
    out: request.out,
    base: request.base,
    year: request.year,
    progress: (file, rows) =>
      process.stderr.write(`${tty ? '\r' : ''}${file}: ${rows.toLocaleString('en')}행 (${seconds()}초)${tty ? '' : '\n'}`),
    stage: (name) => process.stderr.write(`${tty ? '\n' : ''}[${seconds()}초] ${name}\n`),
  });
  for (const notice of result.notices) process.stderr.write(`알림: ${notice}\n`);
  process.stderr.write(
    `끝 (${seconds()}초): 세분류 ${result.duties}개, 능력단위 ${result.units}개, 요소 ${result.elements}개, ` +
      `수행준거 ${result.criteria}개, 지식·기술·태도 ${result.ksa}개 → ${request.out}\n`,
  );
} catch (error) {
  if (error instanceof DataError) {
    console.error(`\n가져오지 않았어요. ${request.out}은(는) 그대로예요.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
