/**
 * Turns what someone typed into the Pagefind queries that find what they meant. Small enough
 * to ship to the browser: no dictionary, only particle lists, spelling keys, a few synonyms and
 * the everyday words of everyday-words.ts.
 */
import { soundKey, stripLoneJamo, withoutTrailingFinal, hasHangul } from './hangul.ts';
import { isQuestionWord, stripEnding } from './particles.ts';
import { SPELLING_FIXES, SPELLING_TAIL_FIXES, synonymsOf } from './synonyms.ts';
import {
  EVERYDAY_PHRASES,
  EVERYDAY_STEMS,
  EVERYDAY_WORDS,
  teacherTopic,
  JOB_INTENT_PHRASES,
  JOB_TOPIC_WORDS,
  LOANWORDS,
  PATH_WORDS,
  PAGE_KIND_WORDS,
  PAY_WORDS,
  WORKER_WORDS,
} from './everyday-words.ts';

export interface Candidate {
  /** A query for Pagefind (space-separated words, all required). */
  text: string;
  /** How much a hit for this reading counts when readings are merged. */
  weight: number;
  /**
   * whole: a reading of the whole query (its spellings, joined, split, meant); a page counts once
   * for the best of them, so two spellings of one word do not vote twice. part: some of its words
   * (a word left out, one word alone); these add up.
   */
  part: boolean;
}

/** One word the search is about, with every reading of it (for the coverage check). */
export interface QueryTerm {
  typed: string;
  readings: string[];
  /** What the question is about (승무원, 은행), not what it asks of it (연봉, 어려움) or a word for a worker (직원). */
  subject: boolean;
  /** A word that names a kind of page (NCS, 수업, 설계서): not searched for, but a title may have it. */
  kind: boolean;
}

export interface QueryPlan {
  /** The query cleaned up, as it is echoed back to people. */
  normalized: string;
  candidates: Candidate[];
  /** Words to mark in excerpts. */
  markTerms: string[];
  /** The words of the query (question and intent words left out), each with its readings. */
  terms: QueryTerm[];
  /** A teacher's question (수업, 지도안, 성취기준, 차시, 능력단위, NCS, a code): their pages first. */
  audience: 'student' | 'teacher';
  /** What a teacher's question asks for: lesson designs (수업, 차시 …) or NCS pages (능력단위, a code …). */
  teacherTopic: 'lesson' | 'ncs' | null;
  /** Asks about a job itself (되려면, 되는 법, 하는 일, pay, how hard it is): job pages first. */
  aboutJob: boolean;
  /** Asks where a job leads (그만두면, 이직, 상담원에서 …): career path pages first. */
  aboutPath: boolean;
  /** Names some worker (되려면, 연봉, 직원 …): if no word is a job the site covers, it asks about another job. */
  namesWorker: boolean;
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

/**
 * English words written for loanwords, in Hangul; several in a row make one word, as Korean writes
 * loanword compounds (call center → 콜센터, front desk → 프런트데스크).
 */
function hangulLoanwords(text: string): string {
  return text.replace(/[a-z]+(?: [a-z]+)*/g, (run) => {
    const words = run.split(' ');
    return words.every((w) => LOANWORDS[w]) ? words.map((w) => LOANWORDS[w]).join('') : run;
  });
}

interface Intent {
  /** The text with the intent phrases taken out. */
  text: string;
  aboutJob: boolean;
}

/** Takes out 되려면, 되는 법, 하는 일 … whether written apart, together or glued to the noun (승무원되는법). */
function takeJobIntent(text: string): Intent {
  let aboutJob = false;
  const words = text.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // a phrase written over two or three words: 되는 법, 뭐 하는 사람
    let taken = 0;
    for (let n = 3; n >= 1 && taken === 0; n--) {
      if (i + n > words.length) continue;
      if (JOB_INTENT_PHRASES.includes(words.slice(i, i + n).join(''))) taken = n;
    }
    if (taken > 0) {
      aboutJob = true;
      i += taken - 1;
      continue;
    }
    const word = words[i]!;
    const glued = JOB_INTENT_PHRASES.find((p) => word.endsWith(p) && [...word].length - [...p].length >= 2);
    if (glued) {
      aboutJob = true;
      // 승무원이되려면 → 승무원이 (the particle goes with the other endings)
      out.push(word.slice(0, word.length - glued.length));
      continue;
    }
    out.push(word);
  }
  return { text: out.join(' '), aboutJob };
}

/** The page word for an everyday word, if it is one (알바 → 아르바이트), and whether it was a verb (힘들어 → 어려움). */
function everydayWord(word: string): { meaning: string; verb: boolean } | null {
  const exact = EVERYDAY_WORDS[word];
  if (exact) return { meaning: exact, verb: false };
  for (const [stem, meaning] of EVERYDAY_STEMS) if (word.startsWith(stem)) return { meaning, verb: true };
  return null;
}

/**
 * Everyday phrases written over several words, put in as the page's word (말 잘하는 법 → 화법), and
 * a department's name taken apart (호텔경영학과 → 호텔경영 학과): pages name the field and 학과 apart.
 */
