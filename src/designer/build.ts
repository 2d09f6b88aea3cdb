/**
 * Builds the chosen design in the browser with the generator's own builder and option rules
 * (resolveOptions over content/lessons/defaults.yaml), from the data files the build wrote.
 */
import { buildLessonDesigns } from '../model/lesson/build.ts';
import { seriesProblem } from '../model/lesson/build-unit-series.ts';
import { OptionError } from '../model/lesson/errors.ts';
import type { UnitInput } from '../model/lesson/inputs.ts';
import { resolveOptions } from '../model/lesson/options.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import type { LessonOptions } from '../schemas/lesson-options.ts';
import { designerText as T } from '../ui/designer.ts';
import { buildErrorText } from './build-error.ts';
import { dutyOfUnitCode, type DesignerIndex, type DesignerLessonData, type DutyUnits } from '../model/lesson/designer-data.ts';
import type { DesignerRequest, Problem, Target } from './query.ts';

export function designerOptions(data: DesignerLessonData, request: Pick<DesignerRequest, 'target' | 'options'>): LessonOptions {
  const t = request.target;
  return resolveOptions(data.templates.defaults, {
    ...request.options,
    jobs: t?.kind === 'job' ? [t.slug] : [],
    units: t?.kind === 'units' ? t.codes : [],
  });
}

/**
 * The designs for a request, by the generator's one entry point (the command line calls it too):
 * one for a job, one for one unit, and one series for several units. `units` must hold every unit
 * the jobs name and the chosen units (each once).
 */
export function buildDesigns(data: DesignerLessonData, units: readonly UnitInput[], options: LessonOptions): LessonDesign[] {
  return buildLessonDesigns({ templates: data.templates, jobs: data.jobs, units }, options);
}

/** The units a request needs, as the page loads them: every unit the jobs name and the chosen ones, and chosen codes not found. */
export type UnitLoader = (target: Target) => Promise<{ units: UnitInput[]; missing: string[] }>;

/**
 * The page's loader: the units of every job and the chosen units, read by 세분류 (one data file each,
 * see src/model/lesson/designer-data.ts) through `dutyUnits`, which gives [] for a 세분류 the index does not list.
 */
export function pageUnits(index: DesignerIndex, lesson: DesignerLessonData, dutyUnits: (duty: string) => Promise<DutyUnits>): UnitLoader {
  return async (target) => {
    const wanted = new Set<string>(lesson.jobs.flatMap((j) => j.ncsUnits));
    const chosen = target?.kind === 'units' ? target.codes : [];
    for (const c of chosen) wanted.add(c);
    const duties = [...new Set([...wanted].map(dutyOfUnitCode))].filter((d) => /^\d{8}$/.test(d) && index.duties.some((x) => x.code === d));
    const byCode = new Map<string, UnitInput>();
    for (const list of await Promise.all(duties.map(dutyUnits))) for (const u of list) byCode.set(u.code, u);
    return { units: [...byCode.values()], missing: chosen.filter((c) => !byCode.has(c)) };
  };
}

export interface Resolved {
  /** The request as drawn: bad values left out, a safe target, the periods a series needs. */
  clean: DesignerRequest;
  options: LessonOptions;
  designs: LessonDesign[];
}

/**
 * What the page shows for a request: the checks, the fallbacks and the build, in one place, so the
 * page and the tests (which reload and reopen through this) build the very same design.
 */
export async function resolveRequest(
  index: DesignerIndex,
  lesson: DesignerLessonData,
  request: DesignerRequest,
  loadUnits: UnitLoader,
): Promise<Resolved> {
  const problems: Problem[] = [...request.problems];
  let target = request.target;
  if (target?.kind === 'job') {
    const slug = target.slug;
    if (!index.jobs.some((j) => j.slug === slug)) {
      problems.push({ field: 'job', message: T.problems.job(slug) });
      target = null;
    }
  }
  const got = await loadUnits(target);
  if (target?.kind === 'units' && got.missing.length > 0) {
    for (const code of got.missing) problems.push({ field: 'unit', message: T.problems.unit(code) });
    const codes = target.codes.filter((c) => !got.missing.includes(c));
    target = codes.length > 0 ? { kind: 'units', codes } : null;
  }
  if (target === null && problems.some((p) => p.field === 'job' || p.field === 'unit') && index.jobs[0]) {
    // A safe default beats an empty page: the first job's design.
    target = { kind: 'job', slug: index.jobs[0].slug };
  }
  let chosenOptions = request.options;
  if (target?.kind === 'units') {
    // The activity belongs to job designs: the address leaves it out for units (toQuery), so the design must too.
    const { activity: _unused, ...rest } = chosenOptions;
    chosenOptions = rest;
    // Several units are one series with a period each: never a series that silently leaves a unit out.
    const asked = designerOptions(lesson, { target, options: request.options }).periods;
    const problem = seriesProblem(target.codes.length, asked);
    if (problem !== null) {
      problems.push({ field: 'periods', message: T.problems.seriesPeriods(problem, target.codes.length) });
      chosenOptions = { ...chosenOptions, periods: target.codes.length };
    }
  }
  const clean: DesignerRequest = { target, options: chosenOptions, problems };
  const options = designerOptions(lesson, clean);
  let designs: LessonDesign[] = [];
  if (target !== null) {
    try {
      designs = buildDesigns(lesson, got.units, options);
    } catch (e) {
      // A request the generator cannot make is said beside its own control; anything else beside the subject.
      const field = e instanceof OptionError && e.field !== 'out' ? e.field : target.kind === 'job' ? 'job' : 'unit';
      problems.push({ field, message: T.problems.build(buildErrorText(e)) });
    }
  }
  return { clean, options, designs };
}
