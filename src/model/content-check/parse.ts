import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { LineCounter, parseDocument, type Document } from 'yaml';
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

export interface ParsedPage {
  headings: HeadingAt[];
  components: ComponentAt[];
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
    throw new ParseProblem(line, `MDX를 읽을 수 없어요: ${e.reason ?? e.message}`);
  }

  const headings: HeadingAt[] = [];
  visit(tree, 'heading', (node) => {
    headings.push({ depth: node.depth, text: toString(node).trim(), line: node.position?.start.line ?? 1 });
  });

  const components: ComponentAt[] = [];
  visit(tree, 'mdxJsxFlowElement', (node) => {
    if (node.name) components.push({ name: node.name, line: node.position?.start.line ?? 1 });
  });

  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  let frontmatter: Document | null = null;
  const lineCounter = new LineCounter();
  // The YAML text starts on the line after the opening ---.
  const firstLine = (yamlNode?.position?.start.line ?? 0) + 1;
  if (yamlNode && yamlNode.type === 'yaml') {
    frontmatter = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false });
    const error = frontmatter.errors[0];
    if (error) {
      const line = firstLine + lineCounter.linePos(error.pos[0]).line - 1;
      throw new ParseProblem(line, `frontmatter를 읽을 수 없어요: ${error.message.split('\n')[0]}`);
    }
  }
  return {
    headings,
    components,
    frontmatter,
    frontmatterLine: (offset) => firstLine + lineCounter.linePos(offset).line - 1,
    lastLine: text.replace(/\n$/, '').split('\n').length,
  };
}
