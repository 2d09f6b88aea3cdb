/**
 * One HTML handler per block node type, and the drawing of a whole lesson document. The lesson
 * pages, the designer and the slides' present mode draw with these, so a design looks the same
 * wherever it is read.
 */
import type { Block, LessonDocumentRoot, SectionKind, SectionNode, Tone } from '../../../model/lesson/document/nodes.ts';
import { attr, escapeHtml as e } from '../escape.ts';
import type { HtmlContext } from './context.ts';
import { inlinesHtml } from './inline-html.ts';
import { tableHtml } from './table-html.ts';

type Handlers = { [K in Block['type']]: (node: Extract<Block, { type: K }>, ctx: HtmlContext) => string };

const SECTION_CLASS: Record<SectionKind, string | null> = {
  part: null,
  note: 'note lesson-gaps',
  period: 'lesson-period',
  unit: 'lesson-unit',
  vocational: 'lesson-vocational',
  worksheet: 'lesson-worksheet',
  handouts: 'lesson-handouts',
  designerLink: 'lesson-regenerate',
};

const TONE_CLASS: Record<Tone, string | null> = {
  normal: null,
  lead: 'lesson-small lesson-lead-in',
  small: 'lesson-small',
  note: 'note',
  check: 'lesson-check',
  source: 'lesson-small lesson-standards__from',
  missing: 'missing',
};

const LIST_CLASS = { plain: null, grouped: 'lesson-supplies', quotes: 'lesson-standards' } as const;

export const blockHtml: Handlers = {
  section: sectionHtml,
  heading: (node, ctx) => `<h${node.depth}${attr('id', node.id)}>${inlinesHtml(node.children, ctx)}</h${node.depth}>`,
  paragraph: (node, ctx) => {
    const role = node.tone === 'check' || node.tone === 'note' ? ' role="note"' : '';
    return `<p${attr('class', TONE_CLASS[node.tone])}${role}>${inlinesHtml(node.children, ctx)}</p>`;
  },
  list: (node, ctx) => {
    const tag = node.ordered ? 'ol' : 'ul';
    // A tight list: an item's plain paragraph is the item's text itself.
    const entry = (blocks: readonly Block[]) =>
      blocks.map((b) => (b.type === 'paragraph' && b.tone === 'normal' ? inlinesHtml(b.children, ctx) : blockHtml1(b, ctx))).join('');
    return `<${tag}${attr('class', LIST_CLASS[node.variant ?? 'plain'])}>${node.items.map((blocks) => `<li>${entry(blocks)}</li>`).join('')}</${tag}>`;
  },
  quote: (node, ctx) =>
    `<figure class="lesson-quote"><blockquote><p><strong>${e(node.code)}</strong> ${e(node.text)}</p></blockquote>` +
    `<figcaption class="lesson-small">${inlinesHtml(node.caption, ctx)}</figcaption></figure>`,
  table: tableHtml,
  // Lines to write on are for paper: screen readers skip them.
  writeLines: (node) =>
    `<span class="lesson-write" aria-hidden="true">${'<span class="lesson-write__line"></span>'.repeat(node.count)}</span>`,
  cards: (node, ctx) =>
    `<ul class="lesson-cards">${node.cards
      .map(
        (card) =>
          `<li class="lesson-card"><p class="lesson-card__title">${e(card.title)}</p>${card.lines.map((l) => `<p>${inlinesHtml(l, ctx)}</p>`).join('')}</li>`,
      )
      .join('')}</ul>`,
  handout: (node, ctx) =>
    `<div class="lesson-handout"><h3${attr('id', `handout-${node.id}`)}>${e(node.title)}</h3>${blocksHtml(node.children, ctx)}</div>`,
  pageBreak: () => '<div class="lesson-page-break"></div>',
};

/**
 * A section: `<section>` named by its heading when it has an id, else a `<div>`; a note box is
 * a `<div role="note">`. Screen-only parts are left out of print (`no-print`). The print CSS
 * starts the worksheet and each handout on a page of its own (lessons.css), so `pageBreakBefore`
 * needs no mark here.
 */
function sectionHtml(node: SectionNode, ctx: HtmlContext): string {
  const kind = node.kind ?? 'part';
  const classes = [node.visibility === 'screen' ? 'no-print' : null, SECTION_CLASS[kind], node.keepTogether ? 'lesson-keep' : null]
    .filter((c) => c !== null)
    .join(' ');
  const tag = node.id !== null && kind !== 'note' ? 'section' : 'div';
  const attrs =
    attr('class', classes || null) +
    (kind === 'note' ? ' role="note"' : '') +
    attr('aria-labelledby', node.id) +
    (node.searchIgnore ? ' data-search-ignore' : '');
  return `<${tag}${attrs}>${blocksHtml(node.children, ctx)}</${tag}>`;
}

function blockHtml1(node: Block, ctx: HtmlContext): string {
  return (blockHtml[node.type] as (n: Block, c: HtmlContext) => string)(node, ctx);
}

export function blocksHtml(nodes: readonly Block[], ctx: HtmlContext): string {
  return nodes.map((node) => blockHtml1(node, ctx)).join('');
}

/** A whole lesson document; its title and summary are the page's own (its h1 and lead). */
export function documentHtml(root: LessonDocumentRoot, ctx: HtmlContext): string {
  return `<div class="lesson">${blocksHtml(root.children, ctx)}</div>`;
}
