/**
 * Small constructors for document nodes, so the builders read as the document they make. Every
 * field of a node is set here once, with the defaults the node types document.
 */
import { isBlank, type Item } from '../types.ts';
import type {
  Block,
  CardsNode,
  HeadingNode,
  Inline,
  ItemNode,
  LinkNode,
  ListNode,
  ListVariant,
  ParagraphNode,
  QuoteNode,
  SectionKind,
  SectionNode,
  TableCell,
  TableColumn,
  TableNode,
  TableRow,
  TableVariant,
  Tone,
  Visibility,
  WriteLinesNode,
} from './nodes.ts';

export const text = (value: string): Inline => ({ type: 'text', value });
export const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
export const mark = (...children: Inline[]): Inline => ({ type: 'mark', children });
export const tag = (value: string): Inline => ({ type: 'tag', value });

/**
 * Text from the design at `path`. The teacher may write over the title, every goal and every
 * blank: the designer's editable places are exactly these.
 */
export function item(value: Item, path: string): ItemNode {
  return { type: 'item', path, item: value, editable: path === 'title' || /^goals\.\d+$/.test(path) || isBlank(value) };
}

/** A page of this site with its full address when the site's address is known (see SiteRefNode). */
export const siteRef = (page: { route: string; label: string }, siteAddress: string | null): Inline => ({
  type: 'siteRef',
  route: page.route,
  label: page.label,
  url: siteAddress === null ? null : new URL(page.route, siteAddress).href,
});

export const routeLink = (route: string, ...children: Inline[]): LinkNode => ({ type: 'link', route, url: null, anchor: null, children });
export const anchorLink = (anchor: string, ...children: Inline[]): LinkNode => ({ type: 'link', route: null, url: null, anchor, children });

export function section(
  options: {
    kind?: SectionKind;
    id?: string | null;
    visibility?: Visibility;
    keepTogether?: boolean;
    searchIgnore?: boolean;
    pageBreakBefore?: boolean;
  },
  children: Block[],
): SectionNode {
  return {
    type: 'section',
    kind: options.kind ?? 'part',
    id: options.id ?? null,
    visibility: options.visibility ?? 'all',
    keepTogether: options.keepTogether ?? false,
    searchIgnore: options.searchIgnore ?? false,
    pageBreakBefore: options.pageBreakBefore ?? false,
    children,
  };
}

export function heading(depth: HeadingNode['depth'], id: string | null, toc: boolean, ...children: Inline[]): HeadingNode {
  return { type: 'heading', depth, id, toc, children };
}

export const paragraph = (tone: Tone, ...children: Inline[]): ParagraphNode => ({ type: 'paragraph', tone, children });
export const p = (...children: Inline[]): ParagraphNode => paragraph('normal', ...children);

export function list(variant: ListVariant, items: Block[][], ordered = false): ListNode {
  return { type: 'list', ordered, variant, items };
}

/** A list of one-paragraph items. */
export const lines = (items: Inline[][], ordered = false): ListNode =>
  list(
    'plain',
    items.map((line) => [p(...line)]),
    ordered,
  );

export const quote = (code: string, quoted: string, caption: Inline[]): QuoteNode => ({ type: 'quote', code, text: quoted, caption });

export const writeLines = (count: number): WriteLinesNode => ({ type: 'writeLines', count });

export const cards = (list: { title: string; lines: string[] }[]): CardsNode => ({
  type: 'cards',
  cards: list.map((c) => ({ title: c.title, lines: c.lines.map((l) => [text(l)]) })),
});

export function cell(cellLines: Inline[][], options: { colspan?: number; note?: Inline[] | null } = {}): TableCell {
  return { lines: cellLines, colspan: options.colspan ?? 1, note: options.note ?? null };
}

/** A cell of one line of text; an empty string makes an empty cell. */
export const textCell = (value: string): TableCell => cell(value === '' ? [] : [[text(value)]]);

/** A cell of design items, one per line, at `path.0`, `path.1` … */
export const itemsCell = (items: readonly Item[], path: string): TableCell => cell(items.map((value, i) => [item(value, `${path}.${i}`)]));

export const row = (rowHeader: boolean, cells: TableCell[]): TableRow => ({ rowHeader, cells });

export function table(
  variant: TableVariant,
  caption: string,
  columns: TableColumn[],
  rows: TableRow[],
  options: { captionVisible?: boolean; footer?: TableRow[]; emptyRows?: number; cellLines?: number } = {},
): TableNode {
  return {
    type: 'table',
    variant,
    caption,
    captionVisible: options.captionVisible ?? false,
    columns,
    rows,
    footer: options.footer ?? [],
    emptyRows: options.emptyRows ?? 0,
    cellLines: options.cellLines ?? 0,
  };
}

/** Columns from headers and their shares of the width (which add up to 1). */
export function columns(headers: readonly string[], shares: readonly number[]): TableColumn[] {
  return headers.map((header, i) => ({ header, width: shares[i]! }));
}
