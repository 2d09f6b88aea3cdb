/**
 * Checks the content folder: job page outline, heading levels, the source registry (every id
 * exists, figure years are years their sources describe, no project notes cited) and the wording
 * (quote marks, particles after digits and codes, a survey year beside every 한국직업사전 figure,
 * no accidental strikethrough).
 *   node scripts/check-content.ts [content-dir] [--built <site-dir>]
 * With --built, the same wording rules also run over every page of a built site (e.g. dist/), so
 * what templates and components write is checked as readers see it.
 * Prints one `file:line: message` per problem and exits with 1 when there is any. Also prints, on
 * stdout and without failing, the passages that draw on a blog, a column or an interview: opinions
 * need a person to check that the page says whose view they are.
 */
import { existsSync, statSync } from 'node:fs';
import { exitWithUsageError, readCommandLine } from '../src/cli/command-line.ts';
import { UsageError } from '../src/lib/usage-error.ts';
import { checkBuiltContent, checkContent, formatProblem, formatReviewItem } from '../src/site-content/content-check/check.ts';

const { values, positionals } = readCommandLine({
  usage: 'npm run check:content',
  summary: '콘텐츠 검사: 스키마, 파일 사이의 참조, 직업 페이지의 차례, 출처와 기준 연도, 글쓰기 규칙',
  positionals: { name: '폴더', help: '검사할 콘텐츠 폴더 (기본 content)', max: 1 },
  options: { built: { type: 'string', hint: '폴더', help: '만든 사이트(예: dist)의 모든 쪽에도 글쓰기 규칙 적용' } },
});
const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();
const dir = positionals[0] ?? 'content';
if (!isFolder(dir)) {
  exitWithUsageError(
    new UsageError(`콘텐츠 폴더가 없어요: ${JSON.stringify(dir)}. jobs/, ncs/ 들이 든 콘텐츠 폴더를 적어요 (기본 content)`),
  );
}
const { built } = values;
if (built !== undefined && !isFolder(built)) {
  exitWithUsageError(new UsageError(`--built 다음에 만든 사이트 폴더를 적어요 (예: --built dist): ${JSON.stringify(built)} 폴더가 없어요`));
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

// The built pages are read only when the content itself loads: their records come from it.
let builtProblems = 0;
let pages = 0;
if (built && problems.length === 0) {
  const result = checkBuiltContent(dir, built);
  pages = result.pages;
  builtProblems = result.problems.length;
  for (const p of result.problems) console.error(formatProblem(p));
}
if (problems.length + builtProblems > 0) {
  const where = built && problems.length === 0 ? `MDX ${files}개와 만든 페이지 ${pages}개` : `MDX ${files}개`;
  console.error(`콘텐츠 검사: ${where}에서 문제 ${problems.length + builtProblems}건을 찾았어요.`);
  process.exit(1);
}
console.log(`콘텐츠 검사: MDX ${files}개${built ? `, 만든 페이지 ${pages}개` : ''}, 문제 없음.`);