function everydayPhrases(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const department = /^([\uac00-\ud7a3]{2,}?)학?과$/.exec(words[i]!);
    if (department && words[i]!.endsWith('학과')) {
      out.push(department[1]!, '학과');
      continue;
    }
    let replaced = false;
    for (let n = Math.min(3, words.length - i); n >= 1 && !replaced; n--) {
      const joined = words.slice(i, i + n).join('');
      const hit = EVERYDAY_PHRASES.find(([phrase]) => joined === phrase);
      if (hit) {
        out.push(hit[1]);
        i += n - 1;
        replaced = true;
      }
    }
    if (!replaced) out.push(words[i]!);
  }
  return out;
}

interface Token {
  typed: string;
  /** Readings of the token, most likely first; the first one is what an AND query uses. */
  forms: string[];
  /** Spelling-forgiving readings. */
  loose: string[];
  /** The word the pages use for this everyday word, if it is one (not for verbs: their forms are that word already). */
  meaning: string | null;
  /** The page word for this word, verbs included (그만두고 → 경력). */
  sense: string | null;
  /** Written with 에서 or 부터 (상담원에서): where something starts. */
  from: boolean;
  /** The token without a consonant still being typed (only for the last token). */
  typing: string | null;
}

function analyseToken(word: string, isLast: boolean): Token {
  const stems = stripEnding(word);
  let forms = stems.length > 0 ? [stems[0]!, word, ...stems.slice(1)] : [word];
  let meaning: string | null = null;
  const verb = forms.map(everydayWord).find((e) => e?.verb);
  // A verb (욕하는, 힘들어) is on no page as typed, and Pagefind would match a prefix of it (욕 → 욕구):
  // only what it means is searched.
  if (verb) forms = [verb.meaning];
  const loose = new Set<string>();
  for (const f of forms) {
    const fixed = SPELLING_FIXES[f];
    if (fixed) loose.add(fixed);
    for (const [tail, fix] of SPELLING_TAIL_FIXES) if (f.endsWith(tail) && f !== tail) loose.add(f.slice(0, -tail.length) + fix);
    const key = soundKey(f);
    if (key !== f) loose.add(key);
    meaning ??= everydayWord(f)?.meaning ?? null;
  }
  const sense = verb ? verb.meaning : meaning;
  if (verb) meaning = null;
  const from = /(에서|부터)$/.test(word) && stems.length > 0;
  const typing = isLast && hasHangul(word) && !verb ? withoutTrailingFinal(word) : null;
  return { typed: verb ? verb.meaning : word, forms, loose: [...loose].filter((l) => !forms.includes(l)), meaning, sense, from, typing };
}

/** A slip listed in SPELLING_FIXES or SPELLING_TAIL_FIXES (매니져, 고객센타): its fix is loose[0]. */
function isKnownSlip(t: Token): boolean {
  return (
    t.loose.length > 0 &&
    t.forms.some((f) => SPELLING_FIXES[f] !== undefined || SPELLING_TAIL_FIXES.some(([tail]) => f.endsWith(tail) && f !== tail))
  );
}

/** cs매니저 → cs, 매니저: letters or digits written against Hangul. */
function splitLettersFromHangul(word: string): string[] {
  return word.split(/(?<=[a-z0-9])(?=[\uac00-\ud7a3])|(?<=[\uac00-\ud7a3])(?=[a-z0-9])/);
}

