/**
 * Hangul syllable arithmetic (Unicode 가–힣): splitting into jamo and putting back together.
 * Used to forgive the spelling slips students make and to handle a syllable still being typed.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

export interface Syllable {
  initial: number; // 0–18
  medial: number; // 0–20
  final: number; // 0–27, 0 = none
}

export function isSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

export function splitSyllable(ch: string): Syllable | null {
  if (!isSyllable(ch)) return null;
  const offset = ch.codePointAt(0)! - SYLLABLE_FIRST;
  return {
    initial: Math.floor(offset / (MEDIALS * FINALS)),
    medial: Math.floor((offset % (MEDIALS * FINALS)) / FINALS),
    final: offset % FINALS,
  };
}

export function joinSyllable(s: Syllable): string {
  return String.fromCodePoint(SYLLABLE_FIRST + (s.initial * MEDIALS + s.medial) * FINALS + s.final);
}

// Indices into the initial / medial tables (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ, ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ).
const TENSE_TO_PLAIN: Record<number, number> = { 1: 0, 4: 3, 8: 7, 10: 9, 13: 12 };
// Only the mix-up students really make in nouns; every merge adds index-only words to pages.
const VOWEL_MERGE: Record<number, number> = {
  5: 1, // ㅔ → ㅐ (메니저 / 매니저, 텔레마캐터 / 텔레마케터)
};
const PALATAL_INITIALS = new Set([12, 13, 14]); // ㅈ ㅉ ㅊ
const PALATAL_VOWEL: Record<number, number> = { 2: 0, 6: 4, 12: 8, 17: 13 }; // 쟈→자, 져→저, 죠→조, 쥬→주

/**
 * A spelling key: sounds that students mix up in writing collapse to one form, so 메니저, 매니져
 * and 매니저 share the key 매니저, and 써비스 shares 서비스's. The key is only ever used for
 * matching, never shown.
 */
export function soundKey(word: string): string {
  let out = '';
  for (const ch of word) {
    const s = splitSyllable(ch);
    if (!s) {
      out += ch;
      continue;
    }
    let { initial, medial } = s;
    initial = TENSE_TO_PLAIN[initial] ?? initial;
    medial = VOWEL_MERGE[medial] ?? medial;
    if (PALATAL_INITIALS.has(initial)) medial = PALATAL_VOWEL[medial] ?? medial;
    out += joinSyllable({ initial, medial, final: s.final });
  }
  return out;
}

/** Compatibility jamo (ㄱ–ㅣ) typed on their own: a syllable not finished yet. */
export function stripLoneJamo(word: string): string {
  return word.replace(/[\u3131-\u318e\u1100-\u11ff]+$/u, '');
}

/**
 * While someone types 매니저 the box shows 맨 → 매니 → 매닞 → 매니저: the last consonant of the
 * last syllable may still move on to start the next one. Returns the word without that
 * consonant (매닞 → 매니), or null when the last syllable has none.
 */
export function withoutTrailingFinal(word: string): string | null {
  const chars = [...word];
  const last = chars.at(-1);
  const s = last ? splitSyllable(last) : null;
  if (!s || s.final === 0) return null;
  chars[chars.length - 1] = joinSyllable({ ...s, final: 0 });
  return chars.join('');
}
