/**
 * The one skeleton every design is built on: a job's career series, a unit's competence lesson,
 * and each unit's part of a series (build-unit-series.ts joins the parts). Each kind says only
 * what is its own (its template and placeholders, which blocks go in which period, its extra
 * rubric rows and assessment, its worksheet sections, its NCS part, gaps and sources); the
 * skeleton plans the periods and puts the design together the same way for all.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { checkNote, designOptions, designSetting, handoutsOf, type ReadingData, worksheetSection } from './build-common.ts';
import { buildPeriods, timingOf, type PeriodPart, type PlacedBlock } from './build-periods.ts';
import { fillLine, fillText, type Vars } from './fill.ts';
import type { JobSeriesTemplate, UnitLessonTemplate } from './template-schema.ts';
import type { LessonTemplates } from './templates.ts';
import { inPlanStyle } from './plan-style.ts';
import type { SitePages } from './site-pages.ts';
import type { AssessmentItem, DesignKind, LessonDesign, RubricRow, SourceRef, StandardRef, WorksheetSection } from './types.ts';

/** What the two kinds of template have in common. */
export type DesignTemplate = Pick<
  JobSeriesTemplate & UnitLessonTemplate,
  'title' | 'summary' | 'openingFirst' | 'opening' | 'closing' | 'closingLast' | 'worksheet' | 'assessment' | 'rubric' | 'handouts'
>;

export interface DesignSpec {
  kind: DesignKind;
  id: string;
  template: DesignTemplate;
  /** The template's file, for messages about its text. */
  file: string;
  vars: Vars;
  /** Which pages of the site the template's page keys are for this design. */
  pages: SitePages;
  /** What a reading handout holds (job designs); null when the design has no job page to read. */
  reading: ReadingData | null;
  /** Standards beyond the template's the design teaches to (a high-school unit's 「고객 관리」 area), listed with them. */
  standards: StandardRef[];
  /** Which blocks go in which period. */
  layout: PlacedBlock[][];
  /** In a series: this part's place in it. */
  part?: PeriodPart;
  job: LessonDesign['job'];
  unit: LessonDesign['unit'];
  vocational: LessonDesign['vocational'];
  /** Rubric rows after the template's own. */
  rubric: RubricRow[];
  /** Assessment after the template's own, given the placed layout. */
  assessment: AssessmentItem[];
  /** The worksheet section a placed block brings, if any. */
  worksheetSection: (block: PlacedBlock) => WorksheetSection | null;
  /** Said before every worksheet heading (a series names each section's unit). */
  sectionPrefix: string | null;
  ncs: LessonDesign['ncs'];
  gaps: string[];
  /** The design's sources, given the curriculum's (for the standards the periods quote). */
  sources: (curriculumSources: SourceRef[]) => SourceRef[];
}

export function buildDesign(spec: DesignSpec, templates: LessonTemplates, options: LessonOptions): LessonDesign {
  const { template: t, file, id: record, vars, layout, part } = spec;
  const at = (field: string) => ({ file, record, field });
  const planned = buildPeriods({
    file,
    openingFirst: t.openingFirst,
    opening: t.opening,
    closing: t.closing,
    closingLast: t.closingLast,
    layout,
    layoutRecord: `layouts.${options.periods}`,
    minutes: options.minutes,
    vars,
    pages: spec.pages,
    record,
    ...(part ? { part } : {}),
  });
  const { setting, curriculumSources } = designSetting(templates, options, layout, planned.plans, planned.supplies);
  if (spec.standards.length > 0) {
    setting.standards = [...setting.standards, ...spec.standards.map((s) => ({ ...s }))];
    setting.standardsNote = null;
    setting.standardsCheck = checkNote(setting.standards);
  }

  const sections: WorksheetSection[] = [];
  for (const block of layout.flat()) {
    const section = spec.worksheetSection(block);
    if (section) sections.push(section);
  }
  if (spec.sectionPrefix !== null) for (const section of sections) section.heading = `${spec.sectionPrefix}: ${section.heading}`;
  // The closing section comes once, at the end of the design (or of the series).
  const closing = t.worksheet.sections['closing'];
  if (closing && (part?.last ?? true)) sections.push(worksheetSection(closing, vars, file, record, 'worksheet.sections.closing'));

  const design: LessonDesign = {
    id: record,
    kind: spec.kind,
    title: fillText(t.title, vars, at('title')),
    summary: fillText(t.summary, vars, at('summary')),
    job: spec.job,
    unit: spec.unit,
    ...setting,
    vocational: spec.vocational,
    assessment: {
      items: [
        ...t.assessment.map((a, i) => ({
          method: a.method,
          criteria: fillLine(a.criteria, vars, at(`assessment[${i}].criteria`)),
          timing: timingOf(layout, a.block, part),
        })),
        ...spec.assessment,
      ],
      rubric: [...t.rubric.map((r, i) => ({ ...r, criterion: fillLine(r.criterion, vars, at(`rubric[${i}].criterion`)) })), ...spec.rubric],
    },
    worksheet: { title: fillText(t.worksheet.title, vars, at('worksheet.title')), intro: t.worksheet.intro, sections },
    handouts: handoutsOf(planned.handoutIds, t.handouts, vars, file, record, spec.reading),
    ncs: spec.ncs,
    gaps: spec.gaps,
    sources: spec.sources(curriculumSources),
    options: designOptions(options),
  };
  return options.style === 'plan' ? inPlanStyle(design) : design;
}

/** The blocks of each period, from the template's layout for this many periods. */
export function placedLayout(layouts: Record<string, string[][]>, periods: number, place: (id: string) => PlacedBlock): PlacedBlock[][] {
  // The template schema has a layout for every period count a teacher may choose.
  return layouts[String(periods)]!.map((ids) => ids.map(place));
}