export function planQuery(raw: string): QueryPlan {
  const normalized = normalizeQuery(raw);
  const hangul = hangulLoanwords(normalized);
  const taken = takeJobIntent(hangul);
  // 하루 or 되는 법 alone: nothing left to search but the words themselves.
  const intent = taken.text.trim() === '' ? { text: hangul, aboutJob: taken.aboutJob } : taken;
  const typedWords = everydayPhrases(intent.text.split(' ').filter(Boolean));
  const contentWords = typedWords.filter((w) => !isQuestionWord(w));
  const words = contentWords.length > 0 ? contentWords : typedWords;
  if (words.length > 0) words[words.length - 1] = stripLoneJamo(words[words.length - 1]!);
  const analysed = words.filter(Boolean).map((w, i, all) => analyseToken(w, i === all.length - 1));
  // NCS, 수업, 지도안 only say which kind of page is wanted (the ranking sees to that): the other
  // words are searched, so a page need not repeat the kind's name (the NCS 세분류 page 고객관리).
  const kindOnly = (t: Token) => t.forms.some((f) => PAGE_KIND_WORDS.includes(f));
  const tokens = analysed.some((t) => !kindOnly(t)) ? analysed.filter((t) => !kindOnly(t)) : analysed;
  const candidates: Candidate[] = [];
  const add = (parts: string[], weight: number, part = false) => {
    const text = parts.filter(Boolean).join(' ');
    if (!text || candidates.some((c) => c.text === text)) return;
    candidates.push({ text, weight, part });
  };
  const topics = analysed.flatMap((t) => t.forms.map(teacherTopic)).filter((x) => x !== null);
  const audience = topics.length > 0 ? 'teacher' : 'student';
  const topic = topics.includes('lesson') ? 'lesson' : topics.includes('ncs') ? 'ncs' : null;
  const meanings = tokens.map((t) => t.meaning);
  const aboutJob =
    intent.aboutJob || meanings.some((m) => m !== null && JOB_TOPIC_WORDS.has(m)) || tokens.some((t) => JOB_TOPIC_WORDS.has(t.forms[0]!));
  const aboutPath = tokens.some((t) => (t.sense !== null && PATH_WORDS.has(t.sense)) || PATH_WORDS.has(t.forms[0]!) || t.from);
  const namesWorker =
    intent.aboutJob || meanings.some((m) => m !== null && PAY_WORDS.has(m)) || tokens.some((t) => t.forms.some((f) => WORKER_WORDS.has(f)));
  const terms = analysed.map((t) => ({
    typed: t.typed,
    readings: [
      ...new Set([
        ...t.forms,
        ...t.loose,
        ...(t.meaning ? [t.meaning] : []),
        ...(t.typing ? [t.typing] : []),
        ...t.forms.flatMap((f) => [splitLettersFromHangul(f).join(' '), ...synonymsOf(f)]),
      ]),
    ],
    subject:
      !(t.sense !== null && (JOB_TOPIC_WORDS.has(t.sense) || PATH_WORDS.has(t.sense))) &&
      !t.forms.some((f) => WORKER_WORDS.has(f) || JOB_TOPIC_WORDS.has(f) || teacherTopic(f) !== null),
    kind: kindOnly(t),
  }));
  if (tokens.length === 0)
    return { normalized, candidates, markTerms: [], terms, audience, teacherTopic: topic, aboutJob, aboutPath, namesWorker };

  const stripped = tokens.map((t) => t.forms[0]!);
  const typed = tokens.map((t) => t.typed);
  // An everyday word is surely meant as the page's word (알바 → 아르바이트): that reading leads.
  if (meanings.some((m) => m !== null))
    add(
      tokens.map((t) => t.meaning ?? t.forms[0]!),
      1.2,
    );
  // A slip listed in SPELLING_FIXES (매니져) is surely meant as its fix, so that reading leads.
  const knownSlip = tokens.some(isKnownSlip);
  const looseReading = () =>
    add(
      tokens.map((t) => t.meaning ?? t.loose[0] ?? t.forms[0]!),
      knownSlip ? 1.2 : 0.8,
    );
  const hasLoose = tokens.some((t) => t.loose.length > 0);
  if (hasLoose && knownSlip) looseReading();
  add(stripped, 1);
  // With the kind's name too (진로 수업 설계서): the pages about that kind itself have it.
  if (tokens.length < analysed.length)
    add(
      analysed.map((t) => t.forms[0]!),
      1,
    );
  add(typed, stripped.join(' ') === typed.join(' ') ? 1 : 0.7);
  add(
    tokens.map((t) => t.forms.at(-1)!),
    0.8,
  );
  if (hasLoose && !knownSlip) looseReading();
  const last = tokens.at(-1)!;
  if (last.typing) add([...stripped.slice(0, -1), last.typing], 0.5);
  if (tokens.length > 1 && tokens.every((t) => hasHangul(t.typed))) {
    // People write 고객 관리 and 고객관리 for the same thing; try the word written as one.
    add([stripped.slice(0, -1).join('') + stripped.at(-1)], 0.9);
  }
  // cs매니저, 02010302고객관리: letters or digits run into Hangul.
  const split = stripped.flatMap(splitLettersFromHangul);
  if (split.length > stripped.length) add(split, 0.9);
  // Other names of the same thing (CX ↔ 고객경험) are index-only words already (see synonyms.ts):
  // searching them here too would fetch more index chunks for nothing.
  if (tokens.length > 2) {
    // In a long everyday question (나한테 맞는 직업 테스트) the word the site has a name for carries it.
    for (const t of tokens) if (synonymsOf(t.forms[0]!).length > 0) add([t.forms[0]!], 0.6, true);
  }
  if (tokens.length > 1) {
    // A word that is on no page (안가도, 방법, 알려줘) must not hide the pages with the others.
    // A known slip is read as its fix; a spelling key only stands in for the whole query, not here.
    const best = tokens.map((t) => t.meaning ?? (isKnownSlip(t) ? t.loose[0]! : t.forms[0]!));
    tokens.forEach((_, drop) =>
      add(
        best.filter((__, i) => i !== drop),
        0.5 / tokens.length,
        true,
      ),
    );
  }

  const mark = new Set<string>();
  for (const t of terms) {
    for (const f of t.readings) {
      if (hasHangul(f) && [...f].length < 2) continue;
      mark.add(f);
      for (const s of synonymsOf(f)) mark.add(s);
    }
  }
  return { normalized, candidates, markTerms: [...mark], terms, audience, teacherTopic: topic, aboutJob, aboutPath, namesWorker };
}
