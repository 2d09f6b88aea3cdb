import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const node = join('node_modules', '.bin', 'node');
const run = (...args: string[]) => spawnSync(node, ['scripts/check-content.ts', ...args], { encoding: 'utf8' });

it('finds no problems in the real content/ folder', () => {
  const result = run();
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(/\n콘텐츠 검사: MDX \d+개, 문제 없음\.\n$/);
  // Opinions are listed for a person to read, without failing the check.
  expect(result.stdout).toMatch(/^검토 목록: 블로그·칼럼·인터뷰에 기댄 부분 \d+곳/);
  expect(result.status).toBe(0);
});

const work = mkdtempSync(join(tmpdir(), 'check-content-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('prints file:line: message for each problem and exits with 1', () => {
  const dir = join(work, 'content');
  mkdirSync(join(dir, 'guides'), { recursive: true });
  mkdirSync(join(dir, 'jobs'));
  writeFileSync(join(dir, 'guides', 'a.mdx'), '---\ntitle: 안내\n---\n\n## 둘\n\n#### 넷\n');
  writeFileSync(join(dir, 'jobs', 'b.mdx'), '---\ntitle: 직업\n---\n\n## 하는 일\n');
  writeFileSync(
    join(dir, 'sources.yaml'),
    'sources:\n  - id: s\n    kind: official\n    title: 자료\n    publisher: null\n    year: null\n',
  );

  const result = run(dir);
  const shown = relative(process.cwd(), dir);
  const missing = [
    '일하는 곳과 근무 형태',
    '필요한 역량',
    '적성과 흥미',
    '되는 길',
    '임금과 전망',
    '장점과 어려움',
    '관련 직업',
    '관련 NCS 능력단위',
  ];
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toEqual([
    `${shown}/guides/a.mdx:7: 제목 단계를 건너뛰었어요: h2 다음에 h4 "넷"`,
    // Sections missing at the end of the page are reported at its last line.
    ...missing.map((name) => `${shown}/jobs/b.mdx:5: 직업 페이지에 필수 섹션이 없어요: "## ${name}"`),
    '콘텐츠 검사: MDX 2개에서 문제 9건을 찾았어요.',
  ]);
});
