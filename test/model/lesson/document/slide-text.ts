import { inlineText } from '../../../../src/model/lesson/document/walk.ts';
import type { Block } from '../../../../src/model/lesson/document/nodes.ts';

/** The lines a slide's blocks say, in order: a paragraph or heading a line, each list item, a card's title and lines. */
export function slideLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [inlineText(b.children)];
      case 'list':
        return b.items.flatMap(slideLines);
      case 'cards':
        return b.cards.flatMap((c) => [c.title, ...c.lines.map(inlineText)]);
      default:
        throw new Error(`a slide holds no ${b.type} block`);
    }
  });
}
