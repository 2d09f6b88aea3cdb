/**
 * Builds the Pagefind index of a built site (dist/) with the Korean index-only words.
 * Runs in Node after `astro build`; the browser never loads garu-ko.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { Garu } from 'garu-ko';
import { indexOnlyTerms, INDEX_ONLY_MARK, type Analyzer, type Morpheme } from '../../model/search/index-terms.ts';
import { classifyPath } from '../../model/search/classify.ts';
import { FILTER_KIND, type IndexedPage, type PageClass } from '../../model/search/page-kind.ts';
import { escapeHtml, h1Text, mainText, SKIPPED_SELECTORS } from '../../model/search/html-text.ts';
import { SEARCH_DATA_FILE, type FilterValues, type SearchData, type StudentPage } from '../../model/search/site-data.ts';

export interface IndexOptions {
  /** The built site folder. */
  dist: string;
  /** Where pagefind's files go; default <dist>/pagefind. */
  outputPath?: string;
  /** false builds plain Pagefind (the baseline the quality script compares with). */
  korean?: boolean;
  /** Extra filters for a page (NCS 수준, 학교급), by site path. */
  facets?: (path: string) => Record<string, string[]>;
  /** Pages to index, by site path; default every content page. */
  include?: (path: string) => boolean;
  /** Pages that should rank below others for the same words (0–1), by site path; default 1. */
  demote?: (path: string) => number;
  /** Which pages are written for students (a job's own page or another), by site path; null for teachers' pages. */
  studentPage?: (path: string) => StudentPage | null;
  /** Names of the jobs the site covers (see coveredJobNames). */
  jobNames?: string[];
  /** Other names a page goes by (a job's official and other names), searchable like its title, by site path. */
  names?: (path: string) => string[];
}

export type { IndexedPage };

export interface IndexReport {
  pages: IndexedPage[];
  indexOnlyWords: number;
  milliseconds: number;
}

/** Every .html file under dir, as [file, site path] ('/jobs/cs-manager/'). */
export async function htmlFiles(dir: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(dir, file).split(sep).join('/');
    if (rel.startsWith('pagefind/')) continue;
    const path = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    out.push([file, path]);
  }
  return out.sort((a, b) => a[1].localeCompare(b[1]));
}

export async function garuAnalyzer(): Promise<Analyzer & { close(): void }> {
  // garu-ko's WASM loader warns about its own way of starting up; nothing for us to act on.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('deprecated parameters for the initialization function')) warn(...args);
  };
  const garu = await Garu.load().finally(() => {
    console.warn = warn;
  });
  // Pages repeat a lot (link cards, titles, notes): analyse each sentence once.
  const cache = new Map<string, Morpheme[]>();
  return {
    analyze(sentence: string) {
      let tokens = cache.get(sentence);
      if (!tokens) {
        const result = garu.analyze(sentence);
        tokens = (Array.isArray(result) ? result[0]! : result).tokens;
        cache.set(sentence, tokens);
      }
      return tokens;
    },
    close: () => garu.destroy(),
  };
}

/**
 * How much a title counts, by page kind. Pagefind weighs an h1 7. A lesson design is named
 * after its job or unit, and its indexed text is short (its templated parts are skipped), so
 * at full weight it would outrank the page it teaches: a job's name finds the job page first.
 */
const TITLE_WEIGHT: Partial<Record<PageClass['kind'], number>> = { '수업 설계': 3 };
const DEFAULT_TITLE_WEIGHT = 7;

/** The page's first h1 in <main> with the title weight of its kind. */
export function weighTitle(html: string, weight: number): string {
  if (weight === DEFAULT_TITLE_WEIGHT) return html;
  const main = html.search(/<main\b/i);
  const h1 = main === -1 ? -1 : html.slice(main).search(/<h1\b/i);
  if (h1 === -1) return html;
  const at = main + h1 + '<h1'.length;
  return `${html.slice(0, at)} data-pagefind-weight="${weight}"${html.slice(at)}`;
}

/** Pagefind reads weights to one decimal place. */
function roundWeight(weight: number): number {
  return Math.max(0.1, Math.round(weight * 10) / 10);
}

/** Every word in <main> counts `weight` times what it would (headings keep their own weights). */
export function weighMain(html: string, weight: number): string {
  const main = html.search(/<main\b/i);
  if (main === -1) return html;
  const at = main + '<main'.length;
  return `${html.slice(0, at)} data-pagefind-weight="${roundWeight(weight)}"${html.slice(at)}`;
}

function annotations(cls: PageClass, facets: Record<string, string[]>): string {
  const attr = (name: string, value: string) => `<span ${name}="${escapeHtml(value)}"></span>`;
  const filters = { [FILTER_KIND]: [cls.kind], ...facets };
  return [
    attr('data-pagefind-meta', `kind:${cls.kind}`),
    attr('data-pagefind-meta', `audience:${cls.audience}`),
    ...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => attr('data-pagefind-filter', `${k}:${v}`))),
  ].join('');
}

/**
 * Pagefind runs the text of <dt>/<dd>, table cells, list items and links side by side together
 * (이름TM정규교육);
 * a space after each of them keeps the words apart. A term and its description read as
 * "이름: TM ·" in a result excerpt, as they do side by side on the page. Only the copy handed to
 * Pagefind changes.
 */
