/**
 * Builds every requested lesson design from checked inputs. Cross-record problems (a job naming
 * a unit the NCS data does not have) are caught here, as are requests that cannot be made.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { buildJobSeries } from './build-job.ts';
import { buildUnitLesson } from './build-unit.ts';
import { buildUnitSeries } from './build-unit-series.ts';
import { lessonError, OptionError } from './errors.ts';
import { requestProblems } from '../../ui/lesson-requests.ts';
import { resolveOptions } from './options.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { LessonDesign } from './types.ts';

export interface LessonInputs {
  templates: LessonTemplates;
  jobs: readonly JobInput[];
  units: readonly UnitInput[];
}

/**
 * Every design a request asks for: the one entry point of the command line and the designer.
 * No job and no unit chosen: a design for every job and every unit (the site's set). Otherwise a
 * design for each chosen job, and for the chosen units one design: a unit's lesson for one unit,
 * one series with a period per unit for several. A chosen job or unit that does not exist, or a
 * series with fewer periods than units, is an OptionError in the teacher's words.
 */
export function buildLessonDesigns(inputs: LessonInputs, options: LessonOptions): LessonDesign[] {
  const unitsByCode = new Map<string, UnitInput>();
  for (const unit of inputs.units) {
    const first = unitsByCode.get(unit.code);
    if (first) throw lessonError(unit.file, unit.code, 'code', `능력단위 코드가 두 번 나와요 (처음: ${first.file})`);
    unitsByCode.set(unit.code, unit);
  }
  const jobsBySlug = new Map<string, JobInput>();
  for (const job of inputs.jobs) {
    if (jobsBySlug.has(job.slug)) throw lessonError(job.file, job.slug, null, '같은 직업 slug가 두 번 나와요');
    jobsBySlug.set(job.slug, job);
    job.ncsUnits.forEach((code, i) => {
      if (!unitsByCode.has(code))
        throw lessonError(job.file, job.slug, `ncsUnits[${i}]`, `능력단위 ${code}가 NCS 자료(content/ncs/units)에 없어요`);
    });
  }

  const everything = options.jobs === null && options.units === null;
  const jobSlugs = everything ? [...jobsBySlug.keys()] : (options.jobs ?? []);
  const unitCodes = everything ? [...unitsByCode.keys()] : (options.units ?? []);
  jobSlugs.forEach((slug, i) => {
    if (!jobsBySlug.has(slug)) throw new OptionError('job', requestProblems.noSuchJob(slug, [...jobsBySlug.keys()]), i);
  });
  unitCodes.forEach((code, i) => {
    if (!unitsByCode.has(code)) throw new OptionError('unit', requestProblems.noSuchUnit(code), i);
  });

  const designs: LessonDesign[] = unique(jobSlugs).map((slug) => {
    const job = jobsBySlug.get(slug)!;
    return buildJobSeries(
      job,
      job.ncsUnits.map((c) => unitsByCode.get(c)!),
      inputs.jobs,
      inputs.templates,
      options,
    );
  });
  const units = unique(unitCodes).map((code) => unitsByCode.get(code)!);
  if (everything) designs.push(...units.map((unit) => buildUnitLesson(unit, inputs.jobs, inputs.templates, options)));
  else if (units.length > 0) designs.push(buildUnitSeries(units, inputs.jobs, inputs.templates, options));
  return designs;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Every job and unit with the defaults, for each school level the defaults list: what the site ships. */
export function buildSiteDesigns(inputs: LessonInputs): LessonDesign[] {
  const defaults = inputs.templates.defaults;
  return defaults.siteSchools.flatMap((school) => buildLessonDesigns(inputs, resolveOptions(defaults, { school })));
}
