import { describe, expect, it } from 'vitest';
import { shortened, withoutInvisibles } from '../../src/lib/invisible-chars.ts';

describe('withoutInvisibles', () => {
  it('drops bidirectional overrides and isolates, zero-width marks, BOM and control characters', () => {
    expect(withoutInvisibles('설계서\u202Excod.exe')).toBe('설계서xcod.exe');
    expect(withoutInvisibles('고\u200B객\u200D관\u2060리\uFEFF\u2067x\u2069\u200E\u200F')).toBe('고객관리x');
    expect(withoutInvisibles('a\u0000b\u0007c\u001Bd\u007F')).toBe('abcd');
  });

  it('keeps Hangul, spaces and punctuation as they are', () => {
    const text = '고객 상담 (CS) — 「예시」 100%';
    expect(withoutInvisibles(text)).toBe(text);
  });
});

describe('shortened', () => {
  it('cuts by character, not by UTF-16 unit, and marks the cut', () => {
    expect(shortened('가'.repeat(50), 40)).toBe(`${'가'.repeat(40)}…`);
    expect(shortened('😀'.repeat(3), 2)).toBe('😀😀…');
    expect(shortened('짧음', 40)).toBe('짧음');
    expect(shortened('가나다', 2, '')).toBe('가나');
  });
});
