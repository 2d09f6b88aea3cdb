/**
 * Builds the chosen design in the browser with the generator's own builder and option rules
 * (resolveOptions over content/lessons/defaults.yaml), from the data files the build wrote.
 */
import { buildLessonDesigns } from '../model/lesson/build.ts';
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
 * The designs for a request: one for a job, one per unit. `units` must hold every unit the jobs
 * name and the chosen units (each once).
 */
export function buildDesigns(data: DesignerLessonData, units: readonly UnitInput[], options: LessonOptions): LessonDesign[] {
  return buildLessonDesigns({ templates: data.templates, jobs: data.jobs, units }, options, {
    file: '주소',
    jobsField: 'job',
    unitsField: 'unit',
  });
}
