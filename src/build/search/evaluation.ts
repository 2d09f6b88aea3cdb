/**
 * Search quality on a query set: recall@5 and MRR of this site's search and of plain Pagefind,
 * both run in Node with Pagefind's own browser JS (fetch answered from disk), so the figures
 * are what a browser would get.
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkWith } from '../../site-content/yaml-checked.ts';
import { readYaml } from '../../site-content/yaml.ts';
import { z } from 'zod';
import { RANKING, searchSite, toView, type PagefindLike } from '../../model/search/engine.ts';
import { planQuery } from '../../model/search/query.ts';
import { visibleText } from '../../model/search/excerpt.ts';
import { INDEX_ONLY_MARK } from '../../model/search/index-terms.ts';
import { NO_SEARCH_DATA, parseSearchData, SEARCH_DATA_FILE, type SearchData } from '../../model/search/site-data.ts';

export const TOP = 5;
/** The dialog loads this many results' details at once (see PAGE_SIZE in the controller). */
const FIRST_PAGE = 5;
/** The issue's target for the first query, beyond the page itself. */
export const FIRST_QUERY_BUDGET = 200 * 1024;

const KINDS = [
  'particle',
  'spacing',
  'compound',
  'abbreviation',
  'code',
  'misspelling',
  'plain',
  'question',
  'typing',
  // the blind set's kinds (test/search/blind.yaml)
  'intent',
  'pay',
  'hardship',
  'parttime',
  'certificate',
  'school',
  'slang',
  'konglish',
  'teacher',
  'uncovered',
] as const;

/** A site path without base (/jobs/cs-manager/), or a folder with * for any page under it (/lessons/*). */
const expectedPath = z.string().regex(/^\/((.+\/)?|(.+\/)?\*)$/, 'a site path such as /jobs/cs-manager/ or /lessons/*');

const querySetSchema = z.strictObject({
  queries: z
    .array(
      z
        .strictObject({
          q: z.string().min(1),
          /** Pages that must each be in the top five. */
          expect: z.array(expectedPath).min(1).optional(),
          /** false: no page answers it, and the search must say the site does not cover it. */
          covered: z.boolean().default(true),
          kind: z.enum(KINDS),
          who: z.enum(['student', 'teacher']).default('student'),
        })
        .refine((c) => (c.covered ? c.expect !== undefined : c.expect === undefined), {
          message: 'a covered query needs expect; a query with covered: false has none',
        }),
    )
    .min(1),
});
export type QueryCase = z.infer<typeof querySetSchema>['queries'][number];

/** Whether a ranked path satisfies one expected entry (an exact path, or /folder/* for any page under it). */
export function matchesExpected(expected: string, path: string): boolean {
  return expected.endsWith('*') ? path.startsWith(expected.slice(0, -1)) && path !== expected.slice(0, -1) : path === expected;
}

export async function loadQuerySet(file: string): Promise<QueryCase[]> {
  return checkWith(querySetSchema, readYaml(file, await readFile(file, 'utf8')), (path) => (path.length > 1 ? String(path[1]) : null))
    .queries;
}

/** A page's Pagefind bundle loaded as a browser would, counting the bytes it fetches. */
export interface LoadedIndex {
  pagefind: PagefindLike & { options(o: object): Promise<void> };
  /** Where the bundle's files are fetched from. */
  basePath: string;
  /** The search's own data file beside the bundle, as the site's search loads it. */
  data(): Promise<SearchData>;
  bytes(): number;
  /** Forgets the index; the last close gives back the process's own fetch. */
  close(): void;
}

const EVAL_ORIGIN = 'http://eval.invalid';
let instance = 0;
const roots = new Map<string, string>();
let ownFetch: typeof fetch | null = null;

/**
 * Pagefind fetches its files; while an index is loaded, answer its URLs from the folder the URL's
 * first segment names and hand every other request to the process's own fetch.
 */
function installFetch(counter: Map<string, number>) {
  if (ownFetch) return;
  const original = (ownFetch = globalThis.fetch);
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== EVAL_ORIGIN) return original(input, init);
    const [, key, ...rest] = url.pathname.split('/');
    const root = roots.get(key!);
    if (!root) return new Response(null, { status: 404 });
    const body = await readFile(join(root, ...rest.map(decodeURIComponent))).catch(() => null);
    if (body === null) return new Response(null, { status: 404 });
    counter.set(key!, (counter.get(key!) ?? 0) + body.length);
    return new Response(body);
  }) as typeof fetch;
}
const fetched = new Map<string, number>();

