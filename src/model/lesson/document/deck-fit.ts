/**
 * What one slide holds. The deck builder splits long content by these figures, and every renderer
 * sizes its type to them (the .pptx: 28 pt body type on a 13.33-inch slide; the 수업 화면 page:
 * the same share of the slide's width), so a slide planned here is one slide everywhere, with
 * type large enough to read from the back of a classroom and nothing cut off.
 */
import type { Block, Inline } from './nodes.ts';
import { inlineText } from './walk.ts';

export const slideFit = {
  /** Width of a body line, in ems of body type (the .pptx body box is 12.3 in = 31.6 em of 28 pt). */
  bodyEms: 30,
  /** Body lines below the title. */
  bodyLines: 9,
  /** Line pitch, in ems of the type. */
  lineHeight: 1.3,
  /** Width of a title line, in ems of title type (40 pt: 22 em on 12.3 in). */
  titleEms: 21,
  /** Lines a title may take. */
  titleLines: 2,
  /** `small` paragraphs' type, relative to body type. */
  small: 0.8,
  /** Indent of a list item's text, in ems. */
  listIndent: 1.4,
  /** Padding of a card on each side, in ems; a card's title line is body type. */
  cardPadding: 0.6,
  /** Space between blocks, in lines. */
  gap: 0.5,
} as const;

/** Width of one character in ems: Hangul and CJK are full-width; Latin letters, digits and punctuation narrower. */
function charEms(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (ch === ' ') return 0.3;
  if (code < 0x80) {
    if (/[A-Z0-9]/.test(ch)) return 0.62;
    if (/[a-z]/.test(ch)) return 0.55;
    return 0.38;
  }
  // Middle dot and typographic quotes are narrow; everything else (Hangul, CJK, ①, ○, →) full width.
  if ('·‘’“”'.includes(ch)) return 0.38;
  return 1;
}

const textEms = (text: string) => [...text].reduce((sum, ch) => sum + charEms(ch), 0);

/**
 * Lines a text takes at `width` ems, breaking between words as Korean is set (word-break:
 * keep-all); a word longer than a line breaks inside.
 */
export function lineCount(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const ems = textEms(word);
    const needed = used === 0 ? ems : used + charEms(' ') + ems;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    used = ems;
    while (used > width) {
      lines += 1;
      used -= width;
    }
  }
  return lines;
}

/** Height of a block on a slide, in body lines; null for blocks a slide never holds. */
export function blockLines(block: Block, width: number = slideFit.bodyEms): number {
  switch (block.type) {
    case 'paragraph':
      return block.tone === 'small' || block.tone === 'source'
        ? lineCount(inlineText(block.children), width / slideFit.small) * slideFit.small
        : lineCount(inlineText(block.children), width);
    case 'heading':
      return lineCount(inlineText(block.children), width);
    case 'list':
      return block.items.reduce((sum, item, i) => sum + (i > 0 ? slideFit.gap / 2 : 0) + blocksLines(item, width - slideFit.listIndent), 0);
    case 'cards':
      return block.cards.reduce((sum, card, i) => sum + (i > 0 ? slideFit.gap : 0) + cardLines(card, width), 0);
    default:
      throw new Error(`a slide cannot hold a ${block.type} block`);
  }
}

/** A card: its title line, its lines with half a gap before each, and its padding above and below. */
export function cardLines(card: { title: string; lines: Inline[][] }, width: number = slideFit.bodyEms): number {
  const inner = width - 2 * slideFit.cardPadding;
  const text = card.lines.reduce((sum, line) => sum + slideFit.gap / 2 + lineCount(inlineText(line), inner), 1);
  return text + (2 * slideFit.cardPadding) / slideFit.lineHeight;
}

/** Height of blocks one after another, with the gap between them. */
export function blocksLines(blocks: readonly Block[], width: number = slideFit.bodyEms): number {
  return blocks.reduce((sum, block, i) => sum + (i > 0 ? slideFit.gap : 0) + blockLines(block, width), 0);
}

/** Lines a slide title takes. */
export function titleLines(title: readonly Inline[]): number {
  return lineCount(inlineText(title), slideFit.titleEms);
}
