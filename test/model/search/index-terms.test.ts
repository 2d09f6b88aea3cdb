import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOnlyTerms, sentencesOf } from '../../../src/model/search/index-terms.ts';
import { garuAnalyzer } from '../../../src/build/search/indexer.ts';

let analyzer: Awaited<ReturnType<typeof garuAnalyzer>>;
beforeAll(async () => {
  analyzer = await garuAnalyzer();
});
afterAll(() => analyzer.close());

describe('indexOnlyTerms (with garu-ko)', () => {
  it('makes the inner nouns of a compound word starts', () => {
    const terms = indexOnlyTerms('고객관리매니저는 고객만족도를 높여요. 고객상담원의 하루', analyzer);
    expect(terms).toEqual(expect.arrayContaining(['관리매니저', '매니저', '만족도']));
    expect(terms.some((t) => t.startsWith('상담'))).toBe(true);
  });

  it('joins nouns written apart so a query without spaces finds them', () => {
    expect(indexOnlyTerms('고객 관리 매니저가 하는 일', analyzer)).toEqual(
      expect.arrayContaining(['고객관리', '고객관리매니저', '관리매니저']),
    );
  });

  it('adds the other names of abbreviations and spelling keys', () => {
    const terms = indexOnlyTerms('고객경험을 설계하는 사람', analyzer);
    expect(terms).toContain('cx');
    expect(indexOnlyTerms('콜센터 상담원', analyzer)).toContain(/* 센터 → 샌터 */ '콜샌터');
  });

  it('adds no word the text already has and no single syllable', () => {
    const terms = indexOnlyTerms('매니저 고객', analyzer);
    expect(terms).not.toContain('매니저');
    expect(terms.every((t) => [...t].length >= 2)).toBe(true);
  });

  it('cuts long runs of text into sentences, so nouns are not joined across them', () => {
    const long = '가나다 '.repeat(200);
    expect(sentencesOf(long).every((s) => s.length <= 200)).toBe(true);
  });
});
