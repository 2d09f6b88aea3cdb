import { describe, expect, it } from 'vitest';
import { citeParts, citeSource } from '../../../src/model/sources/cite.ts';
import { citable, UnknownSourceError } from '../../../src/model/sources/registry.ts';
import { sourceSchema, type Source } from '../../../src/schemas/source.ts';

const registry = new Map<string, Source>(
  [
    { id: 'seed-000', kind: 'seed', title: '연수 자료', publisher: null, year: null },
    { id: 'seed-001', kind: 'blog', title: '글', publisher: 'notes9506 (개인 블로그)', year: 2025, date: '2025-01-22' },
    { id: 'outlook', kind: 'official', title: '2019 한국직업전망', publisher: '한국고용정보원', year: 2019 },
    { id: 'census', kind: 'official', title: '전국사업체조사', publisher: '통계청', year: null, dataYears: [2016], via: 'outlook' },
    { id: 'law', kind: 'law', title: '산업안전보건법 제41조', publisher: '법제처', year: 2018, url: 'https://www.law.go.kr/' },
    {
      id: 'api',
      kind: 'official',
      title: 'NCS 정보',
      publisher: '한국산업인력공단',
      year: null,
      retrieved: '2026-09-30',
      dataYears: [2026],
    },
    { id: 'manpower', kind: 'official', title: '인력수급 전망', publisher: '한국고용정보원', year: 2016, dataYears: [2015, 2025] },
  ].map((s) => [s.id, sourceSchema.parse(s)]),
);
const cite = (id: string) => citeSource(citable(registry, id, 'test.mdx'));

describe('citeSource', () => {
  it('leaves out what a source does not say instead of guessing it', () => {
    expect(cite('seed-000')).toBe('연수 자료 (참고 자료)');
  });

  it('gives a blog post its date and kind', () => {
    expect(cite('seed-001')).toBe('글, notes9506 (개인 블로그), 2025년 1월 22일 (블로그 글)');
  });

  it('names the years of the figures and the source a figure was quoted from', () => {
    expect(cite('census')).toBe('전국사업체조사, 통계청 (공공 자료, 2016년 수치); 2019 한국직업전망에서 다시 인용');
    expect(cite('manpower')).toBe('인력수급 전망, 한국고용정보원, 2016년 (공공 자료, 2015년·2025년 수치)');
  });

  it('says when a copy of live data was taken', () => {
    expect(cite('api')).toBe('NCS 정보, 한국산업인력공단 (공공 자료, 2026년 수치, 2026년 9월 30일 내려받음)');
  });

  it('writes the address out only where a link cannot be followed (print, .docx)', () => {
    const law = citable(registry, 'law', 'test.mdx');
    expect(citeSource(law)).toBe('산업안전보건법 제41조, 법제처, 2018년 (법령)');
    expect(citeSource(law, { url: true })).toBe('산업안전보건법 제41조, 법제처, 2018년 (법령), https://www.law.go.kr/');
    const { title, rest } = citeParts(law);
    expect(title + rest).toBe(citeSource(law));
  });

  it('cites a lesson design source that carries no kind', () => {
    expect(citeSource({ title: '성취기준', publisher: '교육부', year: 2022 })).toBe('성취기준, 교육부, 2022년');
  });
});

describe('citable', () => {
  it('names the page and the id when a source is not in the registry', () => {
    expect(() => citable(registry, 'facts', 'content/guides/faq.mdx')).toThrow(UnknownSourceError);
    expect(() => citable(registry, 'facts', 'content/guides/faq.mdx')).toThrow('content/guides/faq.mdx: 출처 "facts"');
  });
});
