import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const node = join('node_modules', '.bin', 'node');
// Each test starts node on the whole content folder: seconds on a loaded machine, not milliseconds.
const CLI_TIMEOUT = 60_000;
const run = (...args: string[]) => spawnSync(node, ['scripts/check-content.ts', ...args], { encoding: 'utf8' });

it(
  'finds no problems in the real content/ folder',
  () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\n콘텐츠 검사: MDX \d+개, 문제 없음\.\n$/);
    // Opinions are listed for a person to read, without failing the check.
    expect(result.stdout).toMatch(/^검토 목록: 블로그·칼럼·인터뷰에 기댄 부분 \d+곳/);
    expect(result.status).toBe(0);
  },
  CLI_TIMEOUT,
);

const work = mkdtempSync(join(tmpdir(), 'check-content-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it(
  'prints file:line: message for each problem and exits with 1',
  () => {
    // The test site, with a guide that skips a heading level and a job page that stops after one section.
    const dir = join(work, 'content');
    cpSync('test/fixtures/site', dir, { recursive: true });
    const front = (title: string, extra: string) =>
      `---\ntitle: ${title}\nsummary: 요약이에요.\norder: 9\n${extra}sources:\n  - example-official\n---\n\n`;
    writeFileSync(join(dir, 'guides', 'a.mdx'), `${front('안내', '')}## 둘\n\n#### 넷\n`);
    const job =
      'day:\n  - 첫 줄\n  - 둘째 줄\ngood:\n  - 좋은 점\nhard:\n  - 힘든 점\n' +
      'workArea: 고객접점 서비스\nofficialName: null\ndictionaryCode: null\neducation: null\nskillPeriod: null\nkeco: null\nksco: null\n';
    writeFileSync(join(dir, 'jobs', 'b.mdx'), `${front('직업', job)}## 하는 일\n`);

    const result = run(dir);
    const shown = relative(process.cwd(), dir);
    const missing = ['잘 맞는 사람', '되는 길', '임금과 전망', '관련 직업'];
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${shown}/guides/a.mdx:11: 제목 단계를 건너뛰었어요: h2 다음에 h4 "넷"`,
      // Sections missing at the end of the page are reported at its last line.
      ...missing.map((name) => `${shown}/jobs/b.mdx:23: 직업 페이지에 필수 섹션이 없어요: "## ${name}"`),
      '콘텐츠 검사: MDX 6개에서 문제 5건을 찾았어요.',
    ]);
  },
  CLI_TIMEOUT,
);

it(
  'reports what the site loader finds: a reference to a page that does not exist',
  () => {
    const dir = join(work, 'content-ref');
    cpSync('test/fixtures/site', dir, { recursive: true });
    const file = join(dir, 'paths', 'example-path.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('jobs: [example-lead]', 'jobs: [example-ghost]'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${relative(process.cwd(), dir)}/paths/example-path.mdx:11: example-path steps[1].jobs[0]: 직업 "example-ghost"의 페이지(content/jobs/example-ghost.mdx)가 없어요`,
    );
  },
  CLI_TIMEOUT,
);

it(
  'with --built, checks the wording of every built page too',
  () => {
    const site = join(work, 'built');
    cpSync('test/fixtures/wording/old.html', join(site, 'old', 'index.html'), { recursive: true });
    const failed = run('--built', site);
    expect(failed.status).toBe(1);
    const shown = relative(process.cwd(), site);
    expect(failed.stderr).toContain(`${shown}/old/index.html:6: <del> 취소선이 있어요`);
    expect(failed.stderr).toContain('("0201030201_21v3로" → "0201030201_21v3으로")');
    expect(failed.stderr).toMatch(/콘텐츠 검사: MDX \d+개와 만든 페이지 1개에서 문제 \d+건을 찾았어요\.\n$/);

    rmSync(join(site, 'old'), { recursive: true });
    cpSync('test/fixtures/wording/new.html', join(site, 'new', 'index.html'), { recursive: true });
    const passed = run('--built', site);
    expect(passed.stderr).toBe('');
    expect(passed.stdout).toMatch(/콘텐츠 검사: MDX \d+개, 만든 페이지 1개, 문제 없음\.\n$/);
  },
  CLI_TIMEOUT,
);

it(
  'says in Korean what --built needs when the folder is missing',
  () => {
    const result = run('--built', join(work, 'nowhere'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--built 다음에 만든 사이트 폴더를 적어요');
  },
  CLI_TIMEOUT,
);
