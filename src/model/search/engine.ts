/**
 * Runs a query plan against Pagefind's JS API and merges the readings into one ranked list.
 * Shared by the site's search dialog, the search page and the quality script, so what is
 * measured is what people get.
 */
import { buildExcerpt, visibleText, type ExcerptPart } from './excerpt.ts';
import { planQuery, type QueryPlan } from './query.ts';

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

export async function searchSite(
  pagefind: PagefindLike,
  raw: string,
  filters: Filters = {},
): Promise<{ plan: QueryPlan; hits: SearchHit[] }> {
  const plan = planQuery(raw);
  const scores = new Map<string, { score: number; result: PagefindResultLike; first: number }>();
  let order = 0;
  const lists = await Promise.all(plan.candidates.map((c) => pagefind.search(c.text, { filters })));
  lists.forEach((list, ci) => {
    const weight = plan.candidates[ci]!.weight;
    (list?.results ?? []).forEach((r, rank) => {
      const gain = weight / (RANK_DAMPING + rank + 1);
      const seen = scores.get(r.id);
      if (seen) seen.score += gain;
      else scores.set(r.id, { score: gain, result: r, first: order++ });
    });
  });
  const hits = [...scores.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ score, result }) => ({
      id: result.id,
      score,
      load: async () => toView(await result.data(), plan),
    }));
  return { plan, hits };
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
