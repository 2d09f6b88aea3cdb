/** One HTML handler per inline node type. Every value is escaped. */
import { withBase } from '../../../lib/base-path.ts';
import type { Inline } from '../../../model/lesson/document/nodes.ts';
import { isBlank } from '../../../model/lesson/types.ts';
import { lessonLabels as L } from '../../../ui/lessons.ts';
import { attr, escapeHtml as e } from '../escape.ts';
import { qrSvg } from '../../../lib/qr-code.ts';
import type { HtmlContext } from './context.ts';

type Handlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, ctx: HtmlContext) => string };

export const inlineHtml: Handlers = {
  text: (node) => e(node.value),
  strong: (node, ctx) => `<strong>${inlinesHtml(node.children, ctx)}</strong>`,
  mark: (node, ctx) => `<span class="lesson-check-inline">${inlinesHtml(node.children, ctx)}</span>`,
  tag: (node) => `<span class="badge">${e(node.value)}</span>`,
  item: (node, ctx) => {
    const drawn = ctx.item?.(node);
    if (drawn !== null && drawn !== undefined) return drawn;
    return isBlank(node.item)
      ? `<span class="lesson-blank"><strong class="lesson-blank__label">${e(L.blankLabel)}</strong> ${e(node.item.blank)}</span>`
      : e(node.item);
  },
  link: (node, ctx) => {
    const href = node.route !== null ? withBase(ctx.base, node.route) : node.anchor ? `#${node.anchor}` : (node.url ?? '');
    return `<a${attr('href', href)}>${inlinesHtml(node.children, ctx)}</a>`;
  },
  // A page of the site: a link, and for paper its full address with a QR code (shown in print only, lessons.css).
  siteRef: (node, ctx) => {
    const href = withBase(ctx.base, node.route);
    const where =
      node.url === null
        ? `<span class="lesson-siteref__url">${e(L.siteRefNoAddress(href))}</span>`
        : `<span class="lesson-siteref__url">${e(node.url)}</span>${qrSvg(node.url, ` class="lesson-siteref__qr" role="img"${attr('aria-label', L.siteRefQr(node.label))}`)}`;
    return `<span class="lesson-siteref"><a${attr('href', href)}>${e(node.label)}</a> <span class="lesson-siteref__where">${where}</span></span>`;
  },
};

export function inlinesHtml(nodes: readonly Inline[], ctx: HtmlContext): string {
  return nodes.map((node) => (inlineHtml[node.type] as (n: Inline, c: HtmlContext) => string)(node, ctx)).join('');
}
