/**
 * The competence lesson for one NCS unit. Official elements and criteria, when imported, become
 * what is taught and the rubric. Without them the lesson runs on what the unit really has: its
 * name, level and what the level means, the jobs that use it, a seed's KSA where attributed, and
 * the standards of a 전문교과 area of the same name. One blank is left for the missing elements.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { lessonId, listOr, seriesLength, uniqueSources, vocationalAreaOf, worksheetSection } from './build-common.ts';
import { buildDesign, placedLayout } from './build-design.ts';
import { shortName } from './build-job.ts';
import { ncsLink } from './build-ncs-link.ts';
import { timingOf, type PeriodPart } from './build-periods.ts';
import { fillLine, type Vars } from './fill.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { AssessmentItem, LessonDesign, RubricRow, WorksheetSection } from './types.ts';
import { unitSitePages } from './site-pages.ts';

/** How many 전문교과 standards become rubric rows: the area's first bundle (묶음) fits one lesson. */
const VOCATIONAL_RUBRIC_ROWS = 3;

export function buildUnitLesson(
  unit: UnitInput,
  jobs: readonly JobInput[],
  templates: LessonTemplates,
  options: LessonOptions,
  /** Set when this unit is one part of a series (build-unit-series.ts); `options.periods` is then this part's periods. */
  part?: PeriodPart,
): LessonDesign {
  const t = templates.unitLesson[options.school];
  const file = templates.unitLessonFile[options.school];
  const record = lessonId('unit', unit.code, options.school);
  const usedBy = jobs.filter((j) => j.ncsUnits.includes(unit.code));
  const vocational = vocationalAreaOf(templates, unit.name);
  const ksa = [...unit.knowledge, ...unit.skills, ...unit.attitudes];

  const vars: Vars = {
    unit: unit.name,
    code: unit.code,
    seriesLength: seriesLength(part?.total ?? options.periods),
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
    ksa: listOr(ksa, w.missingKsa),
    knowledge: listOr(unit.knowledge, w.missingKsa),
    skills: listOr(unit.skills, w.missingKsa),
    attitudes: listOr(unit.attitudes, w.missingKsa),
    ksaSource: unit.ksaNote ?? (ksa.length > 0 ? w.ksaOfficial : { missing: w.missingKsa }),
    jobs: listOr(
      usedBy.map((j) => shortName(j.title)),
      w.missingJobs,
    ),
    vocationalArea: vocational ? vocational.area.area : { missing: w.missingVocational },
    vocationalStandards: vocational
      ? vocational.area.standards
          .slice(0, VOCATIONAL_RUBRIC_ROWS)
          .map((s) => `${s.code} ${s.text}`)
          .join(' / ')
      : { missing: w.missingVocational },
  };
  const layout = placedLayout(t.layouts, options.periods, (id) => ({ id, path: `blocks.${id}`, block: t.blocks[id]! }));

  // The unit's own criteria are its yardstick. Without them, a high-school lesson may measure the task
  // by the 전문교과 standards of the same name, labelled as such; otherwise the template's rows stand.
  const vocationalRows = options.school === 'high' && vocational ? vocational.area.standards.slice(0, VOCATIONAL_RUBRIC_ROWS) : [];
  const rubric: RubricRow[] =
    unit.criteria.length > 0
      ? unit.criteria.map((c) => ({ criterion: c, ...t.rubricFromCriterion }))
      : vocationalRows.map((s) => ({
          criterion: `${s.code} ${s.text}${w.vocationalRubricSuffix(vocational!.area.area)}`,
          ...(t.standardRubric[s.code] ?? t.rubricFromCriterion),
        }));
  const assessment: AssessmentItem[] =
    unit.criteria.length > 0
      ? [{ method: w.criteriaMethod, criteria: w.criteriaCount(unit.criteria.length), timing: timingOf(layout, 'apply', part) }]
      : vocationalRows.length > 0
        ? [
            {
              method: w.vocationalMethod,
              criteria: w.vocationalCriteria(vocational!.area.area, vocationalRows.map((s) => s.code).join(', ')),
              timing: timingOf(layout, 'apply', part),
            },
          ]
        : [];

  const gaps: string[] = [];
  if (unit.definition === null || unit.elements.length === 0) gaps.push(w.gapUnitData(unit.name));
  if (unit.ksaNote) gaps.push(`${w.gapKsaPrefix} ${unit.ksaNote}`);

  return buildDesign(
    {
      kind: 'unit-lesson',
      id: record,
      template: t,
      file,
      vars,
      reading: null,
      // The 전문교과 standards the lesson assesses (its rubric rows) belong with its 관련 성취기준.
      standards: vocationalRows,
      pages: unitSitePages(
        unit,
        usedBy.map((j) => ({ slug: j.slug, name: shortName(j.title) })),
      ),
      layout,
      ...(part ? { part } : {}),
      job: null,
      unit: { code: unit.code, name: unit.name, level: unit.level },
      vocational: vocational?.area ?? null,
      rubric,
      assessment,
      worksheetSection: (b) =>
        b.id === 'elements' && unit.elements.length > 0
          ? elementsSection(unit, t.elementTask, vars, file, record)
          : t.worksheet.sections[b.id]
            ? worksheetSection(t.worksheet.sections[b.id]!, vars, file, record, `worksheet.sections.${b.id}`)
            : null,
      // In a series every section names its unit.
      sectionPrefix: part ? unit.name : null,
      ncs: { units: [ncsLink(unit, true)], basicCompetences: [], note: w.unitNcsNote },
      gaps,
      sources: (curriculumSources) => uniqueSources([unit.sources, curriculumSources, vocational?.sources ?? []]),
    },
    templates,
    options,
  );
}

/** With official elements, the worksheet asks one question per element. */
function elementsSection(unit: UnitInput, taskTemplate: string, vars: Vars, file: string, record: string): WorksheetSection {
  const tasks = unit.elements.map((e) => ({
    prompt: fillLine(taskTemplate, { ...vars, element: e.name }, { file, record, field: 'elementTask' }),
    lines: 2,
  }));
  return { heading: w.elementsWorksheetHeading, tasks: [...tasks, { prompt: w.ksaWorksheetTask, lines: 2 }] };
}
