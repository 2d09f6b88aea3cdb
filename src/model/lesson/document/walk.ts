/** Reading a document tree: its plain text, its table of contents, its editable places. */
import type { Heading } from '../../../lib/page-nav.ts';
import { isBlank } from '../types.ts';
import type { Block, Inline, ItemNode, LessonDocumentRoot } from './nodes.ts';

/** The text of inline content as a reader sees it (a blank reads as its hint). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'tag':
          return n.value;
        case 'siteRef':
          return n.label;
        case 'item':
          return isBlank(n.item) ? n.item.blank : n.item;
        case 'strong':
        case 'mark':
        case 'link':
          return inlineText(n.children);
      }
    })
    .join('');
}

/** Every block and inline node in document order, depth first. */
export function* walk(nodes: readonly (Block | Inline)[]): Generator<Block | Inline> {
  for (const node of nodes) {
    yield node;
    switch (node.type) {
      case 'section':
      case 'handout':
        yield* walk(node.children);
        break;
      case 'heading':
      case 'paragraph':
      case 'strong':
      case 'mark':
      case 'link':
        yield* walk(node.children);
        break;
      case 'list':
        for (const entry of node.items) yield* walk(entry);
        break;
      case 'quote':
        yield* walk(node.caption);
        break;
      case 'table':
        for (const r of [...node.rows, ...node.footer])
          for (const c of r.cells) {
            for (const line of c.lines) yield* walk(line);
            if (c.note) yield* walk(c.note);
          }
        break;
      case 'cards':
        for (const card of node.cards) for (const line of card.lines) yield* walk(line);
        break;
      default:
        break;
    }
  }
}

/** The page's table of contents: the headings marked for it, in order. */
export function tableOfContents(root: LessonDocumentRoot): Heading[] {
  const out: Heading[] = [];
  for (const node of walk(root.children)) {
    if (node.type === 'heading' && node.toc && node.id !== null)
      out.push({ depth: node.depth, slug: node.id, text: inlineText(node.children) });
  }
  return out;
}

/** The places the teacher may write, by edit path: the item nodes marked editable. */
export function editableItems(root: LessonDocumentRoot): Map<string, ItemNode> {
  const out = new Map<string, ItemNode>();
  for (const node of walk(root.children)) if (node.type === 'item' && node.editable) out.set(node.path, node);
  return out;
}
