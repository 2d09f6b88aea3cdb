/**
 * "Did you mean …?" for a query that found nothing: the nearest word, by the Hangul letters
 * (jamo) it is made of, from a short list of what this site is about. Small and dictionary-free,
 * so it runs in the browser with the rest of the query code.
 */
import { splitSyllable } from './hangul.ts';
import { SPELLING_FIXES, SYNONYM_GROUPS } from './synonyms.ts';

/** Words people look for on this site, as they are written on its pages. */
export const SUGGESTION_WORDS: readonly string[] = [
  '상담원',
  '컨택센터 상담원',
  '콜센터',
  '콜센터 관리자',
  '텔레마케터',
  '승무원',
  '객실승무원',
  '호텔 프런트',
  '호텔리어',
  'CS 강사',
  'CS 매니저',
  '고객서비스 매니저',
  'CX 리더',
  '매너강사',
  '감정노동',
  '자격증',
  '면접',
  '자기소개서',
  '서비스 화법',
  '고객관리',
  '고객만족',
  '고객경험',
  '진로 경로',
  '능력단위',
  '수업 설계',
  '자가 진단',
];

// ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ / ㅏ… / finals, as letters so an edit distance can count them.
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

/** The word as a string of jamo, lower case, without spaces (매니져 → ㅁㅐㄴㅣㅈㅕ). */
export function jamoOf(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase().replace(/\s+/g, '')) {
    const s = splitSyllable(ch);
    out += s ? INITIALS[s.initial]! + MEDIALS[s.medial]! + (s.final ? FINALS[s.final]! : '') : ch;
  }
  return out;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

const vocabulary = [
  ...new Set([
    ...SUGGESTION_WORDS,
    ...Object.values(SPELLING_FIXES),
    ...SYNONYM_GROUPS.flat().filter((w) => /[\uac00-\ud7a3]/.test(w) && [...w].length >= 2),
  ]),
].map((word) => ({ word, jamo: jamoOf(word) }));

/**
 * The closest site word to `query`, or null when nothing is close: at most one jamo in four
 * may differ (at least one), so 리셉숀 finds 리셉션 but 우주비행사 finds nothing.
 */
export function nearSpelling(query: string): string | null {
  const q = jamoOf(query.trim());
  if (q.length < 2) return null;
  let best: { word: string; distance: number } | null = null;
  for (const { word, jamo } of vocabulary) {
    if (jamo === q) continue;
    const distance = editDistance(q, jamo);
    if (distance <= Math.max(1, Math.floor(q.length / 4)) && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word ?? null;
}
