/**
 * Turns what someone typed into the Pagefind queries that find what they meant. Small enough
 * to ship to the browser: no dictionary, only particle lists, spelling keys and a few synonyms.
 */
import { soundKey, stripLoneJamo, withoutTrailingFinal, hasHangul } from './hangul.ts';
import { isQuestionWord, stripEnding } from './particles.ts';
import { SPELLING_FIXES, synonymsOf } from './synonyms.ts';

export interface Candidate {
  /** A query for Pagefind (space-separated words, all required). */
  text: string;
  /** How much a hit for this reading counts when readings are merged. */
  weight: number;
}

export interface QueryPlan {
  /** The query cleaned up, as it is echoed back to people. */
  normalized: string;
  candidates: Candidate[];
  /** Words to mark in excerpts. */
  markTerms: string[];
}

/** NFC, lower case, punctuation to spaces, and NCS codes written in pieces put back together. */
export function normalizeQuery(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .toLowerCase()
      // 02.01.03.02, 02-01-03-02 and 02 01 03 02 are the code 02010302
      .replace(/\d{2}(?:[.\-·\s]\d{2}){1,4}(?!\d)/g, (m) => m.replace(/[.\-·\s]/g, ''))
      .replace(/[^\p{L}\p{N}_\s]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

interface Token {
  typed: string;
  /** Readings of the token, most likely first; the first one is what an AND query uses. */
  forms: string[];
  /** Spelling-forgiving readings. */
  loose: string[];
  /** The token without a consonant still being typed (only for the last token). */
  typing: string | null;
}

function analyseToken(word: string, isLast: boolean): Token {
  const stems = stripEnding(word);
  const forms = stems.length > 0 ? [stems[0]!, word, ...stems.slice(1)] : [word];
  const loose = new Set<string>();
  for (const f of forms) {
    const fixed = SPELLING_FIXES[f];
    if (fixed) loose.add(fixed);
    const key = soundKey(f);
    if (key !== f) loose.add(key);
  }
  const typing = isLast && hasHangul(word) ? withoutTrailingFinal(word) : null;
  return { typed: word, forms, loose: [...loose], typing };
}

export function planQuery(raw: string): QueryPlan {
  const normalized = normalizeQuery(raw);
  const typedWords = normalized.split(' ').filter(Boolean);
  const contentWords = typedWords.filter((w) => !isQuestionWord(w));
  const words = contentWords.length > 0 ? contentWords : typedWords;
  if (words.length > 0) words[words.length - 1] = stripLoneJamo(words[words.length - 1]!);
  const tokens = words.filter(Boolean).map((w, i, all) => analyseToken(w, i === all.length - 1));
  const candidates: Candidate[] = [];
  const add = (parts: string[], weight: number) => {
    const text = parts.filter(Boolean).join(' ');
    if (!text || candidates.some((c) => c.text === text)) return;
    candidates.push({ text, weight });
  };
  if (tokens.length === 0) return { normalized, candidates, markTerms: [] };

  const stripped = tokens.map((t) => t.forms[0]!);
  const typed = tokens.map((t) => t.typed);
  add(stripped, 1);
  add(typed, stripped.join(' ') === typed.join(' ') ? 1 : 0.7);
  add(
    tokens.map((t) => t.forms.at(-1)!),
    0.8,
  );
  // A slip listed in SPELLING_FIXES (매니져) is surely meant as its fix, so that reading leads.
  const knownSlip = tokens.some((t) => t.forms.some((f) => SPELLING_FIXES[f] !== undefined));
  if (tokens.some((t) => t.loose.length > 0))
    add(
      tokens.map((t) => t.loose[0] ?? t.forms[0]!),
      knownSlip ? 1.2 : 0.8,
    );
  const last = tokens.at(-1)!;
  if (last.typing) add([...stripped.slice(0, -1), last.typing], 0.5);
  if (tokens.length > 1 && tokens.every((t) => hasHangul(t.typed))) {
    // People write 고객 관리 and 고객관리 for the same thing; try the word written as one.
    add([stripped.slice(0, -1).join('') + stripped.at(-1)], 0.9);
  }
  // cs매니저, 02010302고객관리: letters or digits run into Hangul.
  const split = stripped.flatMap((w) => w.split(/(?<=[a-z0-9])(?=[\uac00-\ud7a3])|(?<=[\uac00-\ud7a3])(?=[a-z0-9])/));
  if (split.length > stripped.length) add(split, 0.9);
  // Other names of the same thing (CX ↔ 고객경험) are index-only words already (see synonyms.ts):
  // searching them here too would fetch more index chunks for nothing.
  if (tokens.length > 2) {
    // In a long everyday question (나한테 맞는 직업 테스트) the word the site has a name for carries it.
    for (const t of tokens) if (synonymsOf(t.forms[0]!).length > 0) add([t.forms[0]!], 0.6);
  }
  if (tokens.length > 1) {
    // A word that is on no page (되는, 방법, 알려줘) must not hide the pages with the others.
    tokens.forEach((_, drop) =>
      add(
        stripped.filter((__, i) => i !== drop),
        0.5 / tokens.length,
      ),
    );
  }

  const mark = new Set<string>();
  for (const t of tokens) {
    for (const f of [...t.forms, ...t.loose]) {
      if (hasHangul(f) && [...f].length < 2) continue;
      mark.add(f);
      for (const s of synonymsOf(f)) mark.add(s);
    }
  }
  return { normalized, candidates, markTerms: [...mark] };
}
