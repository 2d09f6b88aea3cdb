/** The front of a design: what the data lacked, the overview with its standards, goals, plan and supplies. */
import { routes } from '../../routes.ts';
import { optionLabels } from '../../../ui/lesson-options.ts';
import { lessonLabels as L } from '../../../ui/lessons.ts';
import type { LessonDesign, StandardRef } from '../types.ts';
import type { Block, Inline } from './nodes.ts';
import {
  anchorLink,
  cell,
  columns,
  heading,
  item,
  itemsCell,
  lines,
  list,
  mark,
  p,
  paragraph,
  quote,
  routeLink,
  row,
  siteRef,
  section,
  strong,
  table,
  text,
  textCell,
} from './make.ts';

export function gapsPart(d: LessonDesign): Block[] {
  if (d.gaps.length === 0) return [];
  return [
    section({ kind: 'note', id: 'gaps', searchIgnore: true }, [
      heading(2, 'gaps', true, text(L.gaps)),
      lines(d.gaps.map((g) => [text(g)])),
    ]),
  ];
}

export function overviewPart(d: LessonDesign): Block[] {
  const rows = [
    row(true, [textCell(L.unitName), cell([[item(d.title, 'title')]])]),
    row(true, [textCell(L.audience), textCell(d.audience.label)]),
    row(true, [textCell(L.periods), textCell(L.periodsValue(d.periods, d.minutesPerPeriod))]),
  ];
  if (d.job) {
    const activity = optionLabels.activity[d.options.activity] ?? d.options.activity;
    rows.push(
      row(true, [
        textCell(L.kindNames['job-series']!),
        cell([[routeLink(routes.job(d.job.slug), text(d.job.title)), text(` · ${activity}`)]]),
      ]),
    );
  }
  return [
    heading(2, 'overview', true, text(L.overview)),
    table('keyValue', L.overview, columns(['', ''], [0.2, 0.8]), rows),
    // Quotations need room: under their own heading, not in a table row that cannot break across pages.
    heading(3, 'standards', true, text(L.standards)),
    // When every standard needs the same check, one line under the list says so (standardsBlocks).
    ...(d.standardsCheck && !sharedCheck(d.standards) ? [paragraph('check', text(d.standardsCheck))] : []),
    ...standardsBlocks(d.standards),
    ...(d.standardsNote ? [p(item(d.standardsNote, 'standardsNote'))] : []),
  ];
}

/** The check every standard of the list needs, when they all need the same one. */
function sharedCheck(standards: readonly StandardRef[]): string | null {
  const checks = new Set(standards.map((s) => s.check));
  return checks.size === 1 && standards.length > 1 ? standards[0]!.check : null;
}

/** Official standards as quotations, each with its area and, below H, what to check; then their curriculum and 고시 once. */
export function standardsBlocks(standards: readonly StandardRef[]): Block[] {
  if (standards.length === 0) return [];
  const from = [...new Set(standards.map((s) => L.standardsFrom(s.curriculum, s.gosi)))];
  // One note for the list when every standard needs the same check; otherwise beside each one.
  const shared = sharedCheck(standards);
  const caption = (s: StandardRef): Inline[] => [
    text(L.standardArea(s.area)),
    ...(s.check && !shared ? [text(' · '), mark(text(s.check))] : []),
  ];
  return [
    list(
      'quotes',
      standards.map((s) => [quote(s.code, s.text, caption(s))]),
    ),
    ...(shared ? [paragraph('source', mark(text(shared)))] : []),
    ...from.map((f) => paragraph('source', text(f))),
  ];
}

export function goalsPart(d: LessonDesign): Block[] {
  return [heading(2, 'goals', true, text(L.goals)), lines(d.goals.map((g, i) => [item(g, `goals.${i}`)]))];
}

export function planPart(d: LessonDesign): Block[] {
  return [
    heading(2, 'plan', true, text(L.plan)),
    table(
      'grid',
      L.plan,
      columns([L.planPeriod, L.planTitle, L.planGoals], [0.15, 0.3, 0.55]),
      d.periodPlans.map((plan, i) =>
        row(true, [
          cell([[anchorLink(`period-${plan.period}`, text(L.processPeriod(plan.period, d.minutesPerPeriod)))]]),
          textCell(plan.title),
          itemsCell(plan.goals, `periodPlans.${i}.goals`),
        ]),
      ),
    ),
  ];
}

export function suppliesPart(d: LessonDesign, siteAddress: string | null): Block[] {
  return [
    heading(2, 'supplies', true, text(L.supplies)),
    paragraph('lead', text(L.suppliesIntro)),
    list(
      'grouped',
      d.supplies.map((period) => [
        p(strong(text(L.suppliesPeriod(period.period)))),
        lines([
          ...period.items.map((x) => [text(x)]),
          ...(period.pages.length > 0 ? [[text(L.suppliesPages)]] : []),
          ...period.pages.map((page) => [siteRef(page, siteAddress)]),
        ]),
      ]),
    ),
  ];
}