export async function loadIndex(pagefindDir: string, extraOptions: Record<string, unknown> = {}): Promise<LoadedIndex> {
  installFetch(fetched);
  const key = `index${++instance}`;
  roots.set(key, pagefindDir);
  const script = join(pagefindDir, 'pagefind.js');
  const scriptBytes = (await stat(script)).size;
  // A query string gives every index its own module instance (Pagefind keeps state per module).
  const pagefind = await import(`${pathToFileURL(script).href}?instance=${key}`);
  const basePath = `${EVAL_ORIGIN}/${key}/`;
  await pagefind.options({ basePath, baseUrl: '/', noWorker: true, ...extraOptions });
  const close = () => {
    roots.delete(key);
    if (roots.size === 0 && ownFetch) {
      globalThis.fetch = ownFetch;
      ownFetch = null;
    }
  };
  const data = async () => {
    const response = await fetch(`${basePath}${SEARCH_DATA_FILE}`);
    return response.ok ? parseSearchData(await response.json()) : NO_SEARCH_DATA;
  };
  return { pagefind, basePath, data, bytes: () => scriptBytes + (fetched.get(key) ?? 0), close };
}

export interface CaseResult {
  case: QueryCase;
  top: string[];
  /** Expected pages at rank 1, out of min(1, expected): 1 when the first result is one of them. */
  recallAt1: number;
  /** Expected pages in the top five, out of how many were expected (at most five). */
  recall: number;
  reciprocalRank: number;
  /** The search said the site does not cover the query. */
  saidUncovered: boolean;
}

export interface RunResult {
  cases: CaseResult[];
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  /** Covered queries for which the search wrongly said the site does not cover them. */
  falseUncovered: string[];
}

/**
 * Recall@k counts the expected pages in the top k out of min(k, expected), so a query with two
 * expected pages has recall@1 1 when either is first. A query the site does not cover scores 1
 * on every measure when the search says so, else 0.
 */
export function score(c: QueryCase, ranked: string[], saidUncovered = false): CaseResult {
  const top = ranked.slice(0, TOP);
  if (!c.covered) {
    const v = saidUncovered ? 1 : 0;
    return { case: c, top, recallAt1: v, recall: v, reciprocalRank: v, saidUncovered };
  }
  const expected = c.expect!;
  const foundIn = (k: number) => expected.filter((e) => ranked.slice(0, k).some((p) => matchesExpected(e, p))).length;
  const firstRank = ranked.findIndex((p) => expected.some((e) => matchesExpected(e, p)));
  return {
    case: c,
    top,
    recallAt1: foundIn(1) / Math.min(1, expected.length),
    recall: foundIn(TOP) / Math.min(TOP, expected.length),
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
    saidUncovered,
  };
}

function summarise(cases: CaseResult[]): RunResult {
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    cases,
    recallAt1: mean(cases.map((c) => c.recallAt1)),
    recallAt5: mean(cases.map((c) => c.recall)),
    mrr: mean(cases.map((c) => c.reciprocalRank)),
    falseUncovered: cases.filter((c) => c.case.covered && c.saidUncovered).map((c) => c.case.q),
  };
}

/** Pagefind's URLs carry baseUrl ('/'); compare site paths. */
const pathOf = (url: string) => url.replace(/[?#].*$/, '');

/** Whether a search result carries the site's "not covered here" notice (before it existed, none did). */
function saysUncovered(result: object): boolean {
  return 'uncovered' in result && result.uncovered === true;
}

export async function runOurs(index: LoadedIndex, cases: QueryCase[]): Promise<RunResult & { leaks: string[] }> {
  const results: CaseResult[] = [];
  const leaks: string[] = [];
  const data = await index.data();
  for (const c of cases) {
    const result = await searchSite(index.pagefind, c.q, {}, data);
    const ranked: string[] = [];
    for (const hit of result.hits.slice(0, 10)) ranked.push(pathOf((await hit.load()).url));
    results.push(score(c, ranked, saysUncovered(result)));
    leaks.push(...(await excerptLeaks(index.pagefind, c.q)));
  }
  return { ...summarise(results), leaks };
}

/**
 * Every excerpt shown for the query's first five results must be a piece of the page's
 * visible text; index-only words would not be.
 */
export async function excerptLeaks(pagefind: PagefindLike, q: string): Promise<string[]> {
  const out: string[] = [];
  const plan = planQuery(q);
  const lists = await Promise.all(plan.candidates.map((c) => pagefind.search(c.text)));
  const seen = new Set<string>();
  for (const list of lists) {
    for (const r of (list?.results ?? []).slice(0, TOP)) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const fragment = await r.data();
      const view = toView(fragment, plan);
      const shown = view.excerpt
        .map((p) => p.text)
        .join('')
        .replace(/^… /, '')
        .replace(/ …$/, '');
      if (!visibleText(fragment.content).includes(shown) || shown.includes(INDEX_ONLY_MARK)) out.push(`${q} → ${fragment.url}: "${shown}"`);
    }
  }
  return out;
}

export async function runPlain(index: LoadedIndex, cases: QueryCase[]): Promise<RunResult> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const list = await index.pagefind.search(c.q);
    const ranked: string[] = [];
    for (const r of (list?.results ?? []).slice(0, 10)) ranked.push(pathOf((await r.data()).url));
    results.push(score(c, ranked));
  }
  return summarise(results);
}

