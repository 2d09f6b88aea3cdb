/**
 * One .docx handler per block node type. Handlers make pieces (paragraph options or tables) so
 * that a section can keep its paragraphs together and a page break can fall on the paragraph
 * after it; `documentDocx` turns the pieces into Word paragraphs at the end.
 */
import { BorderStyle, HeadingLevel, LeaderType, Paragraph, ShadingType, Tab, TabStopType, TextRun, type IParagraphOptions } from 'docx';
import type { Block, LessonDocumentRoot, ListNode, Tone } from '../../model/lesson/document/nodes.ts';
import { runsOf, startDocumentIds, type RunStyle } from './docx-inlines.ts';
import { BLANK_FILL, CONTENT_WIDTH, HEADER_FILL, INDENT, MUTED, SMALL } from './docx-style.ts';
import { cardsDocx, tableDocx, type Piece } from './docx-tables.ts';
import type { Table } from 'docx';

interface DocxContext {
  /** Nothing but headings since the last page break: a new page would be empty. */
  atPageStart: boolean;
  /** A page break waits for the next paragraph. */
  breakPending: boolean;
  /** How deep in lists the current block sits. */
  listDepth: number;
}

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: DocxContext) => Piece[] };

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

const TONE: Record<Tone, { run: RunStyle; paragraph: Omit<IParagraphOptions, 'children'> }> = {
  normal: { run: {}, paragraph: {} },
  lead: { run: { color: MUTED, size: SMALL }, paragraph: { keepNext: true } },
  small: { run: { color: MUTED, size: SMALL }, paragraph: {} },
  source: { run: { color: MUTED, size: SMALL }, paragraph: {} },
  missing: { run: { color: '666666', italics: true }, paragraph: {} },
  note: { run: {}, paragraph: { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } },
  check: { run: {}, paragraph: { shading: { type: ShadingType.CLEAR, fill: BLANK_FILL, color: 'auto' } } },
};

const para = (options: IParagraphOptions): Piece => ({ paragraph: options });

/** A page break before whatever comes next, unless the page is still empty. */
function newPage(ctx: DocxContext): void {
  if (!ctx.atPageStart) ctx.breakPending = true;
  ctx.atPageStart = true;
}

export const blockDocx: Handlers = {
  section: (node, ctx) => {
    // Screen-only parts (a note about printing, the link to the designer) have no place on paper.
    if (node.visibility === 'screen') return [];
    if (node.pageBreakBefore) newPage(ctx);
    const pieces = blocksDocx(node.children, ctx);
    if (node.keepTogether) {
      // Each paragraph keeps with the next: the part moves whole to the next page rather than split.
      const last = pieces.findLastIndex((p) => 'paragraph' in p);
      pieces.forEach((p, i) => {
        if ('paragraph' in p && i < last) p.paragraph = { ...p.paragraph, keepNext: true, keepLines: true };
      });
    }
    return pieces;
  },
  heading: (node) => [para({ heading: HEADING[node.depth], children: runsOf(node.children) })],
  paragraph: (node) => [para({ ...TONE[node.tone].paragraph, children: runsOf(node.children, TONE[node.tone].run) })],
  list: (node, ctx) => node.items.flatMap((blocks, i) => listItem(node, blocks, i, ctx)),
  quote: (node) => [
    para({
      keepNext: true,
      keepLines: true,
      // A quoted code reads "[9진로01-01]": no automatic gap between its digits and Hangul.
      autoSpaceEastAsianText: false,
      indent: { left: 360 },
      spacing: { before: 80, after: 20 },
      border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8AA4C0', space: 8 } },
      children: [new TextRun({ text: `${node.code} `, bold: true }), new TextRun(node.text)],
    }),
    para({ indent: { left: 360 }, spacing: { after: 80 }, children: runsOf(node.caption, { color: MUTED, size: SMALL }) }),
  ],
  table: (node) => tableDocx(node),
  // A tab with an underline leader per line: bordered empty paragraphs would merge into one box.
  writeLines: (node) =>
    Array.from({ length: node.count }, () =>
      para({
        spacing: { before: 260, after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: LeaderType.UNDERSCORE }],
        children: [new TextRun({ children: [new Tab()], color: '999999' })],
      }),
    ),
  cards: (node) => cardsDocx(node),
  // Each handout is one sheet to photocopy: it starts a page.
  handout: (node, ctx) => {
    newPage(ctx);
    return blocksDocx(
      [{ type: 'heading', depth: 3, id: null, toc: false, children: [{ type: 'text', value: node.title }] }, ...node.children],
      ctx,
    );
  },
  pageBreak: (_node, ctx) => {
    newPage(ctx);
    return [];
  },
};

// Plain "• " and "1. " rather than Word numbering: numbering ids come from a process-wide counter.
function listItem(list: ListNode, blocks: readonly Block[], index: number, ctx: DocxContext): Piece[] {
  const variant = list.variant ?? 'plain';
  if (variant === 'quotes') return blocksDocx(blocks, ctx);
  const left = INDENT * (ctx.listDepth + 1);
  const out: Piece[] = [];
  blocks.forEach((block, i) => {
    if (i === 0 && block.type === 'paragraph') {
      if (variant === 'grouped') {
        // A group's label keeps with its list.
        out.push(para({ keepNext: true, spacing: { before: 80 }, children: runsOf(block.children) }));
      } else if (list.ordered) {
        // A task keeps with the lines to answer it on.
        out.push(
          para({
            keepNext: true,
            spacing: { before: 120 },
            children: [new TextRun({ text: `${index + 1}. `, bold: true }), ...runsOf(block.children)],
          }),
        );
      } else {
        out.push(para({ keepLines: true, indent: { left, hanging: INDENT }, children: [new TextRun('• '), ...runsOf(block.children)] }));
      }
      return;
    }
    const nested = variant === 'grouped' ? ctx : { ...ctx, listDepth: ctx.listDepth + 1 };
    out.push(...blocksDocx([block], nested));
    ctx.atPageStart = nested.atPageStart;
    ctx.breakPending = nested.breakPending;
  });
  return out;
}

export function blocksDocx(blocks: readonly Block[], ctx: DocxContext): Piece[] {
  const out: Piece[] = [];
  for (const block of blocks) {
    const pieces = (blockDocx[block.type] as (n: Block, c: DocxContext) => Piece[])(block, ctx);
    if (pieces.length === 0) continue;
    if (ctx.breakPending) {
      const first = pieces[0]!;
      if ('paragraph' in first) first.paragraph = { ...first.paragraph, pageBreakBefore: true };
      else pieces.unshift(para({ pageBreakBefore: true }));
      ctx.breakPending = false;
    }
    if (block.type !== 'heading' && block.type !== 'section' && block.type !== 'handout') ctx.atPageStart = false;
    out.push(...pieces);
  }
  return out;
}

/** The body of a lesson document: its title and summary, then every block. */
export function documentDocx(root: LessonDocumentRoot): (Paragraph | Table)[] {
  startDocumentIds();
  const ctx: DocxContext = { atPageStart: false, breakPending: false, listDepth: 0 };
  const pieces: Piece[] = [
    para({ heading: HeadingLevel.HEADING_1, children: [new TextRun(root.title)] }),
    para({ children: [new TextRun({ text: root.summary, color: '333333' })] }),
    ...blocksDocx(root.children, ctx),
  ];
  return pieces.map((p) => ('paragraph' in p ? new Paragraph(p.paragraph) : p.table));
}
