/**
 * Checks the content folder: job page outline, heading levels, and the source registry (every id
 * exists, figure years are years their sources describe, no project notes cited).
 *   node scripts/check-content.ts [content-dir]
 * Prints one `file:line: message` per problem and exits with 1 when there is any. Also prints, on
 * stdout and without failing, the passages that draw on a blog, a column or an interview: opinions
 * need a person to check that the page says whose view they are.
 */
import { existsSync, statSync } from 'node:fs';
import { exitWithUsageError, readCommandLine } from '../src/cli/command-line.ts';
import { UsageError } from '../src/cli/usage-error.ts';
import { checkContent, formatProblem, formatReviewItem } from '../src/site-content/content-check/check.ts';

const { positionals } = readCommandLine({
  usage: 'npm run check:content',
  summary: '콘텐츠 검사: 스키마, 파일 사이의 참조, 직업 페이지의 차례, 출처와 기준 연도',
  positionals: { name: '폴더', help: '검사할 콘텐츠 폴더 (기본 content)', max: 1 },
  options: {},
});
const dir = positionals[0] ?? 'content';
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  exitWithUsageError(
    new UsageError(`콘텐츠 폴더 ${JSON.stringify(dir)}가 없어요. jobs/, ncs/ 들이 든 콘텐츠 폴더를 적어요 (기본 content)`),
  );
}
const { files, problems, notices, review } = checkContent(dir);
if (review.length > 0) {
  console.log(`검토 목록: 블로그·칼럼·인터뷰에 기댄 부분 ${review.length}곳 (누구의 생각인지 밝혔는지 사람이 읽어 보세요)`);
  for (const r of review) console.log(`  ${formatReviewItem(r)}`);
}
if (notices.length > 0) {
  console.log(`알림 ${notices.length}건 (실패로 치지 않아요):`);
  for (const n of notices) console.log(`  ${formatProblem(n)}`);
}
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`콘텐츠 검사: MDX ${files}개에서 문제 ${problems.length}건을 찾았어요.`);
  process.exit(1);
}
console.log(`콘텐츠 검사: MDX ${files}개, 문제 없음.`);
