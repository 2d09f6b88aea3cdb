/**
 * One handler per node type, from the deck tree to pptxgenjs text runs and shapes. Blocks in a
 * row share one text box; a card is a box of its own, placed below what came before by the
 * heights deck-fit.ts plans with.
 */
import type PptxGenJS from 'pptxgenjs';
import { blockLines, cardLines, slideFit } from '../../model/lesson/document/deck-fit.ts';
import { inlineText } from '../../model/lesson/document/walk.ts';
import type { Block, CardsNode, HeadingNode, Inline, ListNode, ParagraphNode, Tone } from '../../model/lesson/document/nodes.ts';
import { isBlank } from '../../model/lesson/types.ts';
import { COLOR, FONT, PAGE, TYPE } from './style.ts';

type Run = PptxGenJS.TextProps;
type RunOptions = NonNullable<Run['options']>;

// ---------------------------------------------------------------- inline content

type InlineHandlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, base: RunOptions) => Run[] };

const inlineHandlers: InlineHandlers = {
  text: (node, base) => [{ text: node.value, options: { ...base } }],
  strong: (node, base) => inlineRuns(node.children, { ...base, bold: true }),
  // Words to check and a teacher blank's hint are highlighted, as the page marks them.
  mark: (node, base) => inlineRuns(node.children, { ...base, highlight: COLOR.blank }),
  tag: (node, base) => [{ text: node.value, options: { ...base } }],
  item: (node, base) =>
    isBlank(node.item)
      ? [{ text: node.item.blank, options: { ...base, highlight: COLOR.blank } }]
      : [{ text: node.item, options: { ...base } }],
  link: (node, base) => inlineRuns(node.children, node.url ? { ...base, hyperlink: { url: node.url } } : base),
  // A page of the site: its name, a link to its full address when the site's address is known.
  siteRef: (node, base) =>
    node.url === null
      ? [{ text: node.label, options: { ...base } }]
      : [{ text: `${node.label} (${node.url})`, options: { ...base, hyperlink: { url: node.url } } }],
};

export function inlineRuns(nodes: readonly Inline[], base: RunOptions): Run[] {
  return nodes.flatMap((node) => (inlineHandlers[node.type] as (n: Inline, b: RunOptions) => Run[])(node, base));
}

// ---------------------------------------------------------------- blocks

/** A block's share of the slide: paragraphs for the running text box, or a card of its own. */
type Piece = { kind: 'text'; runs: Run[]; lines: number } | { kind: 'card'; card: CardsNode['cards'][number]; lines: number };

type SlideBlock = ParagraphNode | HeadingNode | ListNode | CardsNode;
type BlockHandlers = { [K in SlideBlock['type']]: (node: Extract<SlideBlock, { type: K }>, before: number) => Piece[] };

const TONE: Record<Tone, { fontSize: number; lineSpacing: number; color: string }> = {
  normal: { fontSize: TYPE.body, lineSpacing: TYPE.bodyLine, color: COLOR.text },
  lead: { fontSize: TYPE.body, lineSpacing: TYPE.bodyLine, color: COLOR.lead },
  note: { fontSize: TYPE.body, lineSpacing: TYPE.bodyLine, color: COLOR.text },
  check: { fontSize: TYPE.body, lineSpacing: TYPE.bodyLine, color: COLOR.text },
  small: { fontSize: TYPE.small, lineSpacing: TYPE.smallLine, color: COLOR.muted },
  source: { fontSize: TYPE.small, lineSpacing: TYPE.smallLine, color: COLOR.muted },
  missing: { fontSize: TYPE.body, lineSpacing: TYPE.bodyLine, color: COLOR.muted },
};

const base = (tone: Tone): RunOptions => ({ fontFace: FONT, lang: 'ko-KR', fontSize: TONE[tone].fontSize, color: TONE[tone].color });

/** Runs of one paragraph: paragraph settings on its first run, the break after its last. */
function paragraphRuns(runs: Run[], paragraph: RunOptions): Run[] {
  if (runs.length === 0) runs = [{ text: '', options: {} }];
  return runs.map((run, i) => ({
    text: run.text ?? '',
    options: { ...run.options, ...(i === 0 ? paragraph : {}), ...(i === runs.length - 1 ? { breakLine: true } : {}) },
  }));
}

