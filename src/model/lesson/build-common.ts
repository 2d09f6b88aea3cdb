/** Parts every design shares: audience, curriculum standards, periods and goals, worksheet sections, sources. */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { designGoals, placedSteps, type PlacedBlock } from './build-periods.ts';
import { fillLines, fillTemplateLine, fillText, type Vars } from './fill.ts';
import type { LessonTemplates } from './templates.ts';
import type { CurriculumFile, HandoutTemplate, LineTemplate } from './template-schema.ts';
import type {
  Audience,
  Blank,
  Handout,
  LessonDesign,
  PeriodPlan,
  PeriodSupplies,
  SchoolLevel,
  SourceRef,
  StandardRef,
  VocationalArea,
  WorksheetSection,
} from './types.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { jobLessonId, unitLessonId } from '../routes.ts';
import { lessonError } from './errors.ts';

/** The fields of a design that follow from the options and the planned periods alone, the same for both kinds. */
export type DesignSetting = Pick<
  LessonDesign,
  'audience' | 'periods' | 'minutesPerPeriod' | 'standards' | 'standardsNote' | 'standardsCheck' | 'goals' | 'periodPlans' | 'supplies'
>;

/**
 * Audience, periods and their length, the curriculum standards the placed blocks name (or a blank for the
 * teacher), goals, period plans and their 준비물. Spread `setting` into the design; `curriculumSources` belong in its sources.
 */
export function designSetting(
  templates: LessonTemplates,
  options: LessonOptions,
  layout: readonly PlacedBlock[][],
  periodPlans: PeriodPlan[],
  supplies: PeriodSupplies[],
): { setting: DesignSetting; curriculumSources: SourceRef[] } {
  const { standards, note, sources } = standardsOf(templates, options, layout);
  return {
    setting: {
      audience: audienceOf(templates, options),
      periods: options.periods,
      minutesPerPeriod: options.minutes,
      standards,
      standardsNote: note,
      standardsCheck: checkNote(standards),
      goals: designGoals(periodPlans),
      periodPlans,
      supplies,
    },
    curriculumSources: sources,
  };
}

function audienceOf(templates: LessonTemplates, options: LessonOptions): Audience {
  const label =
    options.grade === null ? templates.defaults.audience[options.school] : w.gradeLabel(w.schoolNames[options.school], options.grade);
  return { school: options.school, label };
}

/** One sentence for the teacher when any quoted standard is not yet confirmed against the 고시. */
export function checkNote(standards: readonly StandardRef[]): string | null {
  return standards.some((s) => s.confidence !== 'H') ? w.standardsCheck : null;
}

export function standardRef(curriculum: CurriculumFile, code: string): StandardRef | null {
  const s = curriculum.standards.find((x) => x.code === code);
  if (!s) return null;
  const area = curriculum.areas.find((a) => a.code === s.area)!;
  return {
    code: s.code,
    curriculum: curriculum.name,
    gosi: curriculum.gosi,
    area: area.name,
    text: s.text,
    confidence: s.confidence,
    check: s.confidence === 'H' ? null : w.standardCheck,
  };
}

/**
 * The official standards of the school level's 「진로와 직업」 that the placed blocks name. Codes of
 * another school level or curriculum do not carry over; when nothing fits, the teacher gets a blank.
 */
function standardsOf(
  templates: LessonTemplates,
  options: LessonOptions,
  layout: readonly PlacedBlock[][],
): { standards: StandardRef[]; note: Blank | null; sources: SourceRef[] } {
  const career = templates.curricula.filter((c) => c.curriculum.kind === 'career' && c.curriculum.school === options.school);
  const codes = [
    ...new Set(
      layout.flatMap((blocks) => blocks.flatMap((b) => [...b.block.standards, ...placedSteps(b, blocks).flatMap((s) => s.standards)])),
    ),
  ];
  const standards: StandardRef[] = [];
  const used = new Set<(typeof career)[number]>();
  for (const code of codes) {
    for (const entry of career) {
      const ref = standardRef(entry.curriculum, code);
      if (ref) {
        standards.push(ref);
        used.add(entry);
        break;
      }
    }
  }
  const note: Blank | null = standards.length > 0 ? null : { blank: w.standardsBlank(w.schoolNames[options.school]) };
  return { standards, note, sources: [...used].flatMap((e) => e.sources.map((s) => ({ ...s }))) };
}

