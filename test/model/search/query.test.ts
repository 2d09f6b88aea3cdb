import { describe, expect, it } from 'vitest';
import { normalizeQuery, planQuery } from '../../../src/model/search/query.ts';

const texts = (q: string) => planQuery(q).candidates.map((c) => c.text);

describe('planQuery', () => {
  it('normalises case, width of punctuation and NCS codes written in pieces', () => {
    expect(normalizeQuery('  CS  매니저?! ')).toBe('cs 매니저');
    expect(normalizeQuery('02.01.03.02')).toBe('02010302');
    expect(normalizeQuery('02-01-03-02-11')).toBe('0201030211');
    expect(normalizeQuery('0201030201_21v3')).toBe('0201030201_21v3');
  });

  it('reads a word with a particle as the bare noun first', () => {
    expect(texts('고객관리를')[0]).toBe('고객관리');
    expect(texts('고객관리를')).toContain('고객관리를');
  });

  it('tries words written apart as one word, and drops a word no page has', () => {
    const t = texts('고객 관리');
    expect(t[0]).toBe('고객 관리');
    expect(t).toContain('고객관리');
    expect(texts('고객관리 매니저 방법')).toContain('고객관리 매니저');
  });

  it('adds spelling keys and fixes for misspelt words', () => {
    expect(texts('메니저')).toContain('매니저');
    expect(texts('프론트')).toContain('프런트');
  });

  it('offers the last syllable without a consonant still being typed', () => {
    expect(texts('매닞')).toContain('매니');
    expect(texts('고객ㄱ')[0]).toBe('고객');
  });

  it('marks synonyms of the typed words in excerpts', () => {
    expect(planQuery('CX').markTerms).toContain('고객경험');
    expect(planQuery('고객관리를').markTerms).toContain('고객관리');
  });

  it('leaves out question words unless nothing else was typed', () => {
    expect(texts('cs 자격증 뭐 있어요')[0]).toBe('cs 자격증');
    expect(texts('뭐예요')).toContain('뭐예요');
  });

  it('makes nothing of an empty query', () => {
    expect(planQuery('  ?! ').candidates).toEqual([]);
  });
});
