/**
 * Runs a query plan against Pagefind's JS API and merges the readings into one ranked list.
 * Shared by the site's search dialog, the search page and the quality script, so what is
 * measured is what people get.
 */
import { buildExcerpt, visibleText, type ExcerptPart } from './excerpt.ts';
import { planQuery, type QueryPlan } from './query.ts';
import { foundIn, isCoveredJobWord, isUncovered } from './coverage.ts';
import { NO_SEARCH_DATA, type SearchData } from './site-data.ts';

/** The part of Pagefind's fragment data this site reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResultLike {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export type Filters = Record<string, string | string[]>;

/** What pagefind.js exports (search) plus nothing else the engine needs. */
export interface PagefindLike {
  search(term: string, options?: { filters?: Filters }): Promise<{ results: PagefindResultLike[] } | null>;
}

export interface SearchHit {
  id: string;
  score: number;
  load(): Promise<ResultView>;
}

export interface SearchResult {
  plan: QueryPlan;
  hits: SearchHit[];
  /** The query is about something the site does not cover (a job it has no page for): say so. */
  uncovered: boolean;
}

export interface ResultView {
  /** As Pagefind gives it: with baseUrl in front. */
  url: string;
  title: string;
  kind: string;
  audience: string;
  excerpt: ExcerptPart[];
}

/**
 * Pagefind ranking options for our index. Index-only words make long pages longer still, so
 * the page-length penalty is softer than Pagefind's default (0.75).
 */
export const RANKING = { pageLength: 0.3 } as const;

/** Reciprocal-rank fusion: a page near the top of several readings beats one reading's outlier. */
const RANK_DAMPING = 8;

/**
 * Pages for the other audience count this much: teachers' pages (lesson designs, NCS) below
 * students' for a student's question, and the other way round for a teacher's (수업, 지도안 …).
 * In the fused scores one place is worth about a tenth, so this moves a page down three or four places.
 */
export const OTHER_AUDIENCE_FACTOR = 0.7;
/**
 * A question about a job itself (되려면, 하는 일, 연봉, 힘들어, or only a job's name) puts the job
 * pages first; one about where a job leads (그만두면, 이직, 상담원에서) the career paths.
 */
export const INTENT_FACTOR = 1.35;
/**
 * The first results are read (a few more than the first page of results, which loads them anyway)
 * and put in order again by what only their stored data says: the words of the title, and whether
 * the page is a lesson design or an NCS page. The coverage check reads the same ones.
 */
export const RERANK_DEPTH = 8;
/** A title with every word of the question in it counts this much more (proportionally for some). */
export const TITLE_BONUS = 0.5;
/** And a title that is just what was asked (고객관리 for 고객관리, 텔레마케터), this much more again. */
export const EXACT_TITLE_FACTOR = 1.3;
/**
 * A lesson design counts this much unless the question is about lessons (수업, 차시 …): it ranks
 * below the job or NCS page it teaches. NCS pages count this much for a question about lessons.
 */
export const OTHER_TEACHER_KIND_FACTOR = 0.8;

