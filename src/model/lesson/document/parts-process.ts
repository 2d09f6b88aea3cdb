/** The teaching process of each period, and how the learning is assessed. */
import { lessonLabels as L } from '../../../ui/lessons.ts';
import { isBlank, type Item, type LessonDesign, type PeriodPlan } from '../types.ts';
import type { Block, Inline, TableNode } from './nodes.ts';
import { cell, columns, heading, item, itemsCell, paragraph, row, section, siteRef, table, text, textCell } from './make.ts';

export function processPart(d: LessonDesign, siteAddress: string | null): Block[] {
  return [
    heading(2, 'process', true, text(L.process)),
    ...d.periodPlans.map((plan, i) =>
      section({ kind: 'period', id: `period-${plan.period}` }, [
        heading(3, `period-${plan.period}`, true, text(`${L.processPeriod(plan.period, d.minutesPerPeriod)} ${plan.title}`)),
        processTable(plan, `periodPlans.${i}`, siteAddress),
      ]),
    ),
  ];
}

function processTable(plan: PeriodPlan, path: string, siteAddress: string | null): TableNode {
  const k = L.columns;
  const total = plan.steps.reduce((sum, s) => sum + s.minutes, 0);
  return table(
    'process',
    L.processCaption(plan.period),
    columns([k.stage, k.element, k.teacher, k.student, k.minutes, k.materials], [0.075, 0.125, 0.27, 0.245, 0.07, 0.215]),
    plan.steps.map((s, i) =>
      row(true, [
        textCell(s.stage),
        textCell(s.element),
        itemsCell(s.teacher, `${path}.steps.${i}.teacher`),
        itemsCell(s.student, `${path}.steps.${i}.student`),
        textCell(L.minutes(s.minutes)),
        // The pages of the site the step names, each with its address and QR code, after its materials.
        cell([
          ...s.materials.map((value, k) => [item(value, `${path}.steps.${i}.materials.${k}`)]),
          ...s.pages.map((page) => [siteRef(page, siteAddress)]),
        ]),
      ]),
    ),
    {
      captionVisible: true,
      footer: [row(true, [cell([[text(L.total)]], { colspan: 4 }), textCell(L.minutes(total)), textCell('')])],
    },
  );
}

export function assessmentPart(d: LessonDesign): Block[] {
  const a = L.assessmentColumns;
  const r = L.rubricColumns;
  return [
    heading(2, 'assessment', true, text(L.assessment)),
    table(
      'grid',
      L.assessment,
      columns([a.method, a.criteria, a.timing], [0.25, 0.45, 0.3]),
      d.assessment.items.map((x, i) =>
        row(false, [textCell(x.method), cell([[item(x.criteria, `assessment.items.${i}.criteria`)]]), textCell(x.timing)]),
      ),
    ),
    heading(3, 'rubric', false, text(L.rubric)),
    table(
      'rubric',
      L.rubric,
      columns([r.criterion, r.high, r.middle, r.low], [0.28, 0.24, 0.24, 0.24]),
      d.assessment.rubric.map((x, i) =>
        row(true, [cell([[item(x.criterion, `assessment.rubric.${i}.criterion`)]]), textCell(x.high), textCell(x.middle), textCell(x.low)]),
      ),
    ),
    ...studentRubricPart(d),
  ];
}

/**
 * The same rubric for students: what each level looks like, in 해요체, to show or hand out before
 * they start. An official standard's row reads as the standard alone, without its code.
 */
function studentRubricPart(d: LessonDesign): Block[] {
  if (d.assessment.rubric.length === 0) return [];
  const s = L.studentRubricColumns;
  const criterion = (x: Item): Inline[] =>
    isBlank(x)
      ? [text(L.blankLabel)]
      : [
          text(
            x
              .replace(/^\[[^\]]+\]\s*/, '')
              .replace(/\s*\([^)]*\)$/, '')
              .replace(/수 있다\.$/, '수 있어요.'),
          ),
        ];
  // On a page of its own: the sheet she copies for each group.
  return [
    section({ pageBreakBefore: true }, [
      heading(3, 'student-rubric', false, text(L.studentRubric)),
      paragraph('small', text(L.studentRubricIntro)),
      table(
        'rubric',
        L.studentRubric,
        columns([s.criterion, s.high, s.middle, s.low], [0.28, 0.24, 0.24, 0.24]),
        d.assessment.rubric.map((row0) => {
          const x = row0.student ?? row0;
          return row(true, [cell([criterion(x.criterion)]), textCell(x.high), textCell(x.middle), textCell(x.low)]);
        }),
      ),
    ]),
  ];
}
