/** The back of a design: sources, the students' worksheet, the printable handouts, and (on lesson pages) where to make it again. */
import { routes } from '../../routes.ts';
import { citeSource } from '../../sources/cite.ts';
import { designerText as T } from '../../../ui/designer.ts';
import { lessonLabels as L } from '../../../ui/lessons.ts';
import { isBlank, type Handout, type LessonDesign } from '../types.ts';
import type { Block, HandoutNode } from './nodes.ts';
import type { ReadingBlock } from '../job-reading.ts';
import {
  cards,
  cell,
  columns,
  heading,
  item,
  lines,
  list,
  p,
  paragraph,
  routeLink,
  row,
  section,
  siteRef,
  textCell,
  strong,
  table,
  text,
  writeLines,
} from './make.ts';

export function sourcesPart(d: LessonDesign): Block {
  return section({ id: 'sources', keepTogether: true }, [
    heading(2, 'sources', true, text(L.sources)),
    lines(d.sources.map((s) => [text(citeSource(s, { url: true }))])),
  ]);
}

/** The worksheet is handed to students: it starts on a page of its own. */
export function worksheetPart(d: LessonDesign): Block {
  const w = d.worksheet;
  return section({ kind: 'worksheet', id: 'worksheet', pageBreakBefore: true }, [
    heading(2, 'worksheet', true, text(L.worksheet)),
    p(strong(text(w.title))),
    p(text(L.worksheetName)),
    p(text(w.intro)),
    ...w.sections.map((ws, si) =>
      section({ keepTogether: true }, [
        heading(3, null, false, text(ws.heading)),
        list(
          'plain',
          ws.tasks.map((task, ti) => [p(item(task.prompt, `worksheet.sections.${si}.tasks.${ti}.prompt`)), writeLines(task.lines)]),
          true,
        ),
      ]),
    ),
  ]);
}

/** Every printable material the process names, each on a page of its own. */
export function handoutsPart(d: LessonDesign, siteAddress: string | null): Block[] {
  if (d.handouts.length === 0) return [];
  return [
    section({ kind: 'handouts', id: 'handouts', pageBreakBefore: true }, [
      heading(2, 'handouts', true, text(L.handouts)),
      section({ visibility: 'screen' }, [paragraph('small', text(L.handoutsIntro))]),
      ...d.handouts.map((h, i) => handoutNode(h, `handouts.${i}`, siteAddress)),
    ]),
  ];
}

function handoutNode(h: Handout, path: string, siteAddress: string | null): HandoutNode {
  const intro = p(text(h.intro));
  if (h.kind === 'cards')
    return { type: 'handout', id: h.id, title: h.title, children: [intro, paragraph('small', text(L.cutHint)), cards(h.cards)] };
  if (h.kind === 'reading') return readingNode(h, intro, siteAddress);
  // Row labels like "①" need a narrow column; sentences to tick get a wide one.
  const label = h.rows.every((r) => !isBlank(r) && r.length <= 4) ? 0.1 : 0.4;
  const others = h.columns.length - 1;
  const shares = [label, ...Array.from({ length: others }, () => (1 - label) / others)];
  const empty = () => Array.from({ length: others }, () => cell([]));
  return {
    type: 'handout',
    id: h.id,
    title: h.title,
    children: [
      intro,
      table(
        'writeIn',
        h.title,
        columns(h.columns, shares),
        h.rows.map((r, i) => row(true, [cell([[item(r, `${path}.rows.${i}`)]]), ...empty()])),
        { emptyRows: h.emptyRows, cellLines: h.cellLines },
      ),
    ],
  };
}

/** A job page's parts as the students read them on paper, then where they come from and the page's address. */
function readingNode(h: Extract<Handout, { kind: 'reading' }>, intro: Block, siteAddress: string | null): HandoutNode {
  const block = (b: ReadingBlock, caption: string): Block => {
    if (b.kind === 'paragraph') return p(text(b.text));
    if (b.kind === 'list') return lines(b.items.map((x) => [text(x)]));
    // The first column names the rows (a time of day, a kind of work): narrower than what it names.
    const shares = b.header.length === 2 ? [0.3, 0.7] : b.header.map(() => 1 / b.header.length);
    return table(
      'grid',
      caption,
      columns(b.header, shares),
      b.rows.map((r) =>
        row(
          true,
          r.map((c) => textCell(c)),
        ),
      ),
    );
  };
  return {
    type: 'handout',
    id: h.id,
    title: h.title,
    children: [
      intro,
      ...h.sections.flatMap((s) => [heading(4, null, false, text(s.heading)), ...s.blocks.map((b) => block(b, s.heading))]),
      paragraph('source', text(h.source)),
      p(siteRef(h.page, siteAddress)),
    ],
  };
}

/** Lesson pages end with where to make the design again with other options: the designer, filled in. */
export function designerLinkPart(d: LessonDesign, designerQuery: string | null): Block[] {
  if (designerQuery === null) return [];
  return [
    section({ kind: 'designerLink', id: 'regenerate', visibility: 'screen' }, [
      heading(2, 'regenerate', true, text(T.designerLinkHeading)),
      p(text(T.designerLinkBody)),
      p(routeLink(routes.designer(designerQuery), text(T.designerLink(d.title)))),
    ]),
  ];
}