export function separateCells(html: string): string {
  return html
    .replace(/(?<![:：])<\/dt>/gi, ':</dt>')
    .replace(/<\/dd>/gi, ' ·</dd>')
    .replace(/<\/(dt|dd|td|th|li|caption|figcaption)>/gi, '</$1> ')
    .replace(/<\/a>(?=<)/gi, '</a> ')
    .replace(/<br\s*\/?>/gi, ' ');
}

export async function buildSearchIndex(options: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const korean = options.korean ?? true;
  const analyzer = korean ? await garuAnalyzer() : null;
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'ko',
    rootSelector: 'main',
    excludeSelectors: SKIPPED_SELECTORS,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pages: IndexedPage[] = [];
  const filterValues: FilterValues = {};
  let indexOnlyWords = 0;
  try {
    for (const [file, path] of await htmlFiles(options.dist)) {
      const cls = classifyPath(path);
      if (!cls || options.include?.(path) === false) continue;
      const html = await readFile(file, 'utf8');
      const close = html.lastIndexOf('</main>');
      if (close === -1) throw new Error(`${file}: no <main> element, so the page cannot be indexed`);
      const facets = options.facets?.(path) ?? {};
      for (const [key, values] of Object.entries({ [FILTER_KIND]: [cls.kind], ...facets })) {
        const seen = (filterValues[key] ??= []);
        for (const v of values) if (!seen.includes(v)) seen.push(v);
      }
      let extra = annotations(cls, facets);
      const demote = options.demote?.(path) ?? 1;
      const titleWeight = korean ? roundWeight((TITLE_WEIGHT[cls.kind] ?? DEFAULT_TITLE_WEIGHT) * demote) : DEFAULT_TITLE_WEIGHT;
      if (analyzer) {
        // Words from the title weigh what the h1 weighs, so 고객관리매니저 ranks the page
        // titled 고객관리 매니저 above pages that only link to it.
        // A job's other names (TM, 전화고객상담원) count as its title even where the page does not show them.
        const h1 = h1Text(html);
        const shown = new Set(h1.toLowerCase().split(/\s+/));
        const names = (options.names?.(path) ?? []).flatMap((n) => n.toLowerCase().split(/[\s()·,/]+/)).filter((w) => w && !shown.has(w));
        const titleTerms = [...new Set([...indexOnlyTerms(`${h1} ${names.join(' ')}`, analyzer), ...names])];
        const inTitle = new Set(titleTerms);
        const bodyTerms = indexOnlyTerms(mainText(html), analyzer, { minRepeat: 2 }).filter((t) => !inTitle.has(t));
        indexOnlyWords += titleTerms.length + bodyTerms.length;
        // Indexed, but cut off by visibleText() before anything is shown.
        if (titleTerms.length > 0)
          extra += `<p data-pagefind-weight="${titleWeight}">${INDEX_ONLY_MARK} ${escapeHtml(titleTerms.join(' '))}</p>`;
        if (bodyTerms.length > 0) extra += `<p>${INDEX_ONLY_MARK} ${escapeHtml(bodyTerms.join(' '))}</p>`;
      }
      const body = weighTitle(separateCells(html.slice(0, close)), titleWeight) + extra;
      const content = (demote === 1 ? body : weighMain(body, demote)) + html.slice(close);
      const added = await index.addHTMLFile({ url: path, content });
      if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
      pages.push({ path, title: added.file.meta.title ?? path, class: cls });
    }
    const outputPath = options.outputPath ?? join(options.dist, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    if (korean) await minifyScript(join(outputPath, 'pagefind.js'));
    for (const values of Object.values(filterValues)) values.sort((a, b) => a.localeCompare(b, 'ko', { numeric: true }));
    const studentPages: SearchData['studentPages'] = {};
    if (options.studentPage) {
      for (const [id, url] of await fragmentUrls(join(outputPath, 'fragment'))) {
        const page = options.studentPage(url);
        if (page) studentPages[id] = page;
      }
    }
    const data: SearchData = { filters: filterValues, studentPages, jobNames: options.jobNames ?? [] };
    await writeFile(join(outputPath, SEARCH_DATA_FILE), JSON.stringify(data));
  } finally {
    analyzer?.close();
    await pagefind.close();
  }
  return { pages, indexOnlyWords, milliseconds: performance.now() - started };
}

/** Pagefind's page id (its fragment's file name) → the page's site path, read from the fragments it wrote. */
export async function fragmentUrls(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    // A gzipped "pagefind_dcd" signature followed by the fragment's JSON, which starts with its url.
    const text = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    out.set(name.slice(0, -'.pf_fragment'.length), json.url);
  }
  return out;
}

/**
 * pagefind.js is the one file of the first search that Pagefind does not compress, and many
 * school servers send JavaScript uncompressed: minified, it is about a third smaller.
 */
export async function minifyScript(file: string): Promise<void> {
  const source = await readFile(file, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2020', legalComments: 'inline' });
  await writeFile(file, code);
}

/** Writes the list of every indexed page into the no-JavaScript full index page, if the site has one. */
export async function fillFullIndex(dist: string, pages: IndexedPage[], render: (pages: IndexedPage[]) => string): Promise<boolean> {
  const file = join(dist, 'search', 'all', 'index.html');
  const html = await readFile(file, 'utf8').catch(() => null);
  if (html === null) return false;
  const slot = /(<div id="all-pages"[^>]*>)[\s\S]*?(<\/div>)/;
  if (!slot.test(html)) throw new Error(`${file}: no <div id="all-pages"> to fill`);
  await writeFile(
    file,
    html.replace(slot, (_, open: string, close: string) => open + render(pages) + close),
  );
  return true;
}
