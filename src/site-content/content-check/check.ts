import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parsePage, ParseProblem } from './parse.ts';
import { checkFigures, checkHeadingLevels, checkJobSections, type Problem } from './rules.ts';

export interface FileProblem extends Problem {
  /** Path shown to the reader, with forward slashes. */
  file: string;
}

/** All problems of one page. `isJob` pages also get the shared job outline checked. */
export function checkPage(text: string, isJob: boolean): Problem[] {
  let page;
  try {
    page = parsePage(text);
  } catch (error) {
    if (error instanceof ParseProblem) return [{ line: error.line, message: error.message }];
    throw error;
  }
  const problems = [...checkHeadingLevels(page.headings)];
  if (isJob) problems.push(...checkJobSections(page));
  if (page.frontmatter) problems.push(...checkFigures(page.frontmatter, page));
  return problems.sort((a, b) => a.line - b.line);
}

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...mdxFiles(full));
    else if (entry.name.endsWith('.mdx')) out.push(full);
  }
  return out.sort();
}

/**
 * Checks every .mdx file under `contentDir`; files directly in `<contentDir>/jobs/` are job pages.
 * Paths in the result are relative to `shownFrom` (the working folder by default).
 */
export function checkContent(contentDir: string, shownFrom = process.cwd()): { files: number; problems: FileProblem[] } {
  const files = mdxFiles(contentDir);
  const problems: FileProblem[] = [];
  for (const file of files) {
    const inContent = relative(contentDir, file).split(sep);
    const isJob = inContent.length === 2 && inContent[0] === 'jobs';
    const shown = relative(shownFrom, file).split(sep).join('/');
    for (const p of checkPage(readFileSync(file, 'utf8'), isJob)) problems.push({ file: shown, ...p });
  }
  return { files: files.length, problems };
}

export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
