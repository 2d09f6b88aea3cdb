/**
 * Writes lesson designs (JSON, .docx and the slides' .pptx) to a folder.
 *   npm run generate -- --school high --periods 2 --minutes 50 --job cs-manager --unit 0201030201_21v3 --out DIR --config FILE
 */
import { DataError } from '../src/model/lesson/errors.ts';
import { generateLessons } from '../src/cli/generate.ts';
import { exitWithUsageError } from '../src/cli/command-line.ts';
import { UsageError } from '../src/lib/usage-error.ts';

try {
  const started = performance.now();
  const result = await generateLessons(process.argv.slice(2));
  if ('help' in result) {
    console.log(result.help);
  } else {
    const ms = Math.round(performance.now() - started);
    console.log(`수업 설계서 ${result.designs.length}개 (파일 ${result.files.length}개)를 ${result.out}에 만들었어요 (${ms} ms).`);
  }
} catch (e) {
  if (e instanceof UsageError) exitWithUsageError(e);
  if (e instanceof DataError) {
    console.error(`수업 설계서를 만들지 못했어요. 바뀐 파일은 없어요.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
