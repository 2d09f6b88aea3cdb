import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DataError } from '../../model/ncs/errors.ts';
import type { SourceRegistry } from '../../model/sources/registry.ts';
import { loadSite } from '../load-site.ts';
import { loadSourceRegistry, SOURCE_FILES } from '../sources.ts';
import { lineAt, readYaml } from '../yaml.ts';
import { parsePage, ParseProblem, type ParsedPage } from './parse.ts';
import { checkFigures, checkHeadingLevels, checkJobSections, type Problem } from './rules.ts';
import { checkPageSources, checkYamlSourceRefs, reviewPassages, type ReviewItem } from './sources.ts';
import { surveyedRecords } from '../../model/jobs/official-records.ts';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { checkBuiltSite } from './built-pages.ts';
import { tildeProblems, wordingProblems, type SurveyedRecord, type TextBlock, type WordingContext } from './wording.ts';

export interface FileProblem extends Problem {
  /** Path shown to the reader, with forward slashes. */
  file: string;
}

export interface FileReviewItem extends ReviewItem {
  file: string;
}

/** Frontmatter and data fields whose values are data, not wording (checked by the schemas). */
const DATA_KEYS = new Set(['education', 'skillPeriod', 'source', 'sources', 'url', 'id', 'code', 'slug']);

/** Every string a frontmatter document shows, with its line. */
function frontmatterBlocks(doc: Document, page: ParsedPage): TextBlock[] {
  const out: TextBlock[] = [];
  const walk = (node: unknown, key: string | null) => {
    if (key !== null && DATA_KEYS.has(key)) return;
    if (isMap(node)) for (const pair of node.items) walk(pair.value, isScalar(pair.key) ? String(pair.key.value) : null);
    else if (isSeq(node)) for (const item of node.items) walk(item, key);
    else if (isScalar(node) && typeof node.value === 'string') {
      const start = (node as Node).range?.[0];
      out.push({ text: node.value, line: start === undefined ? 1 : page.frontmatterLine(start) });
    }
  };
  walk(doc.contents, null);
  return out;
}

/** Survey years of the page's own dictionary records (a job page's surveyYear and alsoListed). */
function ownSurveyYears(doc: Document | null): number[] {
  const root = doc?.contents;
  if (!isMap(root)) return [];
  const years = [root.get('surveyYear')];
  const also = root.get('alsoListed', true);
  if (isSeq(also)) for (const e of also.items) if (isMap(e)) years.push(e.get('surveyYear'));
  return years.filter((y): y is number => typeof y === 'number');
}

/**
 * Wording rules over a page's body (paragraphs, table rows, headings), its frontmatter strings and
 * the strikethrough it writes: see wording.ts.
 */
export function checkPageWording(page: ParsedPage, records: readonly SurveyedRecord[]): Problem[] {
  const ctx: WordingContext = { records, ownYears: ownSurveyYears(page.frontmatter) };
  const problems: Problem[] = [];
  for (const b of page.blocks) {
    problems.push(...wordingProblems({ text: b.text, line: b.line }, ctx, true));
    problems.push(...tildeProblems(b.raw, b.line, b.tableRow));
  }
  if (page.frontmatter) for (const b of frontmatterBlocks(page.frontmatter, page)) problems.push(...wordingProblems(b, ctx));
  for (const s of page.strikes) {
    if (!s.intended)
      problems.push({
        line: s.line,
        message: '취소선 요소가 있어요: 일부러 쓴 것이면 data-intended를 붙여요 (<del data-intended>…</del>)',
      });
  }
  return problems;
}

/**
 * All problems of one page. `isJob` pages also get the shared job outline checked; with a
 * `registry`, every source id and figure year is checked against it and `review` collects the
 * passages that draw on blogs, columns and interviews.
 */
export function checkPage(
  text: string,
  isJob: boolean,
  registry?: SourceRegistry,
  review?: ReviewItem[],
  records: readonly SurveyedRecord[] = [],
): Problem[] {
  let page;
  try {
    page = parsePage(text);
  } catch (error) {
    if (error instanceof ParseProblem) return [{ line: error.line, message: error.message }];
    throw error;
  }
  const problems = [...checkHeadingLevels(page.headings), ...checkPageWording(page, records)];
  if (isJob) problems.push(...checkJobSections(page));
  if (page.frontmatter) {
    problems.push(...checkFigures(page.frontmatter, page));
    if (registry) problems.push(...checkPageSources(page.frontmatter, page, registry));
  }
  if (registry && review) review.push(...reviewPassages(text, page.frontmatter, page, registry));
  return problems.sort((a, b) => a.line - b.line);
}

