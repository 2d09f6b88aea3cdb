import { describe, expect, it } from 'vitest';
import { jamoOf, nearSpelling } from '../../../src/model/search/suggest.ts';

describe('nearSpelling', () => {
  it('spells a word out in jamo', () => {
    expect(jamoOf('매니져')).toBe('ㅁㅐㄴㅣㅈㅕ');
    expect(jamoOf('CS 강사')).toBe('csㄱㅏㅇㅅㅏ');
  });

  it.each([
    ['리셉숀', '리셉션'],
    ['텔레마켓터', '텔레마케터'],
    ['감정로동', '감정노동'],
    ['자격쯩', '자격증'],
    ['승무언', '승무원'],
  ])('offers %s → %s', (typed, word) => {
    expect(nearSpelling(typed)).toBe(word);
  });

  it('offers nothing for a word that is already right, too short, or far from every site word', () => {
    expect(nearSpelling('승무원')).toBeNull();
    expect(nearSpelling('ㄱ')).toBeNull();
    expect(nearSpelling('우주비행사')).toBeNull();
    expect(nearSpelling('')).toBeNull();
  });
});