export async function searchSite(
  pagefind: PagefindLike,
  raw: string,
  filters: Filters = {},
  data: SearchData = NO_SEARCH_DATA,
): Promise<SearchResult> {
  const plan = planQuery(raw);
  const scores = new Map<string, { score: number; result: PagefindResultLike; first: number }>();
  let order = 0;
  const found = await Promise.all(plan.candidates.map((c) => pagefind.search(c.text, { filters })));
  // Each page's stored data is fetched once, whoever asks for it first.
  const fragments = new Map<string, Promise<PagefindFragment>>();
  const fragmentOf = (r: PagefindResultLike) => {
    let f = fragments.get(r.id);
    if (!f) fragments.set(r.id, (f = r.data()));
    return f;
  };
  // Pagefind answers a word it does not have with the longest start of it that it has (콜센터상담사 →
  // 콜센터, 욕하 → 욕): a reading whose best page lacks one of its words is such a stand-in, and left out.
  const lists = await Promise.all(
    found.map(async (list, ci) => {
      const top = list?.results[0];
      if (!top) return list;
      const content = (await fragmentOf(top)).content.toLowerCase();
      // Two words run together are found only as one (고등학교콜센터 is not 고등학교 and 콜센터).
      return plan.candidates[ci]!.text.split(' ').every((w) => foundIn([content], w, { joined: false })) ? list : null;
    }),
  );
  // A page counts the best of the whole-query readings it is found by, plus every part-reading.
  const best = new Map<string, number>();
  lists.forEach((list, ci) => {
    const { weight, part } = plan.candidates[ci]!;
    (list?.results ?? []).forEach((r, rank) => {
      const gain = weight / (RANK_DAMPING + rank + 1);
      const seen = scores.get(r.id) ?? { score: 0, result: r, first: order++ };
      scores.set(r.id, seen);
      if (part) seen.score += gain;
      else {
        const before = best.get(r.id) ?? 0;
        if (gain > before) {
          seen.score += gain - before;
          best.set(r.id, gain);
        }
      }
    });
  });
  const knowsAudience = Object.keys(data.studentPages).length > 0;
  const subjects = plan.terms.filter((t) => t.subject);
  // Only a job's name (승무원, 스튜어디스, 호텔리어): the job itself is asked for.
  const onlyJobNames = subjects.length > 0 && subjects.every((t) => t.readings.some((r) => isCoveredJobWord(r, data.jobNames)));
  const aboutJob = plan.aboutJob || (plan.audience === 'student' && onlyJobNames);
  const factor = (id: string) => {
    if (!knowsAudience) return 1;
    const page = data.studentPages[id];
    let f = (page === undefined) === (plan.audience === 'student') ? OTHER_AUDIENCE_FACTOR : 1;
    if ((aboutJob && page === 'job') || (plan.aboutPath && page === 'path')) f *= INTENT_FACTOR;
    return f;
  };
  const ranked = [...scores.entries()]
    .map(([id, s]) => ({ ...s, score: s.score * factor(id) }))
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ score, result, first }) => ({ id: result.id, score, first, fragment: () => fragmentOf(result) }));
  // With a filter chip on, finding nothing says nothing about what the site covers.
  const filtered = Object.keys(filters).length > 0;
  const head = ranked.slice(0, RERANK_DEPTH);
  const stored = await Promise.all(head.map((h) => h.fragment()));
  head.forEach((h, i) => (h.score *= storedDataFactor(plan, stored[i]!)));
  head.sort((a, b) => b.score - a.score || a.first - b.first);
  const reordered = [...head, ...ranked.slice(RERANK_DEPTH)];
  const uncovered =
    !filtered &&
    isUncovered(
      plan,
      stored.map((f) => f.content),
      data.jobNames,
    );
  const hits = reordered.map(({ id, score, fragment }) => ({ id, score, load: async () => toView(await fragment(), plan) }));
  return { plan, hits, uncovered };
}

const LESSON_KIND = '수업 설계';
const NCS_KIND = 'NCS 능력단위';

/** How much a loaded result counts again for its title and kind (see RERANK_DEPTH). */
export function storedDataFactor(plan: QueryPlan, fragment: PagefindFragment): number {
  let f = 1;
  const subjects = plan.terms.filter((t) => t.subject);
  // The title may also name the kind of page asked for (수업 설계 for 진로 수업 설계서).
  const titleWords = plan.terms.filter((t) => t.subject || t.kind);
  if (titleWords.length > 0) {
    const title = (fragment.meta.title ?? '').toLowerCase().replace(/\s+/g, '');
    const inTitle = titleWords.filter((t) => t.readings.some((r) => [...r].length >= 2 && title.includes(r.replace(/\s+/g, '')))).length;
    f *= 1 + (TITLE_BONUS * inTitle) / titleWords.length;
    // The title without what follows in brackets: 텔레마케터, CS 강사 (매너강사) → cs강사.
    const core = title.replace(/\(.*$/, '');
    const asked = subjects.map((t) => t.readings[0]!.replace(/\s+/g, '')).join('');
    const exact = core === asked || (subjects.length === 1 && subjects[0]!.readings.some((r) => r.replace(/\s+/g, '') === core));
    if (subjects.length > 0 && exact) f *= EXACT_TITLE_FACTOR;
  }
  const kind = fragment.meta.kind;
  if ((plan.teacherTopic === 'lesson' && kind === NCS_KIND) || (plan.teacherTopic !== 'lesson' && kind === LESSON_KIND))
    f *= OTHER_TEACHER_KIND_FACTOR;
  return f;
}

export function toView(fragment: PagefindFragment, plan: QueryPlan): ResultView {
  const text = visibleText(fragment.content);
  const title = fragment.meta.title ?? text.slice(0, 40);
  // The content starts with the h1; an excerpt that repeats the title wastes its room.
  const body = text.startsWith(title) ? text.slice(title.length).replace(/^[.\s]+/, '') : text;
  return {
    url: fragment.url,
    title,
    kind: fragment.meta.kind ?? '',
    audience: fragment.meta.audience ?? '',
    excerpt: buildExcerpt(body, plan.markTerms),
  };
}
