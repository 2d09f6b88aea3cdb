import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkPage, formatProblem } from '../../../src/site-content/content-check/check.ts';

/** A job page that passes every rule; fixtures break one thing each. Line numbers below count from here. */
const goodJob = `---
title: 시험 직업
figures:
  - label: 종사자 수
    value: 10명
    year: 2016
    source: keis
sources:
  - keis
---

## 하는 일

글이에요.

## 잘 맞는 사람

## 되는 길

### 학교와 전공

### 자격증

<JobCertificates />

### 지금 해 볼 수 있는 일

## 임금과 전망

<PayAndOutlook />

## 관련 직업

<RelatedJobs />
`;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const work = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(relPath: string, text: string) {
  const file = join(work, 'content', relPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('checkPage', () => {
  it('finds nothing wrong with a complete job page', () => {
    expect(checkPage(goodJob, true)).toEqual([]);
  });

  it('does not hold other pages to the job outline', () => {
    expect(checkPage('---\ntitle: 안내\n---\n\n## 아무 제목\n\n### 소제목\n', false)).toEqual([]);
  });

  it('accepts a page without frontmatter or headings', () => {
    expect(checkPage('글만 있어요.\n', false)).toEqual([]);
  });

  it('reports a duplicated section', () => {
    const text = goodJob.replace('## 잘 맞는 사람\n', '## 잘 맞는 사람\n\n## 하는 일\n');
    expect(checkPage(text, true)).toEqual([
      { line: lineOf(text, '## 잘 맞는 사람') + 2, message: '직업 페이지에 같은 섹션이 두 번 나와요: "## 하는 일"' },
    ]);
  });

  it('reports an h1 in the body', () => {
    const text = goodJob.replace('## 하는 일\n', '# 큰 제목\n\n## 하는 일\n');
    expect(checkPage(text, true)).toContainEqual({
      line: lineOf(text, '# 큰 제목'),
      message: '본문에 h1 제목이 있어요: "큰 제목" (페이지 제목 title이 h1이 되니 본문은 h2부터 써요)',
    });
  });

  it('treats official pay like any other figure', () => {
    const text = goodJob.replace('sources:\n', 'officialPay:\n  label: 평균 임금\n  value: 1원\n  source: keis\nsources:\n');
    expect(checkPage(text, true)).toEqual([
      {
        line: lineOf(text, 'officialPay:') + 1,
        message: 'officialPay "평균 임금": 기준 연도(year)가 없어요 (출처가 밝히지 않으면 year: null)',
      },
    ]);
  });

  it('leaves officialPay: null alone', () => {
    expect(checkPage(goodJob.replace('sources:\n', 'officialPay: null\nsources:\n'), true)).toEqual([]);
  });
});

describe('checkContent over a folder of broken pages', () => {
  const fixtures: { file: string; text: string; expected: string[] }[] = [];
  const add = (file: string, text: string, expected: (text: string) => string[]) => fixtures.push({ file, text, expected: expected(text) });

  add('jobs/missing-section.mdx', goodJob.replace('## 잘 맞는 사람\n\n', ''), (t) => [
    `content/jobs/missing-section.mdx:${lineOf(t, '## 되는 길')}: 직업 페이지에 필수 섹션이 없어요: "## 잘 맞는 사람"`,
  ]);
  add(
    'jobs/out-of-order.mdx',
    goodJob.replace('## 하는 일\n\n글이에요.\n\n## 잘 맞는 사람\n', '## 잘 맞는 사람\n\n## 하는 일\n\n글이에요.\n'),
    (t) => [
      `content/jobs/out-of-order.mdx:${lineOf(t, '## 하는 일')}: 섹션 순서가 맞지 않아요: "## 하는 일" → "잘 맞는 사람" 앞에 와야 해요`,
    ],
  );
  add('jobs/missing-subsection.mdx', goodJob.replace('### 자격증\n\n', ''), (t) => [
    `content/jobs/missing-subsection.mdx:${lineOf(t, '### 지금 해 볼 수 있는 일')}: "되는 길" 섹션에 필수 섹션이 없어요: "### 자격증"`,
  ]);
  add('guides/skipped-level.mdx', '---\ntitle: 안내\n---\n\n## 둘\n\n#### 넷\n', () => [
    'content/guides/skipped-level.mdx:7: 제목 단계를 건너뛰었어요: h2 다음에 h4 "넷"',
  ]);
  add('paths/starts-at-h3.mdx', '---\ntitle: 경로\n---\n\n### 셋\n', () => [
    'content/paths/starts-at-h3.mdx:5: 첫 제목이 h3이에요: "셋" (본문은 h2부터 시작해요)',
  ]);
  add('jobs/figure-no-source.mdx', goodJob.replace('    source: keis\n', ''), () => [
    'content/jobs/figure-no-source.mdx:4: figures[0] "종사자 수": 출처(source)가 없어요',
  ]);
  add('jobs/figure-no-year.mdx', goodJob.replace('    year: 2016\n', ''), () => [
    'content/jobs/figure-no-year.mdx:4: figures[0] "종사자 수": 기준 연도(year)가 없어요 (출처가 밝히지 않으면 year: null)',
  ]);
  add('jobs/figure-unknown-source.mdx', goodJob.replace('    source: keis\n', '    source: nowhere\n'), () => [
    'content/jobs/figure-unknown-source.mdx:7: figures[0] "종사자 수": sources에 없는 출처예요: "nowhere"',
  ]);
  add('guides/bad-yaml.mdx', '---\ntitle: 안내\nfigures: [\n---\n\n## 하나\n', (t) => {
    const problems = checkPage(t, false);
    return [`content/guides/bad-yaml.mdx:${problems[0]?.line}: ${problems[0]?.message}`];
  });
  add('guides/bad-jsx.mdx', '---\ntitle: 안내\n---\n\n## 하나\n\n<Figures\n', (t) => {
    const problems = checkPage(t, false);
    return [`content/guides/bad-jsx.mdx:${problems[0]?.line}: ${problems[0]?.message}`];
  });
  add('jobs/component-missing.mdx', goodJob.replace('<PayAndOutlook />\n', ''), (t) => [
    `content/jobs/component-missing.mdx:${lineOf(t, '## 임금과 전망')}: "## 임금과 전망" 섹션에 자료를 보여 주는 컴포넌트가 없어요: <PayAndOutlook />`,
  ]);
  add(
    'jobs/component-in-wrong-section.mdx',
    goodJob.replace('<RelatedJobs />\n', '').replace('## 관련 직업\n', '<RelatedJobs />\n\n## 관련 직업\n'),
    (t) => [
      `content/jobs/component-in-wrong-section.mdx:${lineOf(t, '## 관련 직업')}: "## 관련 직업" 섹션에 자료를 보여 주는 컴포넌트가 없어요: <RelatedJobs />`,
    ],
  );
  add('jobs/fine.mdx', goodJob, () => []);
  // Below jobs/, not directly in it: not a job page, so no outline is required.
  add('jobs/drafts/notes.mdx', '## 메모\n', () => []);

  for (const f of fixtures) write(f.file, f.text);
  write(
    'sources.yaml',
    'sources:\n  - id: keis\n    kind: official\n    title: 전망\n    publisher: null\n    year: 2016\n    dataYears: [2016]\n',
  );
  const { files, problems } = checkContent(join(work, 'content'), work);
  const byFile = (file: string) => problems.filter((p) => p.file === `content/${file}`).map(formatProblem);

  it('reads every .mdx file, nested folders included', () => {
    expect(files).toBe(fixtures.length);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s gives exactly the expected messages', (_name, f) => {
    expect(byFile(f.file)).toEqual(f.expected);
  });

  it('reports unreadable YAML and MDX with a reason', () => {
    expect(byFile('guides/bad-yaml.mdx')[0]).toMatch(/^content\/guides\/bad-yaml\.mdx:3: frontmatter를 읽을 수 없어요: /);
    expect(byFile('guides/bad-jsx.mdx')[0]).toMatch(/^content\/guides\/bad-jsx\.mdx:\d+: MDX를 읽을 수 없어요: /);
  });
});
