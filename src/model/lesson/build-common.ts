/** Parts every design shares: audience, curriculum standards, periods and goals, worksheet sections, sources. */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { designGoals, type PlacedBlock } from './build-periods.ts';
import { fillLine, type Vars } from './fill.ts';
import type { LessonTemplates } from './templates.ts';
import type { Audience, Blank, LessonDesign, PeriodPlan, SourceRef, StandardRef, WorksheetSection } from './types.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';

/** The fields of a design that follow from the options and the planned periods alone, the same for both kinds. */
export type DesignSetting = Pick<
  LessonDesign,
  'audience' | 'periods' | 'minutesPerPeriod' | 'standards' | 'standardsNote' | 'goals' | 'periodPlans'
>;

/**
 * Audience, periods and their length, the curriculum standards the placed blocks name (or a blank for the
 * teacher), goals and period plans. Spread `setting` into the design; `curriculumSources` belong in its sources.
 */
export function designSetting(
  templates: LessonTemplates,
  options: LessonOptions,
  layout: readonly PlacedBlock[][],
  periodPlans: PeriodPlan[],
): { setting: DesignSetting; curriculumSources: SourceRef[] } {
  const { standards, note, sources } = standardsOf(templates, options, layout);
  return {
    setting: {
      audience: audienceOf(templates, options),
      periods: options.periods,
      minutesPerPeriod: options.minutes,
      standards,
      standardsNote: note,
      goals: designGoals(periodPlans),
      periodPlans,
    },
    curriculumSources: sources,
  };
}

function audienceOf(templates: LessonTemplates, options: LessonOptions): Audience {
  const label =
    options.grade === null ? templates.defaults.audience[options.school] : w.gradeLabel(w.schoolNames[options.school], options.grade);
  return { school: options.school, label };
}

/**
 * The verified standards of the school level's curriculum that the placed blocks name. Codes
 * of another school level do not carry over; when nothing fits, the teacher gets a blank.
 */
function standardsOf(
  templates: LessonTemplates,
  options: LessonOptions,
  layout: readonly PlacedBlock[][],
): { standards: StandardRef[]; note: Blank | null; sources: SourceRef[] } {
  const entry = templates.curricula.find((c) => c.curriculum.school === options.school);
  const codes = [...new Set(layout.flat().flatMap((b) => b.block.standards))];
  const standards: StandardRef[] = [];
  for (const code of codes) {
    const s = entry?.curriculum.standards.find((x) => x.code === code);
    if (!s || !entry) continue;
    const area = entry.curriculum.areas.find((a) => a.code === s.area)!;
    standards.push({ code: s.code, curriculum: entry.curriculum.name, area: area.name, summary: s.summary });
  }
  const note: Blank | null =
    standards.length > 0
      ? null
      : {
          blank: w.standardsBlank(
            entry ? `${entry.curriculum.name}. ${entry.curriculum.note}` : w.noCurriculum(w.schoolNames[options.school]),
          ),
        };
  return { standards, note, sources: entry ? entry.sources.map((s) => ({ ...s })) : [] };
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

/** A list joined for a sentence, or why it is missing. */
export function listOr(list: readonly string[], missing: string): string | { missing: string } {
  return list.length > 0 ? list.join(', ') : { missing };
}

/** A worksheet section of a template with its prompts filled in; `path` is where it lives in the template file. */
export function worksheetSection(
  section: { heading: string; tasks: { prompt: string; lines: number }[] },
  vars: Vars,
  file: string,
  record: string,
  path: string,
): WorksheetSection {
  return {
    heading: section.heading,
    tasks: section.tasks.map((task, i) => ({
      prompt: fillLine(task.prompt, vars, { file, record, field: `${path}.tasks[${i}].prompt` }),
      lines: task.lines,
    })),
  };
}