const blockHandlers: BlockHandlers = {
  paragraph: (node, before) => [
    {
      kind: 'text',
      runs: paragraphRuns(inlineRuns(node.children, base(node.tone)), {
        paraSpaceBefore: before,
        lineSpacing: TONE[node.tone].lineSpacing,
        bullet: false,
      }),
      lines: blockLines(node),
    },
  ],
  heading: (node, before) => [
    {
      kind: 'text',
      runs: paragraphRuns(inlineRuns(node.children, { ...base('normal'), bold: true }), {
        paraSpaceBefore: before,
        lineSpacing: TYPE.bodyLine,
        bullet: false,
      }),
      lines: blockLines(node),
    },
  ],
  list: (node, before) =>
    node.items.flatMap((item, i) =>
      item.flatMap((block, k): Piece[] => {
        if (block.type !== 'paragraph') return slidePieces([block], before);
        return [
          {
            kind: 'text',
            runs: paragraphRuns(inlineRuns(block.children, base(block.tone)), {
              paraSpaceBefore: i === 0 && k === 0 ? before : TYPE.itemGap,
              lineSpacing: TONE[block.tone].lineSpacing,
              // The first paragraph of an item carries its bullet; the rest line up with its text.
              bullet: k === 0 ? (node.ordered ? { type: 'number', indent: TYPE.indent } : { indent: TYPE.indent }) : false,
              indentLevel: k === 0 ? 0 : 1,
            }),
            lines: blockLines(block, slideFit.bodyEms - slideFit.listIndent),
          },
        ];
      }),
    ),
  cards: (node) => node.cards.map((card) => ({ kind: 'card', card, lines: cardLines(card) })),
};

function slidePieces(blocks: readonly Block[], firstBefore = 0): Piece[] {
  return blocks.flatMap((block, i) => {
    const handler = blockHandlers[block.type as SlideBlock['type']] as ((n: Block, before: number) => Piece[]) | undefined;
    if (!handler) throw new Error(`a slide cannot show a ${block.type} block`);
    return handler(block, i === 0 ? firstBefore : TYPE.gap);
  });
}

/** Inches a number of body lines take. */
const linesHigh = (lines: number) => (lines * TYPE.bodyLine) / 72;

/** The slide's body: text boxes and cards, top to bottom. */
export function slideBody(blocks: readonly Block[]): { draw(slide: PptxGenJS.Slide): void } {
  const pieces = slidePieces(blocks);
  return {
    draw(slide) {
      let y = PAGE.bodyTop;
      let runs: Run[] = [];
      let lines = 0;
      const flush = (last: boolean) => {
        if (runs.length === 0) return;
        const h = last ? PAGE.bodyTop + PAGE.bodyHeight - y : linesHigh(lines) + 0.1;
        slide.addText(runs, { x: PAGE.margin, y, w: PAGE.contentWidth, h, valign: 'top', margin: 0, fit: 'none' });
        y += h + linesHigh(slideFit.gap);
        runs = [];
        lines = 0;
      };
      for (const piece of pieces) {
        if (piece.kind === 'text') {
          runs.push(...piece.runs);
          lines += piece.lines + slideFit.gap;
          continue;
        }
        flush(false);
        const h = linesHigh(piece.lines);
        const title = paragraphRuns(
          inlineRuns([{ type: 'text', value: piece.card.title }], { ...base('normal'), bold: true, color: COLOR.title }),
          {
            lineSpacing: TYPE.bodyLine,
          },
        );
        const body = piece.card.lines.flatMap((line) =>
          paragraphRuns(inlineRuns(line, base('normal')), { lineSpacing: TYPE.bodyLine, paraSpaceBefore: TYPE.itemGap }),
        );
        slide.addText([...title, ...body], {
          shape: 'roundRect',
          rectRadius: 0.12,
          x: PAGE.margin,
          y,
          w: PAGE.contentWidth,
          h,
          fill: { color: COLOR.cardFill },
          line: { color: COLOR.cardLine, width: 1.5 },
          valign: 'top',
          margin: Math.round(PAGE.cardPadding * 72),
          fit: 'none',
        });
        y += h + linesHigh(slideFit.gap);
      }
      flush(true);
    },
  };
}

// ---------------------------------------------------------------- notes

/** Speaker notes are plain text: one line a paragraph, list items marked. */
export function notesText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block): string[] => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return [inlineText(block.children)];
        case 'list':
          return block.items.map((item) => `• ${notesText(item).replace(/\n/g, ' ')}`);
        case 'cards':
          return block.cards.map((card) => [card.title, ...card.lines.map(inlineText)].join(' '));
        default:
          throw new Error(`slide notes cannot hold a ${block.type} block`);
      }
    })
    .join('\n');
}
