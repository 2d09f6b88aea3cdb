/**
 * Checks every MDX page under content/: job page outline, heading levels, figure sources.
 *   node scripts/check-content.ts [content-dir]
 * Prints one `file:line: message` per problem and exits with 1 when there is any.
 */
import { checkContent, formatProblem } from '../src/site-content/content-check/check.ts';

const dir = process.argv[2] ?? 'content';
const { files, problems } = checkContent(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`콘텐츠 검사: MDX ${files}개에서 문제 ${problems.length}건을 찾았어요.`);
  process.exit(1);
}
console.log(`콘텐츠 검사: MDX ${files}개, 문제 없음.`);
