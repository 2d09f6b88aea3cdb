/**
 * Several NCS units as ONE competence series: each unit is taught by the single-unit builder over
 * its share of the periods, and the parts are joined into one design. The first period opens the
 * series; each later one recalls the period before, even across units; only the last ends with
 * the evaluation. Nothing is dropped: fewer periods than units is an error, never a shorter series.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { checkNote, designOptions, lessonId, uniqueSources } from './build-common.ts';
import { designGoals } from './build-periods.ts';
import { buildUnitLesson } from './build-unit.ts';
import { OptionError } from './errors.ts';
import { requestProblems } from '../../ui/lesson-requests.ts';
import { fillText } from './fill.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { AssessmentItem, Handout, LessonDesign, RubricRow, StandardRef } from './types.ts';

/**
 * Periods per unit: one each, and any extra periods spread from the first unit on, so that no
 * unit gets two more than another (3 units in 4 periods: 2, 1, 1).
 */
export function seriesPeriods(units: number, periods: number): number[] {
  const base = Math.floor(periods / units);
  return Array.from({ length: units }, (_, i) => base + (i < periods % units ? 1 : 0));
}

/** The problem with these counts in Korean, or null when every unit gets at least one period. */
export function seriesProblem(units: number, periods: number): string | null {
  return units > periods ? w.unitSeriesTooFewPeriods(units, periods) : null;
}

export function buildUnitSeries(
  units: readonly UnitInput[],
  jobs: readonly JobInput[],
  templates: LessonTemplates,
  options: LessonOptions,
): LessonDesign {
  if (units.length === 0) throw new OptionError('unit', requestProblems.emptySeries);
  if (units.length === 1) return buildUnitLesson(units[0]!, jobs, templates, options);
  const problem = seriesProblem(units.length, options.periods);
  if (problem !== null) throw new OptionError('periods', problem);

  const shares = seriesPeriods(units.length, options.periods);
  const parts: LessonDesign[] = [];
  let offset = 0;
  for (const [i, unit] of units.entries()) {
    const before = parts.at(-1);
    parts.push(
      buildUnitLesson(
        unit,
        jobs,
        templates,
        { ...options, periods: shares[i]! },
        {
          offset,
          previousTitle: before ? before.periodPlans.at(-1)!.title : null,
          last: i === units.length - 1,
          total: options.periods,
          titlePrefix: unit.name,
        },
      ),
    );
    offset += shares[i]!;
  }

  const names = units.map((u) => u.name);
  const t = templates.unitLesson[options.school];
  const file = templates.unitLessonFile[options.school];
  const record = lessonId('unit', units.map((u) => u.code).join('+'), options.school);
  const periodPlans = parts.flatMap((p) => p.periodPlans);
  const standards = uniqueBy(
    parts.flatMap((p) => p.standards),
    (s: StandardRef) => `${s.curriculum}|${s.code}`,
  );
  const first = parts[0]!;

  return {
    id: record,
    kind: 'unit-lesson',
    title: fillText(t.title, { unit: w.unitSeriesNames(names) }, { file, record, field: 'title' }),
    summary: w.unitSeriesSummary(names, options.periods),
    job: null,
    // A series is about several units: ncs.units lists them all.
    unit: null,
    audience: first.audience,
    periods: options.periods,
    minutesPerPeriod: options.minutes,
    standards,
    standardsNote: standards.length > 0 ? null : first.standardsNote,
    standardsCheck: checkNote(standards),
    vocational: parts.find((p) => p.vocational !== null)?.vocational ?? null,
    goals: designGoals(periodPlans),
    periodPlans,
    assessment: {
      items: mergedItems(parts.flatMap((p) => p.assessment.items)),
      rubric: uniqueBy(
        parts.flatMap((p) => p.assessment.rubric),
        (r: RubricRow) => JSON.stringify(r.criterion),
      ),
    },
    worksheet: {
      title: fillText(t.worksheet.title, { unit: w.unitSeriesNames(names) }, { file, record, field: 'worksheet.title' }),
      intro: first.worksheet.intro,
      sections: parts.flatMap((p) => p.worksheet.sections),
    },
    supplies: parts.flatMap((p) => p.supplies),
    handouts: seriesHandouts(parts.map((p, i) => ({ unit: names[i]!, handouts: p.handouts }))),
    ncs: { units: parts.flatMap((p) => p.ncs.units), basicCompetences: [], note: first.ncs.note },
    gaps: [...new Set(parts.flatMap((p) => p.gaps))],
    sources: uniqueSources(parts.map((p) => p.sources)),
    options: designOptions(options),
  };
}

function uniqueBy<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** An assessment the parts share is said once, at every time it happens. */
function mergedItems(list: readonly AssessmentItem[]): AssessmentItem[] {
  const out: AssessmentItem[] = [];
  for (const item of list) {
    const same = out.find((o) => o.method === item.method && JSON.stringify(o.criteria) === JSON.stringify(item.criteria));
    if (!same) out.push({ ...item });
    else if (!same.timing.split(', ').includes(item.timing)) same.timing = `${same.timing}, ${item.timing}`;
  }
  return out;
}

/**
 * The same handout once. A handout whose text differs by unit keeps each version, under its own
 * id and with the unit named in its title, so the printout says which sheet is for which period.
 */
function seriesHandouts(parts: readonly { unit: string; handouts: readonly Handout[] }[]): Handout[] {
  const versions = new Map<string, Set<string>>();
  for (const { handouts } of parts)
    for (const h of handouts) (versions.get(h.id) ?? versions.set(h.id, new Set()).get(h.id)!).add(JSON.stringify(h));
  const out: Handout[] = [];
  const seen = new Set<string>();
  for (const { unit, handouts } of parts) {
    for (const h of handouts) {
      const key = JSON.stringify(h);
      if (seen.has(key)) continue;
      seen.add(key);
      if (versions.get(h.id)!.size === 1) out.push(h);
      else {
        const n = out.filter((o) => o.id === h.id || o.id.startsWith(`${h.id}-`)).length;
        out.push({ ...h, id: n === 0 ? h.id : `${h.id}-${n + 1}`, title: w.unitSeriesHandout(h.title, unit) });
      }
    }
  }
  return out;
}
