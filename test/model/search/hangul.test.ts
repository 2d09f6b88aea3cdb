import { describe, expect, it } from 'vitest';
import { soundKey, stripLoneJamo, withoutTrailingFinal, splitSyllable, joinSyllable } from '../../../src/model/search/hangul.ts';

describe('hangul', () => {
  it('splits and joins every syllable back to itself', () => {
    for (const ch of ['가', '힣', '매', '닞', '쌍']) expect(joinSyllable(splitSyllable(ch)!)).toBe(ch);
    expect(splitSyllable('a')).toBeNull();
  });

  it('gives the slips students make the key of the right spelling', () => {
    expect(soundKey('메니저')).toBe(soundKey('매니저'));
    expect(soundKey('매니져')).toBe(soundKey('매니저'));
    expect(soundKey('써비스')).toBe(soundKey('서비스'));
    expect(soundKey('센터')).toBe(soundKey('샌터'));
    expect(soundKey('고객')).toBe('고객');
    expect(soundKey('상담원')).not.toBe(soundKey('상담사'));
  });

  it('handles a word still being typed', () => {
    expect(stripLoneJamo('고객ㄱ')).toBe('고객');
    expect(withoutTrailingFinal('매닞')).toBe('매니');
    expect(withoutTrailingFinal('매니')).toBeNull();
    expect(withoutTrailingFinal('cs')).toBeNull();
  });
});
