/**
 * The wording rules run on the built site: what templates, components and lesson designs write is
 * checked as the reader gets it, page by page, alongside what content/ says. Reads the HTML of
 * every page under a built folder; changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { attribute, childrenOf, isElement, isText, parsePage, type HtmlNode } from '../../lib/html-tree.ts';
import type { Problem } from './rules.ts';
import { quoteProblems, particleProblems, spellingProblems, surveyYearProblems, type SurveyedRecord, type TextBlock } from './wording.ts';

/** Elements whose text is no block of its own: everything else starts a new block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
/** Elements whose content is not read as text (scripts, styles; the path diagrams repeat the list below them). */
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'head']);

/** Strikethrough elements: the wording check asks that each one be marked data-intended. */
const STRUCK = new Set(['del', 's', 'strike']);

export interface BuiltPageReading {
  /**
   * The text blocks of a page as a reader meets them: a paragraph, list item, heading, term or
   * table row (its cells joined by " | "), each with the line of the HTML file it starts on.
   */
  blocks: TextBlock[];
  /** Strikethrough elements not marked data-intended, with their line. */
  struck: { tag: string; line: number }[];
}

/** Reads a built page with the HTML parser, as a browser would. */
export function readBuiltPage(html: string): BuiltPageReading {
  const blocks: TextBlock[] = [];
  const struck: BuiltPageReading['struck'] = [];
  let text = '';
  let line = -1;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t && line >= 0) blocks.push({ text: t, line });
    text = '';
    line = -1;
  };
  const walk = (node: HtmlNode): void => {
    for (const child of childrenOf(node)) {
      if (isText(child)) {
        if (line < 0 && child.value.trim()) line = child.sourceCodeLocation?.startLine ?? 1;
        text += child.value;
        continue;
      }
      if (!isElement(child)) continue;
      const name = child.tagName;
      if (STRUCK.has(name) && attribute(child, 'data-intended') === undefined) {
        struck.push({ tag: name, line: child.sourceCodeLocation?.startLine ?? 1 });
      }
      if (SKIPPED.has(name)) continue;
      if (INLINE.has(name) || name === 'br') walk(child);
      else if (name === 'td' || name === 'th') {
        if (text.trim()) text += ' | ';
        walk(child);
      } else {
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(parsePage(html, { lines: true }));
  flush();
  return { blocks, struck };
}

export const htmlBlocks = (html: string): TextBlock[] => readBuiltPage(html).blocks;

/** Wording problems of one built page; `ownYears` are the survey years of a job page's own records. */
export function checkBuiltPage(html: string, records: readonly SurveyedRecord[], ownYears: readonly number[] = []): Problem[] {
  const problems: Problem[] = [];
  const page = readBuiltPage(html);
  for (const s of page.struck) {
    problems.push({
      line: s.line,
      message: `<${s.tag}> 취소선이 있어요: 일부러 쓴 것이 아니면 원문을 고치고, 일부러 쓴 것이면 data-intended를 붙여요`,
    });
  }
  for (const block of page.blocks) {
    problems.push(
      ...quoteProblems(block),
      ...particleProblems(block),
      ...spellingProblems(block),
      ...surveyYearProblems(block, { records, ownYears }),
    );
  }
  return problems.sort((a, b) => a.line - b.line);
}

export interface BuiltProblem extends Problem {
  /** The page's path inside the built folder, with forward slashes. */
  file: string;
}

/**
 * Every HTML page under `siteDir`. `ownYears(path)` gives the survey years of a page's own records
 * (a job page's), by its path inside the folder ("jobs/telemarketer/index.html").
 */
export function checkBuiltSite(
  siteDir: string,
  records: readonly SurveyedRecord[],
  ownYears: (path: string) => readonly number[] = () => [],
): { pages: number; problems: BuiltProblem[] } {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push(full);
    }
  };
  walk(siteDir);
  files.sort();
  const problems: BuiltProblem[] = [];
  for (const full of files) {
    const file = relative(siteDir, full).split(sep).join('/');
    for (const p of checkBuiltPage(readFileSync(full, 'utf8'), records, ownYears(file))) problems.push({ file, ...p });
  }
  return { pages: files.length, problems };
}
