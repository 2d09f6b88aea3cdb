/**
 * The wording rules run on the built site: what templates, components and lesson designs write is
 * checked as the reader gets it, page by page, alongside what content/ says. Reads the HTML of
 * every page under a built folder; changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../../model/search/html-text.ts';
import type { Problem } from './rules.ts';
import {
  quoteProblems,
  particleProblems,
  spellingProblems,
  surveyYearProblems,
  unmarkedStrikethrough,
  type SurveyedRecord,
  type TextBlock,
} from './wording.ts';

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

/** A comment, a tag (attribute values may hold '>'), or text. */
const TOKENS = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*(\/?)>|([^<]+)/g;

/**
 * The text blocks of a page as a reader meets them: a paragraph, list item, heading, term or table
 * row (its cells joined by " | "), each with the line of the HTML file it starts on.
 */
export function htmlBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let start = -1;
  let skipping: string | null = null;
  let depth = 0;
  const lineOf = (offset: number) => html.slice(0, offset).split('\n').length;
  const flush = () => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (t && start >= 0) blocks.push({ text: t, line: lineOf(start) });
    text = '';
    start = -1;
  };
  for (const m of html.matchAll(TOKENS)) {
    const [, closing, rawName, selfClosing, chunk] = m;
    if (chunk !== undefined) {
      if (skipping) continue;
      if (start < 0 && chunk.trim()) start = m.index;
      text += chunk;
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (skipping) {
      if (name === skipping) depth += closing ? -1 : selfClosing ? 0 : 1;
      if (depth === 0) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !selfClosing) {
      skipping = name;
      depth = 1;
      continue;
    }
    if (INLINE.has(name)) continue;
    if ((name === 'td' || name === 'th') && !closing) {
      if (text.trim()) text += ' | ';
      continue;
    }
    if (name === 'td' || name === 'th' || name === 'br') continue;
    flush();
  }
  flush();
  return blocks;
}

/** Wording problems of one built page; `ownYears` are the survey years of a job page's own records. */
export function checkBuiltPage(html: string, records: readonly SurveyedRecord[], ownYears: readonly number[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const s of unmarkedStrikethrough(html)) {
    problems.push({
      line: html.slice(0, s.index).split('\n').length,
      message: `<${s.tag}> 취소선이 있어요: 일부러 쓴 것이 아니면 원문을 고치고, 일부러 쓴 것이면 data-intended를 붙여요`,
    });
  }
  for (const block of htmlBlocks(html)) {
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
