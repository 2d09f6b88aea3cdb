/** How the design links to NCS: its units, the 전문교과 area of the same name, the 직업기초능력 it builds. */
import { routes } from '../../routes.ts';
import { lessonLabels as L } from '../../../ui/lessons.ts';
import type { LessonDesign, NcsUnitLink, VocationalArea } from '../types.ts';
import type { Block, HeadingNode, Inline } from './nodes.ts';
import {
  cell,
  columns,
  heading,
  item,
  itemsCell,
  lines,
  paragraph,
  routeLink,
  row,
  section,
  strong,
  table,
  tag,
  text,
  textCell,
} from './make.ts';
import { standardsBlocks } from './parts-overview.ts';

const levelName = (u: NcsUnitLink) => (u.level === null ? L.noLevel : String(u.level));

export function ncsPart(d: LessonDesign): Block[] {
  const { units, basicCompetences, note } = d.ncs;
  const out: Block[] = [heading(2, 'ncs', true, text(L.ncs))];
  if (units.length === 0) out.push(paragraph('missing', text(L.noUnits)));
  if (d.kind === 'job-series' && units.length > 0) {
    out.push(
      table(
        'grid',
        L.ncs,
        columns([L.ncsUnit, L.ncsCode, L.ncsLevel, L.ncsLevelMeaning], [0.26, 0.2, 0.08, 0.46]),
        units.map((u) =>
          row(true, [
            cell([[routeLink(routes.unit(u.code), text(u.name))]]),
            textCell(u.code),
            textCell(levelName(u)),
            textCell(u.levelMeaning ?? ''),
          ]),
        ),
      ),
    );
    // Elements, when imported, are listed per unit; what is missing is said once.
    const withElements = units.map((u, i) => ({ u, i })).filter(({ u }) => u.elements.length > 0);
    if (withElements.length > 0) {
      out.push(
        lines(
          withElements.map(({ u, i }) => [
            strong(text(u.name)),
            text(': '),
            ...u.elements.flatMap((el, j): Inline[] => [...(j > 0 ? [text(', ')] : []), item(el, `ncs.units.${i}.elements.${j}`)]),
          ]),
        ),
      );
    }
    if (units.some((u) => u.missing !== null)) out.push(paragraph('small', text(`${L.ncsMissing}: ${L.ncsJobMissing}`)));
  }
  if (d.kind === 'unit-lesson') out.push(...units.map((u, i) => unitPart(u, `ncs.units.${i}`)));
  if (d.vocational) out.push(vocationalPart(d.vocational, 3));
  if (basicCompetences.length > 0) {
    out.push(
      section({ keepTogether: true }, [
        heading(3, 'basic-competences', false, text(L.ncsActivityBasic)),
        section({ searchIgnore: true }, [
          paragraph('small', text(note)),
          lines(basicCompetences.map((b) => [strong(text(b.name)), text(`(${b.subs.join(', ')}): ${b.why}`)])),
        ]),
      ]),
    );
  }
  return out;
}

function unitPart(u: NcsUnitLink, path: string): Block {
  const plain = (values: readonly string[]) => cell(values.map((v) => [text(v)]));
  const rows = [
    row(true, [textCell(L.ncsCode), textCell(u.code)]),
    row(true, [textCell(L.ncsPath), textCell(u.classification.join(' › '))]),
    row(true, [textCell(L.ncsLevel), textCell(levelName(u) + (u.levelMeaning ? ` · ${u.levelMeaning}` : ''))]),
  ];
  if (u.definition !== null)
    rows.push(row(true, [textCell(L.ncsDefinition), textCell(u.definition + (u.definitionNote ? ` (${u.definitionNote})` : ''))]));
  if (u.elements.length > 0) rows.push(row(true, [textCell(L.ncsElements), itemsCell(u.elements, `${path}.elements`)]));
  if (u.criteria.length > 0) rows.push(row(true, [textCell(L.ncsCriteria), plain(u.criteria)]));
  if (u.knowledge.length > 0) rows.push(row(true, [textCell(L.ncsKnowledge), plain(u.knowledge)]));
  if (u.skills.length > 0) rows.push(row(true, [textCell(L.ncsSkills), plain(u.skills)]));
  if (u.attitudes.length > 0) {
    const attitudes = plain(u.attitudes);
    if (u.ksaNote) attitudes.note = [text(u.ksaNote)];
    rows.push(row(true, [textCell(L.ncsAttitudes), attitudes]));
  }
  if (u.basicCompetences.length > 0) rows.push(row(true, [textCell(L.ncsBasic), plain(u.basicCompetences)]));
  if (u.missing) rows.push(row(true, [textCell(L.ncsMissing), textCell(u.missing)]));
  return section({ kind: 'unit' }, [
    heading(
      3,
      `unit-${u.code}`,
      false,
      routeLink(routes.unit(u.code), text(u.name)),
      text(' '),
      tag(u.level === null ? L.noLevel : `${L.ncsLevel} ${u.level}`),
    ),
    // The unit's own page is what search should find for this text.
    section({ searchIgnore: true }, [table('keyValue', u.name, columns(['', ''], [0.2, 0.8]), rows)]),
  ]);
}

/** The 전문교과 area of the same name as a unit: its note, then its standards quoted. The unit's page shows it too. */
export function vocationalPart(v: VocationalArea, depth: HeadingNode['depth']): Block {
  return section({ kind: 'vocational', id: 'vocational' }, [
    heading(depth, 'vocational', false, text(L.vocational(v.area))),
    paragraph('small', text(v.note)),
    ...standardsBlocks(v.standards),
  ]);
}
