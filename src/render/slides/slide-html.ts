/**
 * The blocks of a slide as HTML, for the 수업 화면 page. A stand-in: once the lesson document's
 * HTML handlers are on main, the page renders slide blocks with them and this file goes.
 */
import type { Block, Inline } from '../../model/lesson/document/nodes.ts';
import { isBlank } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { escapeHtml as e } from '../html/escape.ts';

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return e(node.value);
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'item':
          return isBlank(node.item)
            ? `<span class="lesson-blank"><strong class="lesson-blank__label">${e(L.blankLabel)}</strong> ${e(node.item.blank)}</span>`
            : e(node.item);
        case 'link':
          return node.url ? `<a href="${e(node.url)}">${inlineHtml(node.children)}</a>` : inlineHtml(node.children);
        case 'siteRef':
          return e(node.label);
      }
    })
    .join('');
}

export function slideTitleHtml(title: readonly Inline[]): string {
  return inlineHtml(title);
}

export function slideBlocksHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block): string => {
      switch (block.type) {
        case 'paragraph':
          return `<p class="slide-p slide-p--${block.tone}">${inlineHtml(block.children)}</p>`;
        case 'heading':
          return `<h3 class="slide-p">${inlineHtml(block.children)}</h3>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag} class="slide-list">${block.items.map((item) => `<li>${slideBlocksHtml(item)}</li>`).join('')}</${tag}>`;
        }
        case 'cards':
          return block.cards
            .map(
              (card) =>
                `<div class="slide-card"><h3 class="slide-card__title">${e(card.title)}</h3>${card.lines.map((line) => `<p>${inlineHtml(line)}</p>`).join('')}</div>`,
            )
            .join('');
        default:
          throw new Error(`a slide cannot show a ${block.type} block`);
      }
    })
    .join('');
}
