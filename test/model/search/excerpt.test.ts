import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildExcerpt, visibleText } from '../../../src/model/search/excerpt.ts';
import { INDEX_ONLY_MARK } from '../../../src/model/search/index-terms.ts';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('excerpts', () => {
  it('never show the index-only words', () => {
    const content = `고객관리매니저. 고객관리매니저는 만족도를 살펴요. ${INDEX_ONLY_MARK} 관리매니저 매니저 cx`;
    expect(visibleText(content)).toBe('고객관리매니저. 고객관리매니저는 만족도를 살펴요.');
  });

  it('mark the noun inside a compound, and words written apart', () => {
    const parts = buildExcerpt('고객관리매니저는 고객 관리 계획을 세워요.', ['매니저', '고객관리']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['고객관리', '매니저', '고객 관리']);
  });

  it('move to the part of a long text where the terms are', () => {
    const text = `${'앞부분 설명이에요. '.repeat(40)}여기서 VOC 분석을 해요. ${'뒷부분이에요. '.repeat(40)}`;
    const parts = buildExcerpt(text, ['voc']);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.some((p) => p.marked && p.text === 'VOC')).toBe(true);
  });

  it('only ever show text that is in the page, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }), (text, terms) => {
        const shown = join(buildExcerpt(text, terms)).replace(/^… /, '').replace(/ …$/, '');
        expect(text.includes(shown)).toBe(true);
      }),
    );
  });
});
