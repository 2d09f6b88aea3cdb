/**
 * Index-only words for one page: what Pagefind cannot find by itself because it splits Korean
 * only at spaces and matches only word starts. They are added to the index after the
 * INDEX_ONLY_MARK, never shown (see excerpt.ts).
 */
import { soundKey, hasHangul } from './hangul.ts';
import { groupsIn } from './synonyms.ts';

/** One morpheme as garu-ko reports it: `start` is the offset of its space-separated word. */
export interface Morpheme {
  text: string;
  pos: string;
  start: number;
}

/** Anything that splits text into morphemes (garu-ko in the build). */
export interface Analyzer {
  analyze(text: string): Morpheme[];
}

/** Separates the page's real text from its index-only words. Pagefind indexes no word from it. */
export const INDEX_ONLY_MARK = '⁂¦⁂';

// Numbers (SN) are left out: Pagefind indexes codes itself, and 수준3 or 약45 help nobody.
const NOUN_LIKE = new Set(['NNG', 'NNP', 'SL', 'XPN', 'XSN']);
/** Marks that join words without a space (승무원·호텔리어, CS/CX, (고객상담원)); analysed as spaces. */
const JOINING_MARKS = /[·•‧/()[\]{}<>「」『』“”"‘’'`,:;~…]/g;
/** How many space-separated nouns in a row are joined into one word (고객 관리 매니저 → 고객관리매니저). */
const MAX_JOIN = 3;
/** Nouns are joined only within a sentence; very long ones (tables read as text) are cut at spaces. */
const MAX_SENTENCE = 200;

interface Word {
  /** The leading run of noun-like morphemes. */
  nouns: string[];
  /** True when the whole word is that run (no particle or ending after it). */
  bare: boolean;
}

export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?。])\s+|\n+/)) {
    let rest = piece.trim();
    while (rest.length > MAX_SENTENCE) {
      const cut = rest.lastIndexOf(' ', MAX_SENTENCE);
      const at = cut > 0 ? cut : MAX_SENTENCE;
      out.push(rest.slice(0, at));
      rest = rest.slice(at).trim();
    }
    if (rest) out.push(rest);
  }
  return out;
}

/**
 * Each space-separated word is analysed on its own: the nouns inside one word hardly depend on
 * the sentence around it, and garu-ko is more than ten times faster on single words than on
 * sentences (and caches well, since pages share most of their words).
 */
function wordsOf(sentence: string, analyzer: Analyzer): Word[] {
  return sentence
    .split(/\s+/)
    .filter(Boolean)
    .map((eojeol) => {
      const ms = analyzer.analyze(eojeol);
      const nouns: string[] = [];
      for (const m of ms) {
        if (!NOUN_LIKE.has(m.pos)) break;
        nouns.push(m.text);
      }
      return { nouns, bare: nouns.length === ms.filter((m) => !/^S[FPSEOW]$/.test(m.pos)).length };
    });
}

function isHangulOnly(text: string): boolean {
  return /^[\uac00-\ud7a3]+$/.test(text);
}

function isUseful(term: string): boolean {
  // One Hangul syllable matches far too much as a word start; one Latin letter even more.
  return hasHangul(term) ? [...term].length >= 2 : term.length >= 2;
}

/**
 * The index-only words for a page's text, lower case, without duplicates and without the
 * words the text already has:
 * - the tail nouns of a compound (고객관리매니저 → 관리매니저, 매니저), so an inner noun is a
 *   word start;
 * - nouns written apart, joined (고객 관리 매니저 → 고객관리, 고객관리매니저, 관리매니저), so a
 *   query typed without spaces finds them;
 * - spelling keys of those nouns (see soundKey), for 메니저 and 써비스;
 * - the other names of every abbreviation group present (고객경험 → cx).
 */
export function indexOnlyTerms(text: string, analyzer: Analyzer, options: { minRepeat?: number } = {}): string[] {
  const minRepeat = options.minRepeat ?? 1;
  const terms = new Set<string>();
  // Joins and spelling keys are kept only for words the page repeats: a pair of nouns that
  // meet once is rarely what the page is about, and every word makes the index bigger.
  const repeats = new Map<string, number>();
  const add = (t: string) => {
    const w = t.toLowerCase();
    if (isUseful(w)) terms.add(w);
  };
  const addIfRepeated = (t: string) => {
    const w = t.toLowerCase();
    repeats.set(w, (repeats.get(w) ?? 0) + 1);
  };
  for (const sentence of sentencesOf(text.replace(JOINING_MARKS, ' '))) {
    const words = wordsOf(sentence, analyzer);
    words.forEach((word, i) => {
      const { nouns } = word;
      if (nouns.length === 0) return;
      for (let k = 1; k < nouns.length; k++) add(nouns.slice(k).join(''));
      for (const n of new Set([...nouns, nouns.join('')])) if (soundKey(n) !== n) addIfRepeated(soundKey(n));
      // Join Hangul nouns written apart (고객 관리 → 고객관리), up to MAX_JOIN words. Letters
      // are left alone: the query side splits cs매니저 itself.
      let joined = nouns.join('');
      if (!isHangulOnly(joined)) return;
      for (let back = 1; back < MAX_JOIN && i - back >= 0; back++) {
        const prev = words[i - back]!;
        const head = prev.nouns.join('');
        if (!prev.bare || !isHangulOnly(head)) break;
        // 고객관리 + 매니저 → 고객관리매니저, and its tail 관리매니저
        for (let k = 1; k < prev.nouns.length; k++) addIfRepeated(prev.nouns.slice(k).join('') + joined);
        joined = head + joined;
        addIfRepeated(joined);
      }
    });
  }
  for (const [w, n] of repeats) if (n >= minRepeat) add(w);
  for (const group of groupsIn(text)) for (const member of group) add(member);
  const existing = new Set(text.toLowerCase().split(/\s+/));
  return [...terms].filter((t) => !existing.has(t));
}
