/**
 * The competence lesson for one NCS unit: level and definition → 학습목표, elements and KSA →
 * what is taught, criteria → 평가 기준 and rubric. Missing official data becomes teacher blanks.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { designSetting, listOr, uniqueSources, worksheetSection } from './build-common.ts';
import { ncsLink } from './build-ncs-link.ts';
import { buildPeriods, timingOf, type PlacedBlock } from './build-periods.ts';
import { fillLine, fillText, type Vars } from './fill.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { AssessmentItem, LessonDesign, RubricRow, WorksheetSection } from './types.ts';

export function buildUnitLesson(
  unit: UnitInput,
  jobs: readonly JobInput[],
  templates: LessonTemplates,
  options: LessonOptions,
): LessonDesign {
  const t = templates.unitLesson;
  const file = templates.unitLessonFile;
  const record = `unit-${unit.code}`;
  const usedBy = jobs.filter((j) => j.ncsUnits.includes(unit.code));

  const vars: Vars = {
    unit: unit.name,
    code: unit.code,
    level: unit.level === null ? { missing: w.missingLevel } : String(unit.level),
    levelMeaning: unit.levelMeaning ?? { missing: w.missingLevelMeaning },
    definition:
      unit.definition === null
        ? { missing: w.missingDefinition }
        : unit.definitionNote
          ? `${unit.definition} (${unit.definitionNote})`
          : unit.definition,
    ncsPath: unit.classification.length > 0 ? unit.classification.join(' › ') : { missing: w.missingPath },
    elements: listOr(
      unit.elements.map((e) => e.name),
      w.missingElements,
    ),
    criteria: listOr(unit.criteria, w.missingCriteria),
    knowledge: listOr(unit.knowledge, w.missingKsa(w.ksaNames.knowledge)),
    skills: listOr(unit.skills, w.missingKsa(w.ksaNames.skills)),
    attitudes: listOr(unit.attitudes, w.missingKsa(w.ksaNames.attitudes)),
    jobs: listOr(
      usedBy.map((j) => j.title),
      w.missingJobs,
    ),
  };
  const at = (field: string) => ({ file, record, field });

  const layout: PlacedBlock[][] = t.layouts[String(options.periods) as '1' | '2' | '3' | '4'].map((ids) =>
    ids.map((id) => ({ id, path: `blocks.${id}`, block: t.blocks[id]! })),
  );
  const periodPlans = buildPeriods({
    file,
    opening: t.opening,
    closing: t.closing,
    closingLast: t.closingLast,
    layout,
    layoutRecord: `layouts.${options.periods}`,
    minutes: options.minutes,
    vars,
    record,
  });
  const { setting, curriculumSources } = designSetting(templates, options, layout, periodPlans);

  // Criteria are the unit's own yardstick: each becomes a rubric row and part of the 평가 기준.
  const criterionRows: RubricRow[] =
    unit.criteria.length > 0
      ? unit.criteria.map((c) => ({ criterion: c, ...t.rubricFromCriterion }))
      : [{ criterion: { blank: w.criteriaBlank }, ...t.rubricFromCriterion }];
  const rubric: RubricRow[] = [
    ...t.rubric.map((r, i) => ({ ...r, criterion: fillLine(r.criterion, vars, at(`rubric[${i}].criterion`)) })),
    ...criterionRows,
  ];
  const criteriaItem: AssessmentItem = {
    method: w.criteriaMethod,
    criteria: unit.criteria.length > 0 ? w.criteriaCount(unit.criteria.length) : { blank: w.criteriaBlank },
    timing: timingOf(layout, 'apply'),
  };

  const sections: WorksheetSection[] = [];
  for (const b of layout.flat()) {
    const section = t.worksheet.sections[b.id];
    if (section) sections.push(worksheetSection(section, vars, file, record, `worksheet.sections.${b.id}`));
    else if (b.id === 'elements') sections.push(elementsSection(unit, t.elementTask, vars, file, record));
  }
  const closing = t.worksheet.sections['closing'];
  if (closing) sections.push(worksheetSection(closing, vars, file, record, 'worksheet.sections.closing'));

  const gaps: string[] = [];
  if (unit.definition === null) gaps.push(w.gapDefinition);
  if (unit.elements.length === 0) gaps.push(w.gapElements);
  if (unit.ksaNote) gaps.push(`${w.gapKsaPrefix} ${unit.ksaNote}`);
  if (unit.basicCompetences.length === 0) gaps.push(w.gapBasicCompetences);

  return {
    id: record,
    kind: 'unit-lesson',
    title: fillText(t.title, vars, at('title')),
    summary: fillText(t.summary, vars, at('summary')),
    job: null,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    ...setting,
    assessment: {
      items: [
        ...t.assessment.map((a, i) => ({
          method: a.method,
          criteria: fillLine(a.criteria, vars, at(`assessment[${i}].criteria`)),
          timing: timingOf(layout, a.block),
        })),
        criteriaItem,
      ],
      rubric,
    },
    worksheet: { title: fillText(t.worksheet.title, vars, at('worksheet.title')), intro: t.worksheet.intro, sections },
    ncs: { units: [ncsLink(unit)], basicCompetences: [], note: w.unitNcsNote },
    gaps,
    sources: uniqueSources([unit.sources, curriculumSources]),
    options: { school: options.school, periods: options.periods, minutes: options.minutes, activity: options.activity },
  };
}

function elementsSection(unit: UnitInput, taskTemplate: string, vars: Vars, file: string, record: string): WorksheetSection {
  const tasks =
    unit.elements.length > 0
      ? unit.elements.map((e) => ({
          prompt: fillLine(taskTemplate, { ...vars, element: e.name }, { file, record, field: 'elementTask' }),
          lines: 2,
        }))
      : [{ prompt: { blank: w.elementsWorksheetBlank }, lines: 3 }];
  return { heading: w.elementsWorksheetHeading, tasks: [...tasks, { prompt: w.ksaWorksheetTask, lines: 2 }] };
}
