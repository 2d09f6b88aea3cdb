import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/site-content/content-check/check.ts';
import { checkYamlSourceRefs, type ReviewItem } from '../../../src/site-content/content-check/sources.ts';
import { sourceSchema, type Source } from '../../../src/schemas/source.ts';

const registry = new Map<string, Source>(
  [
    { id: 'manpower', kind: 'official', title: '인력수급 전망', publisher: '한국고용정보원', year: 2016, dataYears: [2015, 2025] },
    { id: 'blog', kind: 'blog', title: '연봉 글', publisher: null, year: 2025, date: '2025-01-22' },
    { id: 'column', kind: 'column', title: '취업 칼럼', publisher: null, year: 2020 },
    { id: 'seed', kind: 'seed', title: '연수 자료', publisher: null, year: null },
  ].map((s) => [s.id, sourceSchema.parse(s)]),
);

const page = (figures: string, sources: string[], body = '## 안내\n\n글이에요.\n') =>
  `---\ntitle: 안내\nfigures:\n${figures}sources:\n${sources.map((s) => `  - ${s}\n`).join('')}---\n\n${body}`;
const figure = (year: string, source: string) => `  - label: 수치\n    value: 1\n    year: ${year}\n    source: ${source}\n`;
const check = (text: string) => checkPage(text, false, registry);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('figure years against the registry', () => {
  it('accepts a year the source describes', () => {
    expect(check(page(figure('2025', 'manpower'), ['manpower']))).toEqual([]);
  });

  it('refuses a year the source does not describe', () => {
    const text = page(figure('2016', 'manpower'), ['manpower']);
    expect(check(text)).toEqual([
      {
        line: lineOf(text, 'year: 2016'),
        message: 'figures[0] "수치": 기준 연도 2016은 출처 "manpower"가 다루는 해(2015, 2025)가 아니에요',
      },
    ]);
  });

  it('refuses the date of a blog post as the year of its figures', () => {
    const text = page(figure('2025', 'blog'), ['blog']);
    expect(check(text)[0]!.message).toBe(
      'figures[0] "수치": 출처 "blog"는 수치의 기준 연도를 밝히지 않아요. 2025년은 발행 연도예요. year: null로 적어요 (기준 연도 안 밝힘)',
    );
  });

  it('accepts year: null when the source gives no year, and refuses it when it does', () => {
    expect(check(page(figure('null', 'seed'), ['seed']))).toEqual([]);
    expect(check(page(figure('null', 'manpower'), ['manpower']))[0]!.message).toContain('기준 연도 없음(null)은 출처 "manpower"');
  });
});

describe('source ids', () => {
  it('reports an id the registry does not hold, on its line', () => {
    const text = page('', ['seed', 'facts']);
    expect(check(text)).toEqual([{ line: lineOf(text, '- facts'), message: 'sources: 출처 목록에 없는 id예요: "facts"' }]);
  });

  it('reports a source written out in place instead of an id', () => {
    const text = '---\ntitle: 안내\nsources:\n  - id: x\n    title: 자료\n---\n';
    expect(check(text)).toEqual([
      { line: 4, message: 'sources: 출처는 content/sources.yaml의 id로만 적어요 (제목·발행처는 목록에 한 번만)' },
    ]);
  });

  it('checks the source of a career path step', () => {
    const text = '---\ntitle: 길\nsteps:\n  - label: 하나\n    time:\n      text: 1년\n      source: nowhere\nsources:\n  - seed\n---\n';
    expect(check(text)).toEqual([{ line: 6, message: 'steps[0].time: 출처 목록에 없는 id예요: "nowhere"' }]);
  });

  it('checks ids in YAML data and lists sources written in place as notices', () => {
    const data = { units: [{ source: 'seed' }, { source: 'gone' }], sources: [{ title: '교육과정' }, 'column'] };
    const found = checkYamlSourceRefs(data, registry, () => 1);
    expect(found.problems.map((p) => p.message)).toEqual(['units.1.source: 출처 목록에 없는 id예요: "gone"']);
    expect(found.notices.map((p) => p.message)).toEqual([
      'sources.0: 출처를 그 자리에 적었어요. content/sources.yaml에 넣고 id로 가리켜요',
    ]);
  });
});

describe('review list of opinions', () => {
  const review = (text: string) => {
    const items: ReviewItem[] = [];
    checkPage(text, false, registry, items);
    return items.map((i) => `${i.line} ${i.kind} ${i.source}: ${i.text}`);
  };

  it('lists figures and lines that draw on a blog or a column, and not official sources', () => {
    const body = '## 안내\n\n한 블로그 글은 연봉을 이렇게 적어요.\n\n취업 칼럼은 경험을 권해요.\n\n공식 전망은 달라요.\n';
    const text = page(figure('null', 'blog'), ['blog', 'column', 'manpower'], body);
    expect(review(text)).toEqual([
      `4 blog blog: 수치: 수치 = 1`,
      `${lineOf(text, '블로그 글은')} blog blog: 한 블로그 글은 연봉을 이렇게 적어요.`,
      `${lineOf(text, '칼럼은')} column column: 취업 칼럼은 경험을 권해요.`,
    ]);
  });

  it('flags a page that cites an opinion but never says whose it is', () => {
    const text = page('', ['column'], '## 안내\n\n경험이 꼭 필요해요.\n');
    expect(review(text)).toEqual([
      `${lineOf(text, '- column')} column column: 이 출처를 드는데 본문 어디에도 누구의 생각인지 밝힌 곳이 없어요`,
    ]);
  });

  it('does not fail the check', () => {
    expect(check(page('', ['column'], '## 안내\n\n경험이 꼭 필요해요.\n'))).toEqual([]);
  });
});