/**
 * The 전문교과 area whose name is the unit's name (spacing aside), with its standards: a related school
 * subject for 특성화고 teachers, never the unit's own criteria. No source maps them unit by unit.
 */
export function vocationalAreaOf(templates: LessonTemplates, unitName: string): { area: VocationalArea; sources: SourceRef[] } | null {
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const { curriculum, sources } of templates.curricula) {
    if (curriculum.kind !== 'vocational') continue;
    const area = curriculum.areas.find((a) => squash(a.name) === squash(unitName));
    if (!area) continue;
    const standards = curriculum.standards.filter((s) => s.area === area.code).map((s) => standardRef(curriculum, s.code)!);
    return {
      area: { area: area.name, curriculum: curriculum.name, gosi: curriculum.gosi, note: w.vocationalNote(area.name), standards },
      sources: sources.map((s) => ({ ...s })),
    };
  }
  return null;
}

/** The options a design records (the grade shows in its setting line, not here). */
export function designOptions(options: LessonOptions): LessonDesign['options'] {
  return { school: options.school, periods: options.periods, minutes: options.minutes, activity: options.activity, style: options.style };
}

/**
 * A design's id and page address. Middle-school ids stay as they were (job-cs-manager); the
 * high-school design of the same job or unit adds "-high".
 */
export function lessonId(kind: 'job' | 'unit', key: string, school: SchoolLevel): string {
  return kind === 'job' ? jobLessonId(key, school) : unitLessonId(key, school);
}

/** Sources once each (by title and publisher), in the order first met. */
export function uniqueSources(lists: readonly (readonly SourceRef[])[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of lists.flat()) {
    const key = `${s.title}|${s.publisher ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...s });
  }
  return out;
}

/** "3차시" for a lesson of several periods; missing for a single one, so templates can say it only when it is true. */
export function seriesLength(periods: number): string | { missing: string } {
  return periods > 1 ? w.seriesLength(periods) : { missing: w.singlePeriod };
}

/** A list joined for a sentence, or why it is missing. */
export function listOr(list: readonly string[], missing: string): string | { missing: string } {
  return list.length > 0 ? list.join(', ') : { missing };
}

/** A worksheet section of a template with its prompts filled in; `path` is where it lives in the template file. */
export function worksheetSection(
  section: { heading: string; tasks: { prompt: LineTemplate; lines: number }[] },
  vars: Vars,
  file: string,
  record: string,
  path: string,
): WorksheetSection {
  const tasks: WorksheetSection['tasks'] = [];
  section.tasks.forEach((task, i) => {
    const prompt = fillTemplateLine(task.prompt, vars, { file, record, field: `${path}.tasks[${i}].prompt` });
    if (prompt !== null) tasks.push({ prompt, lines: task.lines });
  });
  return { heading: section.heading, tasks };
}

/** What a reading handout holds: the job page's parts, where they come from, and the page. */
export type ReadingData = Pick<Extract<Handout, { kind: 'reading' }>, 'sections' | 'source' | 'page'>;

/** The handouts the placed steps name, in the order first used, with their lines filled in. */
export function handoutsOf(
  ids: readonly string[],
  templates: Readonly<Record<string, HandoutTemplate>>,
  vars: Vars,
  file: string,
  record: string,
  reading: ReadingData | null,
): Handout[] {
  return [...new Set(ids)].map((id): Handout => {
    const h = templates[id]!;
    if (h.kind === 'reading') {
      if (reading === null) throw lessonError(file, record, `handouts.${id}`, w.readingNeedsJob);
      return {
        kind: 'reading',
        id,
        title: fillText(h.title, vars, { file, record, field: `handouts.${id}.title` }),
        intro: fillText(h.intro, vars, { file, record, field: `handouts.${id}.intro` }),
        sections: structuredClone(reading.sections),
        source: reading.source,
        page: { ...reading.page },
      };
    }
    if (h.kind === 'cards')
      return { kind: 'cards', id, title: h.title, intro: h.intro, cards: h.cards.map((c) => ({ ...c, lines: [...c.lines] })) };
    return {
      kind: 'table',
      id,
      title: fillText(h.title, vars, { file, record, field: `handouts.${id}.title` }),
      intro: fillText(h.intro, vars, { file, record, field: `handouts.${id}.intro` }),
      columns: [...h.columns],
      rows: fillLines(h.rows, vars, { file, record, field: `handouts.${id}.rows` }),
      emptyRows: h.emptyRows,
      cellLines: h.cellLines,
    };
  });
}
