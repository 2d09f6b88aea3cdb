/**
 * Builds the chosen design in the browser with the generator's own builder and option rules
 * (resolveOptions over content/lessons/defaults.yaml), from the data files the build wrote.
 */
import { buildLessonDesigns } from '../model/lesson/build.ts';
import { buildUnitSeries } from '../model/lesson/build-unit-series.ts';
import { lessonError } from '../model/lesson/errors.ts';
import type { UnitInput } from '../model/lesson/inputs.ts';
import { resolveOptions } from '../model/lesson/options.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import type { LessonOptions } from '../schemas/lesson-options.ts';
import type { DesignerLessonData } from './data-types.ts';
import type { DesignerRequest } from './query.ts';

export function designerOptions(data: DesignerLessonData, request: Pick<DesignerRequest, 'target' | 'options'>): LessonOptions {
  const t = request.target;
  return resolveOptions(data.templates.defaults, {
    ...request.options,
    jobs: t?.kind === 'job' ? [t.slug] : [],
    units: t?.kind === 'units' ? t.codes : [],
  });
}

/**
 * The designs for a request: one for a job, one for one unit, and one series for several units.
 * `units` must hold every unit the jobs name and the chosen units (each once).
 */
export function buildDesigns(data: DesignerLessonData, units: readonly UnitInput[], options: LessonOptions): LessonDesign[] {
  const codes = [...new Set(options.units ?? [])];
  if (codes.length > 1 && (options.jobs ?? []).length === 0) {
    const chosen = codes.map((code) => {
      const unit = units.find((u) => u.code === code);
      if (!unit) throw lessonError('주소', null, 'unit', `능력단위 "${code}"가 NCS 자료에 없어요`);
      return unit;
    });
    return [buildUnitSeries(chosen, data.jobs, data.templates, options, { file: '주소', periodsField: 'periods' })];
  }
  return buildLessonDesigns({ templates: data.templates, jobs: data.jobs, units }, options, {
    file: '주소',
    jobsField: 'job',
    unitsField: 'unit',
  });
}