export interface FirstQueryBytes {
  query: string;
  /** Every file as stored. */
  raw: number;
  /** With pagefind.js gzipped, as static hosts serve JavaScript (Pagefind's other files are compressed already). */
  served: number;
}

/**
 * Bytes a browser fetches for its first query, beyond the page itself: pagefind.js, the wasm,
 * metadata, the index chunks it needs, the search's data file, and the first page of result fragments.
 */
export async function firstQueryBytes(pagefindDir: string, q: string): Promise<FirstQueryBytes> {
  const index = await loadIndex(pagefindDir, { ranking: RANKING });
  const pagefind = index.pagefind as unknown as PagefindLike & { destroy(): Promise<void> };
  // The search's data file (chips, audiences, job names), loaded before the first search as the UI does (loadSearchData).
  const { hits } = await searchSite(pagefind, q, {}, await index.data());
  await Promise.all(hits.slice(0, FIRST_PAGE).map((h) => h.load()));
  const raw = index.bytes();
  await pagefind.destroy();
  index.close();
  const script = await readFile(join(pagefindDir, 'pagefind.js'));
  return { query: q, raw, served: raw - script.length + gzipSync(script).length };
}

export interface EvaluationReport {
  evaluated: number;
  skipped: QueryCase[];
  ours: RunResult & { leaks: string[] };
  plain: RunResult;
  /** The first query of a fresh page, for every query in the set: the sample, the median and the worst. */
  firstQuery: { sample: FirstQueryBytes; median: FirstQueryBytes; worst: FirstQueryBytes; overBudget: number; overBudgetServed: number };
  indexMilliseconds: number;
  plainIndexMilliseconds: number;
  pages: number;
}

/**
 * Indexes `dist` twice into `workDir` (ours and plain Pagefind) and runs the query set on both.
 * Queries whose expected pages are not in the build are skipped and reported.
 */
export async function evaluateSite(options: {
  dist: string;
  workDir: string;
  cases: QueryCase[];
  index: (korean: boolean, outputPath: string) => Promise<{ pages: { path: string }[]; milliseconds: number }>;
  /** Measure every query's first-search bytes on a fresh index (slow: it loads the index once per query); default true. */
  bytesPerQuery?: boolean;
}): Promise<EvaluationReport> {
  const oursDir = join(options.workDir, 'ours');
  const plainDir = join(options.workDir, 'plain');
  const ours = await options.index(true, oursDir);
  const plain = await options.index(false, plainDir);
  const built = new Set(ours.pages.map((p) => p.path));
  const isBuilt = (e: string) => (e.endsWith('*') ? [...built].some((p) => matchesExpected(e, p)) : built.has(e));
  const usable = options.cases.filter((c) => (c.expect ?? []).every(isBuilt));
  const skipped = options.cases.filter((c) => !usable.includes(c));
  const firsts: FirstQueryBytes[] = [];
  if (options.bytesPerQuery !== false) for (const c of usable) firsts.push(await firstQueryBytes(oursDir, c.q));
  firsts.sort((a, b) => a.raw - b.raw);
  const oursIndex = await loadIndex(oursDir, { ranking: RANKING });
  const plainIndex = await loadIndex(plainDir);
  const oursRun = await runOurs(oursIndex, usable);
  const plainRun = await runPlain(plainIndex, usable);
  oursIndex.close();
  plainIndex.close();
  return {
    evaluated: usable.length,
    skipped,
    ours: oursRun,
    plain: plainRun,
    firstQuery: {
      sample: await firstQueryBytes(oursDir, '고객관리 매니저'),
      median: firsts[Math.floor(firsts.length / 2)] ?? { query: '', raw: 0, served: 0 },
      worst: firsts.at(-1) ?? { query: '', raw: 0, served: 0 },
      overBudget: firsts.filter((f) => f.raw > FIRST_QUERY_BUDGET).length,
      overBudgetServed: firsts.filter((f) => f.served > FIRST_QUERY_BUDGET).length,
    },
    indexMilliseconds: ours.milliseconds,
    plainIndexMilliseconds: plain.milliseconds,
    pages: ours.pages.length,
  };
}
