/**
 * The HTML handler of table nodes, one drawing per variant. Wide tables scroll sideways on a
 * phone in the site's table-scroll box (src/components/TableScroll.astro).
 */
import type { TableCell, TableNode, TableRow } from '../../../model/lesson/document/nodes.ts';
import { tableScroll } from '../../../ui/strings.ts';
import { attr, escapeHtml as e } from '../escape.ts';
import type { HtmlContext } from './context.ts';
import { inlinesHtml } from './inline-html.ts';

export function tableHtml(node: TableNode, ctx: HtmlContext): string {
  switch (node.variant) {
    case 'keyValue':
      return `<table class="lesson-keyvalue"><tbody>${rowsHtml(node.rows, node, ctx)}</tbody></table>`;
    case 'writeIn':
      return writeInHtml(node, ctx);
    case 'process':
      return scrollBox(
        node.caption,
        `<table class="lesson-process">${captionHtml(node)}<colgroup>${PROCESS_COLUMNS.map((c) => `<col class="col-${c}">`).join('')}</colgroup>` +
          `${headHtml(node)}<tbody>${rowsHtml(node.rows, node, ctx)}</tbody><tfoot>${rowsHtml(node.footer, node, ctx)}</tfoot></table>`,
      );
    case 'grid':
    case 'rubric':
      return scrollBox(
        node.caption,
        `<table${attr('class', node.variant === 'rubric' ? 'lesson-rubric' : null)}>${captionHtml(node)}${headHtml(node)}<tbody>${rowsHtml(node.rows, node, ctx)}</tbody>` +
          (node.footer.length > 0 ? `<tfoot>${rowsHtml(node.footer, node, ctx)}</tfoot>` : '') +
          '</table>',
      );
  }
}

/** The process table's columns, in order: stage, element, teacher, student, minutes, materials. */
const PROCESS_COLUMNS = ['stage', 'element', 'teacher', 'student', 'minutes', 'materials'] as const;
const MINUTES_COLUMN = PROCESS_COLUMNS.indexOf('minutes');

/** A box that scrolls sideways, focusable so the keyboard can scroll it too; its swipe hint shows while it overflows. */
function scrollBox(label: string, inner: string): string {
  return (
    `<div class="table-scroll lesson-table-wrap" data-table-scroll><p class="table-scroll__hint" data-search-ignore>${e(tableScroll.hint)}</p>` +
    `<section class="table-scroll__box" tabindex="0"${attr('aria-label', label)}>${inner}</section></div>`
  );
}

const captionHtml = (node: TableNode) => (node.captionVisible ? `<caption>${e(node.caption)}</caption>` : '');

const headHtml = (node: TableNode) => `<thead><tr>${node.columns.map((c) => `<th scope="col">${e(c.header)}</th>`).join('')}</tr></thead>`;

function rowsHtml(rows: readonly TableRow[], node: TableNode, ctx: HtmlContext): string {
  return rows
    .map((r) => {
      let column = 0;
      const cells = r.cells.map((c, i) => {
        const at = column;
        column += c.colspan;
        const colspan = attr('colspan', c.colspan > 1 ? c.colspan : null);
        if (i === 0 && r.rowHeader) return `<th scope="row"${colspan}>${cellHtml(c, ctx)}</th>`;
        const minutes = node.variant === 'process' && at === MINUTES_COLUMN;
        return `<td${colspan}${attr('class', minutes ? 'lesson-minutes' : null)}>${cellHtml(c, ctx)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
}

/** One line as plain text, several as a compact list: table cells stay compact. */
function cellHtml(c: TableCell, ctx: HtmlContext): string {
  const lines =
    c.lines.length === 1
      ? inlinesHtml(c.lines[0]!, ctx)
      : c.lines.length > 1
        ? `<ul class="lesson-lines">${c.lines.map((line) => `<li>${inlinesHtml(line, ctx)}</li>`).join('')}</ul>`
        : '';
  return lines + (c.note ? `<p class="lesson-small">${inlinesHtml(c.note, ctx)}</p>` : '');
}

/** A handout table with room to write: its columns' shares as widths, rows as tall as the lines they need (print CSS). */
function writeInHtml(node: TableNode, ctx: HtmlContext): string {
  const percent = (share: number) => `${Number((share * 100).toFixed(2))}%`;
  const cols = `<colgroup>${node.columns.map((c) => `<col style="width:${percent(c.width)}">`).join('')}</colgroup>`;
  return (
    `<table class="lesson-handout__table lesson-handout__table--lines-${node.cellLines}">${captionHtml(node)}${cols}${headHtml(node)}<tbody>` +
    rowsHtml(node.rows, node, ctx) +
    `<tr class="lesson-handout__blank"><td${attr('colspan', String(node.columns.length))}></td></tr>`.repeat(node.emptyRows) +
    '</tbody></table>'
  );
}