function filesUnder(dir: string, ending: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ending));
    else if (entry.name.endsWith(ending)) out.push(full);
  }
  return out.sort();
}

/**
 * Checks every .mdx file under `contentDir` (files directly in `<contentDir>/jobs/` are job pages),
 * the source registry, and the source ids of every YAML data file. Paths in the result are
 * relative to `shownFrom` (the working folder by default). `notices` and `review` are for a
 * person to read; only `problems` fail the check.
 */
export function checkContent(
  contentDir: string,
  shownFrom = process.cwd(),
): { files: number; problems: FileProblem[]; notices: FileProblem[]; review: FileReviewItem[] } {
  const show = (file: string) => relative(shownFrom, file).split(sep).join('/');
  const problems: FileProblem[] = [];
  const notices: FileProblem[] = [];
  const review: FileReviewItem[] = [];

  const report = (error: unknown) => {
    if (!(error instanceof DataError)) throw error;
    for (const e of error.all) {
      const what = [e.record, e.field].filter(Boolean).join(' ');
      problems.push({ file: show(e.file), line: e.line ?? 1, message: `${what ? what + ': ' : ''}${e.problem}` });
    }
  };
  let registry: SourceRegistry | undefined;
  try {
    registry = loadSourceRegistry(contentDir);
  } catch (error) {
    report(error);
  }
  // The site loader's checks (schemas, references between files) on top of the page rules, once
  // the registry it starts from is readable.
  let records: SurveyedRecord[] = [];
  if (registry) {
    try {
      records = surveyedRecords(loadSite(contentDir).jobs.map((j) => j.data));
    } catch (error) {
      report(error);
    }
  }

  const files = filesUnder(contentDir, '.mdx');
  for (const file of files) {
    const inContent = relative(contentDir, file).split(sep);
    const isJob = inContent.length === 2 && inContent[0] === 'jobs';
    const shown = show(file);
    const found: ReviewItem[] = [];
    for (const p of checkPage(readFileSync(file, 'utf8'), isJob, registry, found, records)) problems.push({ file: shown, ...p });
    review.push(...found.map((r) => ({ file: shown, ...r })));
  }

  if (registry) {
    const registryFiles = new Set(SOURCE_FILES.map((f) => join(contentDir, f)));
    for (const file of filesUnder(contentDir, '.yaml').filter((f) => !registryFiles.has(f))) {
      let y;
      try {
        y = readYaml(file);
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
        problems.push({ file: show(file), line: error.line ?? 1, message: error.problem });
        continue;
      }
      const yaml = y;
      const found = checkYamlSourceRefs(yaml.data, registry, (path) => lineAt(yaml, path) ?? 1);
      problems.push(...found.problems.map((p) => ({ file: show(file), ...p })));
      for (const { text, path } of yamlStrings(yaml.data)) {
        const wording = wordingProblems({ text, line: 0 }, { records, ownYears: [] });
        if (wording.length === 0) continue;
        const line = lineAt(yaml, path) ?? 1;
        problems.push(...wording.map((p) => ({ file: show(file), ...p, line: line + p.line })));
      }
      notices.push(...found.notices.map((p) => ({ file: show(file), ...p })));
    }
  }
  return { files: files.length, problems, notices, review };
}

/** Every string of a YAML data file with its path, leaving out data fields (ids, codes, sources). */
function yamlStrings(data: unknown): { text: string; path: PropertyKey[] }[] {
  const out: { text: string; path: PropertyKey[] }[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    const key = path.at(-1);
    if (typeof key === 'string' && DATA_KEYS.has(key)) return;
    if (typeof value === 'string') out.push({ text: value, path });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return out;
}

/**
 * The wording rules over a built site (`siteDir`, e.g. dist/), with the dictionary records of the
 * content it was built from. Paths in the result are relative to `shownFrom`.
 */
export function checkBuiltContent(
  contentDir: string,
  siteDir: string,
  shownFrom = process.cwd(),
): { pages: number; problems: FileProblem[] } {
  const jobs = loadSite(contentDir).jobs;
  const records = surveyedRecords(jobs.map((j) => j.data));
  const ownYears = (path: string) => {
    const job = jobs.find((j) => path === `jobs/${j.id}/index.html`);
    return job ? surveyedRecords([job.data]).map((r) => r.year) : [];
  };
  const { pages, problems } = checkBuiltSite(siteDir, records, ownYears);
  const show = (file: string) => relative(shownFrom, join(siteDir, file)).split(sep).join('/');
  return { pages, problems: problems.map((p) => ({ ...p, file: show(p.file) })) };
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export function formatReviewItem(r: FileReviewItem): string {
  return `${r.file}:${r.line}: [${r.kind} ${r.source}] ${r.text}`;
}
