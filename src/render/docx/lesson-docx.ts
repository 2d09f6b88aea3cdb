/**
 * The lesson design as an editable Word document: real headings and tables, A4, a Korean font
 * for East Asian text, header rows that repeat on every page. Same input, same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { isBlank, type Handout, type Item, type LessonDesign, type StandardRef } from '../../model/lesson/types.ts';
import { citeSource } from '../../model/sources/cite.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { fixZipTimes } from './fixed-zip-time.ts';

const FONT = 'Malgun Gothic';
const fonts = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
// A4 in twips (1/1440 inch) with 15 mm side margins.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1077, bottom: 1077, left: 850, right: 850 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const HEADER_FILL = 'E7EEF6';
const BLANK_FILL = 'FFF3CC';
/** A fixed moment for the document properties: the file must not change between runs. */
const FIXED_TIME = '2026-01-01T00:00:00Z';

export async function lessonDocx(design: LessonDesign): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    creator: L.docxFooter,
    lastModifiedBy: L.docxFooter,
    title: design.title,
    description: design.summary,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: fonts, size: 20 }, paragraph: { spacing: { after: 80, line: 300 } } },
        heading1: { run: { font: fonts, size: 32, bold: true, color: '0A3D73' }, paragraph: { spacing: { before: 0, after: 160 } } },
        heading2: {
          run: { font: fonts, size: 26, bold: true, color: '0A3D73' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading3: { run: { font: fonts, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${L.docxFooter} · ${design.title} · `, size: 16, color: '666666' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' }),
                ],
              }),
            ],
          }),
        },
        children: body(design),
      },
    ],
  });
  // An ArrayBuffer rather than a Node Buffer: the browser runs this file too, for the same bytes.
  const buffer = await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(design) }]);
  return fixZipTimes(new Uint8Array(buffer));
}

function body(d: LessonDesign): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(d.title)] }));
  out.push(new Paragraph({ children: [new TextRun({ text: d.summary, color: '333333' })] }));

  if (d.gaps.length > 0) {
    out.push(heading2(L.gaps));
    for (const gap of d.gaps) out.push(bullet(gap));
  }

  out.push(heading2(L.overview));
  out.push(
    keyValueTable([
      [L.unitName, [d.title]],
      [L.audience, [d.audience.label]],
      [L.periods, [L.periodsValue(d.periods, d.minutesPerPeriod)]],
    ]),
  );
  // The standards are quoted, not paraphrased: each as an indented quotation with its area and what to check.
  out.push(heading3(L.standards));
  if (d.standardsCheck) out.push(checkParagraph(d.standardsCheck));
  out.push(...standardParagraphs(d.standards));
  if (d.standardsNote) out.push(new Paragraph({ children: itemRuns(d.standardsNote) }));

  out.push(heading2(L.goals));
  for (const goal of d.goals) out.push(bulletItem(goal));

  out.push(heading2(L.plan));
  out.push(
    table(
      [L.planPeriod, L.planTitle, L.planGoals],
      [1500, 3000, CONTENT_WIDTH - 4500],
      d.periodPlans.map((p) => [
        [
          L.processPeriod(
            p.period,
            p.steps.reduce((a, s) => a + s.minutes, 0),
          ),
        ],
        [p.title],
        p.goals,
      ]),
    ),
  );

  out.push(heading2(L.supplies));
  out.push(new Paragraph({ children: [new TextRun({ text: L.suppliesIntro, color: '444444', size: 18 })] }));
  for (const p of d.supplies) {
    out.push(
      new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: L.suppliesPeriod(p.period), bold: true })] }),
    );
    for (const item of p.items) out.push(bullet(item));
  }

  out.push(heading2(L.process));
  const c = L.columns;
  for (const p of d.periodPlans) {
    const total = p.steps.reduce((a, s) => a + s.minutes, 0);
    out.push(heading3(`${L.processPeriod(p.period, total)} ${p.title}`));
    out.push(
      table(
        [c.stage, c.element, c.teacher, c.student, c.minutes, c.materials],
        [760, 1300, 2750, 2500, 700, CONTENT_WIDTH - 8010],
        [
          ...p.steps.map((s) => [[s.stage], [s.element], s.teacher, s.student, [L.minutes(s.minutes)], s.materials]),
          [[L.total], [''], [''], [''], [L.minutes(total)], ['']],
        ],
      ),
    );
  }

  out.push(heading2(L.assessment));
  const a = L.assessmentColumns;
  out.push(
    table(
      [a.method, a.criteria, a.timing],
      [2600, 4600, CONTENT_WIDTH - 7200],
      d.assessment.items.map((i) => [[i.method], [i.criteria], [i.timing]]),
    ),
  );
  out.push(heading3(L.rubric));
  const r = L.rubricColumns;
  const rubricWidth = Math.floor((CONTENT_WIDTH - 3000) / 3);
  out.push(
    table(
      [r.criterion, r.high, r.middle, r.low],
      [3000, rubricWidth, rubricWidth, CONTENT_WIDTH - 3000 - 2 * rubricWidth],
      d.assessment.rubric.map((row) => [[row.criterion], [row.high], [row.middle], [row.low]]),
    ),
  );

  out.push(heading2(L.ncs));
  if (d.ncs.units.length === 0) out.push(new Paragraph(L.noUnits));
  // A career series names several units: one summary table; a unit lesson shows its unit in full.
  if (d.kind === 'job-series' && d.ncs.units.length > 0) {
    out.push(
      table(
        [L.ncsUnit, L.ncsCode, L.ncsLevel, L.ncsLevelMeaning],
        [2600, 2000, 800, CONTENT_WIDTH - 5400],
        d.ncs.units.map((u) => [[u.name], [u.code], [u.level === null ? L.noLevel : String(u.level)], [u.levelMeaning ?? '']]),
      ),
    );
    for (const u of d.ncs.units.filter((x) => x.elements.length > 0))
      out.push(
        new Paragraph({
          children: [
            new TextRun({ text: `${u.name}: `, bold: true }),
            ...u.elements.flatMap((el, i) => [...(i > 0 ? [new TextRun(', ')] : []), ...itemRuns(el)]),
          ],
        }),
      );
    if (d.ncs.units.some((u) => u.missing !== null))
      out.push(new Paragraph({ children: [new TextRun({ text: `${L.ncsMissing}: ${L.ncsJobMissing}`, color: '444444', size: 18 })] }));
  }
  for (const u of d.kind === 'unit-lesson' ? d.ncs.units : []) {
    out.push(heading3(`${u.name} (${u.code})`));
    const rows: [string, readonly Item[]][] = [
      [L.ncsLevel, [u.level === null ? L.noLevel : `${u.level}${u.levelMeaning ? ` · ${u.levelMeaning}` : ''}`]],
      [L.ncsPath, [u.classification.join(' › ')]],
    ];
    if (u.definition !== null) rows.push([L.ncsDefinition, [u.definitionNote ? `${u.definition} (${u.definitionNote})` : u.definition]]);
    if (u.elements.length > 0) rows.push([L.ncsElements, u.elements]);
    if (u.criteria.length > 0) rows.push([L.ncsCriteria, u.criteria]);
    if (u.knowledge.length > 0) rows.push([L.ncsKnowledge, u.knowledge]);
    if (u.skills.length > 0) rows.push([L.ncsSkills, u.skills]);
    if (u.attitudes.length > 0) rows.push([L.ncsAttitudes, u.ksaNote ? [...u.attitudes, `(${u.ksaNote})`] : u.attitudes]);
    if (u.basicCompetences.length > 0) rows.push([L.ncsBasic, u.basicCompetences]);
    if (u.missing) rows.push([L.ncsMissing, [u.missing]]);
    out.push(keyValueTable(rows));
  }
  if (d.vocational) {
    out.push(heading3(L.vocational(d.vocational.area)));
    out.push(new Paragraph({ children: [new TextRun({ text: d.vocational.note, color: '444444', size: 18 })] }));
    out.push(...standardParagraphs(d.vocational.standards));
  }
  if (d.ncs.basicCompetences.length > 0) {
    out.push(heading3(L.ncsActivityBasic));
    out.push(new Paragraph({ children: [new TextRun({ text: d.ncs.note, color: '444444', size: 18 })] }));
    for (const b of d.ncs.basicCompetences) out.push(bullet(`${b.name}(${b.subs.join(', ')}): ${b.why}`));
  }

  // The sources move whole to the next page rather than leave a line or two there.
  out.push(heading2(L.sources));
  d.sources.forEach((s, i) => out.push(bulletItem(citeSource(s, { url: true }), i < d.sources.length - 1)));

  // The worksheet is handed to students: it starts on a page of its own.
  out.push(new Paragraph({ children: [new PageBreak()] }));
  out.push(heading2(d.worksheet.title));
  out.push(new Paragraph(L.worksheetName));
  out.push(new Paragraph({ children: [new TextRun({ text: d.worksheet.intro, color: '333333' })] }));
  for (const section of d.worksheet.sections) {
    out.push(heading3(section.heading));
    section.tasks.forEach((task, i) => {
      out.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 120 },
          children: [new TextRun({ text: `${i + 1}. `, bold: true }), ...itemRuns(task.prompt)],
        }),
      );
      // A tab with an underline leader per line: bordered empty paragraphs merge into one box.
      for (let n = 0; n < task.lines; n++) {
        out.push(
          new Paragraph({
            spacing: { before: 260, after: 0 },
            tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: LeaderType.UNDERSCORE }],
            children: [new TextRun({ children: [new Tab()], color: '999999' })],
          }),
        );
      }
    });
  }
  out.push(...handoutBlocks(d.handouts));
  return out;
}

function checkParagraph(text: string): Paragraph {
  return new Paragraph({
    shading: { type: ShadingType.CLEAR, fill: BLANK_FILL, color: 'auto' },
    children: [new TextRun({ text: `${L.checkLabel}: `, bold: true }), new TextRun(text)],
  });
}

/** Each standard as a quotation (indented, with a rule on the left), then the curriculum and 고시 once. */
function standardParagraphs(standards: readonly StandardRef[]): Paragraph[] {
  const out: Paragraph[] = [];
  const checks = new Set(standards.map((s) => s.check));
  const shared = checks.size === 1 && standards.length > 1 ? standards[0]!.check : null;
  const marked = (text: string) => new TextRun({ text, size: 18, shading: { type: ShadingType.CLEAR, fill: BLANK_FILL, color: 'auto' } });
  for (const s of standards) {
    out.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        // A quoted code reads "[9진로01-01]": no automatic gap between its digits and Hangul.
        autoSpaceEastAsianText: false,
        indent: { left: 360 },
        spacing: { before: 80, after: 20 },
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8AA4C0', space: 8 } },
        children: [new TextRun({ text: `${s.code} `, bold: true }), new TextRun(s.text)],
      }),
    );
    const meta = [new TextRun({ text: L.standardArea(s.area), color: '444444', size: 18 })];
    if (s.check && !shared) meta.push(marked(` · ${s.check}`));
    out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 80 }, children: meta }));
  }
  if (shared) out.push(new Paragraph({ children: [marked(shared)] }));
  for (const from of new Set(standards.map((s) => L.standardsFrom(s.curriculum, s.gosi))))
    out.push(new Paragraph({ children: [new TextRun({ text: from, color: '444444', size: 18 })] }));
  return out;
}

/** The printable materials, each on a page of its own: tables with room to write, cards in a cut-out grid. */
function handoutBlocks(handouts: readonly Handout[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  handouts.forEach((h, i) => {
    out.push(new Paragraph({ children: [new PageBreak()] }));
    if (i === 0) out.push(heading2(L.handouts));
    out.push(heading3(h.title));
    out.push(new Paragraph({ children: [new TextRun({ text: h.intro, color: '333333' })] }));
    if (h.kind === 'table') {
      const first = h.rows.every((r) => !isBlank(r) && r.length <= 4) ? 900 : Math.floor(CONTENT_WIDTH * 0.4);
      const others = h.columns.length - 1;
      const rest = Math.floor((CONTENT_WIDTH - first) / others);
      const widths = [
        first,
        ...Array.from({ length: others }, (_, j) => (j === others - 1 ? CONTENT_WIDTH - first - rest * (others - 1) : rest)),
      ];
      const emptyCells = (): Item[][] => Array.from({ length: others }, () => ['']);
      const rows: Item[][][] = [
        ...h.rows.map((r) => [[r], ...emptyCells()]),
        ...Array.from({ length: h.emptyRows }, () => [[''], ...emptyCells()]),
      ];
      out.push(table(h.columns, widths, rows, 280 + 340 * h.cellLines));
    } else {
      out.push(new Paragraph({ children: [new TextRun({ text: L.cutHint, color: '666666', size: 18 })] }));
      const half = Math.floor(CONTENT_WIDTH / 2);
      const dashed = { style: BorderStyle.DASHED, size: 8, color: '777777' };
      const borders = { top: dashed, bottom: dashed, left: dashed, right: dashed };
      const cardCell = (card: { title: string; lines: string[] } | undefined) =>
        new TableCell({
          width: { size: half, type: WidthType.DXA },
          margins: { top: 160, bottom: 160, left: 160, right: 160 },
          borders,
          children: card
            ? [
                new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: card.title, bold: true, size: 22 })] }),
                ...card.lines.map((l) => new Paragraph({ spacing: { after: 60, line: 276 }, children: [new TextRun(l)] })),
              ]
            : [new Paragraph('')],
        });
      const rows: TableRow[] = [];
      for (let k = 0; k < h.cards.length; k += 2)
        rows.push(new TableRow({ cantSplit: true, children: [cardCell(h.cards[k]), cardCell(h.cards[k + 1])] }));
      out.push(
        new Table({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: [half, CONTENT_WIDTH - half],
          layout: TableLayoutType.FIXED,
          rows,
        }),
      );
    }
  });
  return out;
}

function heading2(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
}

function heading3(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });
}

function bullet(text: string): Paragraph {
  return bulletItem(text);
}

// Plain "• " rather than Word numbering: numbering ids come from a process-wide counter.
function bulletItem(item: Item, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    keepLines: true,
    indent: { left: 280, hanging: 280 },
    children: [new TextRun('• '), ...itemRuns(item)],
  });
}

function itemRuns(item: Item): TextRun[] {
  if (!isBlank(item)) return [new TextRun(item)];
  return [
    new TextRun({ text: `[${L.blankLabel}] `, bold: true, shading: { type: ShadingType.CLEAR, fill: BLANK_FILL, color: 'auto' } }),
    new TextRun({ text: item.blank, shading: { type: ShadingType.CLEAR, fill: BLANK_FILL, color: 'auto' } }),
  ];
}

function cell(items: readonly Item[], width: number, header = false): TableCell {
  const paragraphs = (items.length > 0 ? items : ['']).map(
    (item) =>
      new Paragraph({
        spacing: { after: 40, line: 276 },
        children: header ? [new TextRun({ text: String(item), bold: true })] : itemRuns(item),
      }),
  );
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
    children: paragraphs,
  });
}

function table(headers: readonly string[], widths: readonly number[], rows: readonly (readonly Item[])[][], minRowHeight?: number): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell([h], widths[i]!, true)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            ...(minRowHeight ? { height: { value: minRowHeight, rule: HeightRule.ATLEAST } } : {}),
            children: row.map((items, i) => cell(items, widths[i]!)),
          }),
      ),
    ],
  });
}

function keyValueTable(rows: readonly [string, readonly Item[]][]): Table {
  const widths = [2000, CONTENT_WIDTH - 2000];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(([key, items]) => new TableRow({ cantSplit: true, children: [cell([key], widths[0]!, true), cell(items, widths[1]!)] })),
  });
}

function coreXml(d: LessonDesign): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(d.title)}</dc:title><dc:description>${esc(d.summary)}</dc:description><dc:creator>${esc(L.docxFooter)}</dc:creator>` +
    `<cp:lastModifiedBy>${esc(L.docxFooter)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dc:language>ko-KR</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
