import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DataError } from '../../model/ncs/errors.ts';
import type { SourceRegistry } from '../../model/sources/registry.ts';
import { loadSite } from '../load-site.ts';
import { loadSourceRegistry, SOURCE_FILES } from '../sources.ts';
import { lineAt, readYaml } from '../yaml.ts';
import { parsePage, ParseProblem } from './parse.ts';
import { checkFigures, checkHeadingLevels, checkJobSections, type Problem } from './rules.ts';
import { checkPageSources, checkYamlSourceRefs, reviewPassages, type ReviewItem } from './sources.ts';

export interface FileProblem extends Problem {
  /** Path shown to the reader, with forward slashes. */
  file: string;
}

export interface FileReviewItem extends ReviewItem {
  file: string;
}

/**
 * All problems of one page. `isJob` pages also get the shared job outline checked; with a
 * `registry`, every source id and figure year is checked against it and `review` collects the
 * passages that draw on blogs, columns and interviews.
 */
export function checkPage(text: string, isJob: boolean, registry?: SourceRegistry, review?: ReviewItem[]): Problem[] {
  let page;
  try {
    page = parsePage(text);
  } catch (error) {
    if (error instanceof ParseProblem) return [{ line: error.line, message: error.message }];
    throw error;
  }
  const problems = [...checkHeadingLevels(page.headings)];
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
  if (registry) {
    try {
      loadSite(contentDir);
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
    for (const p of checkPage(readFileSync(file, 'utf8'), isJob, registry, found)) problems.push({ file: shown, ...p });
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
      notices.push(...found.notices.map((p) => ({ file: show(file), ...p })));
    }
  }
  return { files: files.length, problems, notices, review };
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

export function formatReviewItem(r: FileReviewItem): string {
  return `${r.file}:${r.line}: [${r.kind} ${r.source}] ${r.text}`;
}
