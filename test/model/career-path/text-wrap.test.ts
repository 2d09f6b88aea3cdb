import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapText } from '../../../src/model/career-path/text-wrap.ts';

describe('wrapText', () => {
  it('breaks Korean text between words, not inside them', () => {
    expect(wrapText('컨택센터 상담원으로 첫 경험', 6)).toEqual(['컨택센터', '상담원으로', '첫 경험']);
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('CS 매니저', 10)).toEqual(['CS 매니저']);
  });

  it('cuts a word longer than a line between characters', () => {
    expect(wrapText('고객상담업무관리자', 4)).toEqual(['고객상담', '업무관리', '자']);
  });

  it('refuses a width that is not positive', () => {
    expect(() => wrapText('고객', 0)).toThrow(/maxEm/);
  });

  it('never loses a character and never exceeds the width when words fit', () => {
    const word = fc.stringMatching(/^[가-힣A-Za-z0-9]{1,5}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const lines = wrapText(text, 6);
        expect(lines.join(' ')).toBe(text);
        for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(6);
      }),
    );
  });
});
