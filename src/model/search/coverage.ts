/**
 * Whether a query asks about something the site does not cover, so the search can say so in
 * one line and point to the national career portals instead of leaving loose matches unexplained.
 */
import { compact, SYNONYM_GROUPS } from './synonyms.ts';
import type { QueryPlan } from './query.ts';
import { nearSpelling } from './suggest.ts';

/** A job as the site model has it: its page title and the names official records give it. */
export interface NamedJob {
  title: string;
  officialName: string | null;
  otherNames: readonly string[];
  alsoListed: readonly { name: string }[];
}

/**
 * Every name the site's jobs go by, lower case without spaces: each title and its parts
 * (CS 강사 (고객서비스교육담당원 · 매너강사) → cs강사, 고객서비스교육담당원, 매너강사), the official and
 * other names, and every synonym group one of them belongs to (승무원 → 스튜어디스 …).
 */
export function coveredJobNames(jobs: readonly NamedJob[]): string[] {
  const names = new Set<string>();
  for (const job of jobs) {
    const raw = [...job.title.split(/[()·,/]/), job.officialName ?? '', ...job.otherNames, ...job.alsoListed.map((a) => a.name)];
    for (const n of raw) if (compact(n).length >= 2) names.add(compact(n));
  }
  for (const group of SYNONYM_GROUPS) {
    if (group.some((member) => [...names].some((n) => n.includes(member)))) for (const m of group) names.add(m);
  }
  return [...names].sort();
}

/** Readings long enough to mean something on their own (one Hangul syllable or letter is not). */
function meaningful(reading: string): boolean {
  return /[\uac00-\ud7a3]/.test(reading) ? [...reading].length >= 2 : reading.length >= 2;
}

/** A reading that names one of the site's jobs, or is part of one of their names (관리자, 호텔). */
export function isCoveredJobWord(reading: string, jobNames: readonly string[]): boolean {
  const r = compact(reading);
  return meaningful(r) && jobNames.some((n) => n.includes(r) || (r.length >= 2 && r.includes(n) && n.length >= 2));
}

/** Whether the page text (lower case, with its index-only words) has a word starting with the reading. */
export function hasWordStarting(text: string, reading: string): boolean {
  const r = reading.toLowerCase();
  let at = text.indexOf(r);
  while (at !== -1) {
    if (at === 0 || /[\s.,:;!?()[\]·"'“”‘’/]/.test(text[at - 1]!)) return true;
    at = text.indexOf(r, at + 1);
  }
  return false;
}

/**
 * Whether some text has the reading as a word start, as Pagefind matches it. Pagefind also falls
 * back to the longest prefix it knows; that is taken as a match only when at most the last
 * syllable is missing (감정노동자 → 감정노동), or (unless `joined` is false) when the reading is two
 * words the pages have written as one (호텔경영 → 호텔, 경영), not for 간호사 → 간.
 */
export function foundIn(texts: readonly string[], reading: string, options: { joined?: boolean } = {}): boolean {
  const has = (r: string) => texts.some((text) => hasWordStarting(text, r));
  if (has(reading)) return true;
  const chars = [...reading];
  if (!/^[\uac00-\ud7a3]+$/.test(reading) || chars.length < 4) return false;
  if (has(chars.slice(0, -1).join(''))) return true;
  if (options.joined === false) return false;
  for (let k = 2; k <= chars.length - 2; k++) if (has(chars.slice(0, k).join('')) && has(chars.slice(k).join(''))) return true;
  return false;
}

/**
 * The query is not covered when
 * - none of its words is on the pages Pagefind returned (Pagefind falls back to a shorter prefix of
 *   an unknown word, so it returns loose matches for 간호사 or 바리스타), and none is a near spelling
 *   of a word the site is about; or
 * - it asks about a worker (되려면, 연봉, 직원 …) and none of its words is one of the site's jobs
 *   (은행 창구 직원, 웹툰 작가 연봉).
 * `texts` are the top results' stored texts, index-only words included.
 */
export function isUncovered(plan: QueryPlan, texts: readonly string[], jobNames: readonly string[]): boolean {
  const terms = plan.terms.filter((t) => t.readings.some(meaningful));
  if (terms.length === 0) return false;
  const lower = texts.map((t) => t.toLowerCase());
  const found = terms.some((t) => t.readings.some((r) => meaningful(r) && foundIn(lower, r)));
  // 리셉숀 is 리셉션 mistyped, not another subject: the search offers the near spelling instead.
  if (!found) return !terms.some((t) => nearSpelling(t.typed) !== null);
  const subjects = terms.filter((t) => t.subject);
  if (!plan.namesWorker || jobNames.length === 0 || subjects.length === 0) return false;
  return !subjects.some((t) => t.readings.some((r) => isCoveredJobWord(r, jobNames)));
}
