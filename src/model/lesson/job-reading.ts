/**
 * The student reading of a job design: what a class without video or devices reads instead of the
 * job page, taken word for word from it: the first screen (what the job is, a day at work, the good
 * and the hard side) and the body's 하는 일 part with its stories and workplaces. Sentences that send
 * the reader to another page are left out: on paper they lead nowhere. Runs at build time; the
 * designer receives the result as data.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

/** The body's level-2 parts the reading holds, in the page's order. */
export const READING_PARTS = ['하는 일'] as const;

export type ReadingBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReadingSection {
  /** The page's heading (its level-2 or level-3 heading). */
  heading: string;
  /** 2 for a part of the page, 3 for a story or question inside it. */
  depth: 2 | 3;
  blocks: ReadingBlock[];
}

/** The job page's first screen, as its frontmatter holds it, and the page's labels for its parts. */
export interface JobFirstScreen {
  summary: string;
  day: readonly string[];
  good: readonly string[];
  hard: readonly string[];
  /** Where the good and hard sides come from, when the page says so. */
  introNote?: string | undefined;
  labels: { day: string; sides: string; good: string; hard: string };
}

const processor = unified().use(remarkParse).use(remarkMdx);

// Parsing MDX is the slow part of building lesson inputs, and the same pages are read again and again.
const readings = new Map<string, ReadingSection[]>();

/**
 * The reading's sections: 하는 일 (the one-line summary, then the body's part), a day at work right
 * after it, the body's stories and workplaces, then the good and the hard side. A part the page
 * lacks is left out.
 */
export function jobReading(body: string, first: JobFirstScreen): ReadingSection[] {
  let fromBody = readings.get(body);
  if (!fromBody) readings.set(body, (fromBody = parseReading(body)));
  const parsed = structuredClone(fromBody);
  // The part's own blocks may all be links (then only its stories are left).
  const work = parsed[0]?.depth === 2 ? parsed[0] : undefined;
  const inside = work ? parsed.slice(1) : parsed;
  const summary: ReadingBlock = { kind: 'paragraph', text: first.summary };
  const opening: ReadingSection[] = [
    { heading: work?.heading ?? READING_PARTS[0], depth: 2, blocks: [summary, ...(work?.blocks ?? [])] },
    { heading: first.labels.day, depth: 3, blocks: [{ kind: 'list', items: [...first.day] }] },
  ];
  const sides: ReadingSection[] = [
    { heading: first.labels.sides, depth: 2, blocks: first.introNote ? [{ kind: 'paragraph', text: first.introNote }] : [] },
    { heading: first.labels.good, depth: 3, blocks: [{ kind: 'list', items: [...first.good] }] },
    { heading: first.labels.hard, depth: 3, blocks: [{ kind: 'list', items: [...first.hard] }] },
  ];
  return [...opening, ...inside, ...sides];
}

function parseReading(body: string): ReadingSection[] {
  const tree = processor.parse(body) as Root;
  const out: ReadingSection[] = [];
  let current: ReadingSection | null = null;
  let inPart = false;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = toString(node).trim();
      if (node.depth === 2) inPart = (READING_PARTS as readonly string[]).includes(title);
      current = inPart && (node.depth === 2 || node.depth === 3) ? { heading: title, depth: node.depth, blocks: [] } : null;
      if (current) out.push(current);
      continue;
    }
    if (!current) continue;
    const block = readingBlock(node);
    if (block) current.blocks.push(block);
  }
  return out.filter((s) => s.blocks.length > 0);
}

/**
 * A paragraph, list or table as plain text. Without the GFM extension a table is one paragraph of
 * "|" rows: split into header and rows, the separator row dropped.
 */
function readingBlock(node: RootContent): ReadingBlock | null {
  if (node.type === 'list') {
    const items = node.children.map((li) => withoutLinkSentences(li)).filter((t) => t !== '');
    return items.length > 0 ? { kind: 'list', items } : null;
  }
  if (node.type !== 'paragraph') return null;
  const shown = toString(node).trim();
  if (shown.startsWith('|')) {
    const rows = shown
      .split('\n')
      .map((line) =>
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim()),
      )
      .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)));
    const [header, ...body] = rows;
    return header ? { kind: 'table', header, rows: body } : null;
  }
  const text = withoutLinkSentences(node);
  return text === '' ? null : { kind: 'paragraph', text };
}

/** The node's text without the sentences that hold a link (they point at another page). */
function withoutLinkSentences(node: RootContent): string {
  const parts: string[] = [];
  const walk = (n: RootContent) => {
    if (n.type === 'link') parts.push(`\u0000${toString(n)}\u0000`);
    else if ('children' in n) for (const c of n.children as RootContent[]) walk(c);
    else if ('value' in n && typeof n.value === 'string') parts.push(n.value);
  };
  walk(node);
  return parts
    .join('')
    .split(/(?<=[.?!요])\s+/u)
    .filter((sentence) => !sentence.includes('\u0000'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
