/** The .docx handler of table nodes: fixed column widths from the shares, header rows repeated on each page, rows never split. */
import {
  LineRuleType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { CardsNode, TableCell as CellNode, TableNode } from '../../model/lesson/document/nodes.ts';
import { runsOf } from './docx-inlines.ts';
import { CONTENT_WIDTH, HEADER_FILL, MUTED, SMALL, widthsOf } from './docx-style.ts';

export type Piece = { paragraph: IParagraphOptions } | { table: Table };

export function tableDocx(node: TableNode): Piece[] {
  const widths = widthsOf(node.columns.map((c) => c.width));
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, w) => a + w, 0);
  const height = node.variant === 'writeIn' ? { height: { value: 280 + 340 * node.cellLines, rule: HeightRule.ATLEAST } } : {};
  const rows: TableRow[] = [];
  if (node.variant !== 'keyValue') {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: node.columns.map((c, i) => cellDocx({ lines: [[{ type: 'text', value: c.header }]], colspan: 1 }, widths[i]!, true)),
      }),
    );
  }
  for (const r of [...node.rows, ...node.footer]) {
    let column = 0;
    const cells = r.cells.map((c, i) => {
      const width = span(column, c.colspan);
      column += c.colspan;
      // Labels down the left of a key-value table look like a header row turned on its side.
      return cellDocx(c, width, node.variant === 'keyValue' && i === 0 && r.rowHeader);
    });
    rows.push(new TableRow({ cantSplit: true, ...height, children: cells }));
  }
  for (let n = 0; n < node.emptyRows; n++) {
    rows.push(new TableRow({ cantSplit: true, ...height, children: widths.map((w) => cellDocx({ lines: [], colspan: 1 }, w, false)) }));
  }
  const table = new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  });
  const caption: Piece[] = node.captionVisible
    ? [{ paragraph: { keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: node.caption, bold: true })] } }]
    : [];
  return [...caption, { table }];
}

function cellDocx(c: CellNode, width: number, header: boolean): TableCell {
  const line = (children: ParagraphChild[]) => new Paragraph({ spacing: { after: 40, line: 276, lineRule: LineRuleType.AUTO }, children });
  const paragraphs = (c.lines.length > 0 ? c.lines : [[]]).map((l) => line(runsOf(l, header ? { bold: true } : {})));
  if (c.note) paragraphs.push(line(runsOf(c.note, { color: MUTED, size: SMALL })));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(c.colspan > 1 ? { columnSpan: c.colspan } : {}),
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
    children: paragraphs,
  });
}

/** Cards to cut out: two to a row in dashed boxes. */
export function cardsDocx(node: CardsNode): Piece[] {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const dashed = { style: BorderStyle.DASHED, size: 8, color: '777777' };
  const borders = { top: dashed, bottom: dashed, left: dashed, right: dashed };
  const card = (c: CardsNode['cards'][number] | undefined) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      margins: { top: 160, bottom: 160, left: 160, right: 160 },
      borders,
      children: c
        ? [
            new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: c.title, bold: true, size: 22 })] }),
            ...c.lines.map((l) => new Paragraph({ spacing: { after: 60, line: 276, lineRule: LineRuleType.AUTO }, children: runsOf(l) })),
          ]
        : [new Paragraph('')],
    });
  const rows: TableRow[] = [];
  for (let k = 0; k < node.cards.length; k += 2)
    rows.push(new TableRow({ cantSplit: true, children: [card(node.cards[k]), card(node.cards[k + 1])] }));
  return [
    {
      table: new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: [half, CONTENT_WIDTH - half],
        layout: TableLayoutType.FIXED,
        rows,
      }),
    },
  ];
}
