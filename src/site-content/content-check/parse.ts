import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Document } from 'yaml';
import { DataError } from '../../model/ncs/errors.ts';
import { mdxProblem } from '../../lib/mdx-problem.ts';
import { readFrontmatter } from '../frontmatter.ts';
import type { Root } from 'mdast';

export interface HeadingAt {
  depth: number;
  text: string;
  line: number;
}

/** An MDX component placed as a block (e.g. `<JobFigures />`). */
export interface ComponentAt {
  name: string;
  line: number;
}

/** A paragraph, a table row or a heading of the body: its text as shown and its Markdown source. */
export interface BlockAt {
  text: string;
  raw: string;
  line: number;
  tableRow: boolean;
}

/** A strikethrough element written in the body (<del>, <s>, <strike>). */
export interface StrikeAt {
  line: number;
  /** Marked with data-intended: the page means it. */
  intended: boolean;
}

export interface ParsedPage {
  headings: HeadingAt[];
  components: ComponentAt[];
  blocks: BlockAt[];
  strikes: StrikeAt[];
  /** The frontmatter as a YAML document (keeps node positions), or null when the page has none. */
  frontmatter: Document | null;
  /** Turns an offset inside the frontmatter text into a line of the .mdx file. */
  frontmatterLine: (offset: number) => number;
  /** Last line of the file, for problems that belong to no particular line. */
  lastLine: number;
}

/** Thrown for text that is not valid MDX or YAML, with the line it happened on. */
export class ParseProblem extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

export function parsePage(text: string): ParsedPage {
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    throw new ParseProblem(line, `MDX를 읽을 수 없어요: ${mdxProblem(e.reason ?? e.message)}`);
  }

  const headings: HeadingAt[] = [];
  visit(tree, 'heading', (node) => {
    headings.push({ depth: node.depth, text: toString(node).trim(), line: node.position?.start.line ?? 1 });
  });

  const components: ComponentAt[] = [];
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name) components.push({ name: node.name, line: node.position?.start.line ?? 1 });
  });

  const blocks: BlockAt[] = [];
  visit(tree, ['paragraph', 'heading'], (node) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) return;
    const raw = text.slice(start.offset, end.offset);
    const shown = toString(node);
    // Without the GFM extension a table is one paragraph: each row is its own block, as on the page.
    if (node.type === 'paragraph' && raw.startsWith('|')) {
      const rows = shown.split('\n');
      raw.split('\n').forEach((r, i) => blocks.push({ text: rows[i] ?? r, raw: r, line: start.line + i, tableRow: true }));
    } else blocks.push({ text: shown, raw, line: start.line, tableRow: false });
  });

  const strikes: StrikeAt[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !['del', 's', 'strike'].includes(node.name)) return;
    const intended = node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-intended');
    strikes.push({ line: node.position?.start.line ?? 1, intended });
  });

  let frontmatter: Document | null = null;
  let frontmatterLine = (offset: number) => offset;
  if (tree.children.some((n) => n.type === 'yaml')) {
    try {
      const located = readFrontmatter('', text).frontmatter;
      const { doc, lines } = located.located();
      frontmatter = doc;
      frontmatterLine = (offset) => lines.linePos(offset).line + located.lineOffset;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      throw new ParseProblem(error.line ?? 1, `frontmatter를 읽을 수 없어요: ${error.problem.replace(/^YAML 문법 오류: /, '')}`);
    }
  }
  return {
    headings,
    components,
    blocks,
    strikes,
    frontmatter,
    frontmatterLine,
    lastLine: text.replace(/\n$/, '').split('\n').length,
  };
}
