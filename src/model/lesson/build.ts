/**
 * Builds every requested lesson design from checked inputs. Cross-record problems (a job naming
 * a unit the NCS data does not have, a chosen job or unit that does not exist) are caught here.
 */
import type { LessonOptions } from '../../schemas/lesson-options.ts';
import { buildJobSeries } from './build-job.ts';
import { buildUnitLesson } from './build-unit.ts';
import { lessonError } from './errors.ts';
import { resolveOptions } from './options.ts';
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';
import type { LessonDesign } from './types.ts';

export interface LessonInputs {
  templates: LessonTemplates;
  jobs: readonly JobInput[];
  units: readonly UnitInput[];
}

/** Where the options came from, for error messages about chosen jobs and units. */
export interface OptionsOrigin {
  file: string;
  jobsField: string;
  unitsField: string;
}

export function buildLessonDesigns(inputs: LessonInputs, options: LessonOptions, origin: OptionsOrigin): LessonDesign[] {
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
    if (!jobsBySlug.has(slug))
      throw lessonError(
        origin.file,
        null,
        `${origin.jobsField}[${i}]`,
        `직업 "${slug}"가 없어요. 있는 직업: ${[...jobsBySlug.keys()].join(', ')}`,
      );
  });
  unitCodes.forEach((code, i) => {
    if (!unitsByCode.has(code))
      throw lessonError(origin.file, null, `${origin.unitsField}[${i}]`, `능력단위 "${code}"가 NCS 자료에 없어요`);
  });

  const designs: LessonDesign[] = [];
  for (const slug of unique(jobSlugs)) {
    const job = jobsBySlug.get(slug)!;
    designs.push(
      buildJobSeries(
        job,
        job.ncsUnits.map((c) => unitsByCode.get(c)!),
        inputs.jobs,
        inputs.templates,
        options,
      ),
    );
  }
  for (const code of unique(unitCodes)) designs.push(buildUnitLesson(unitsByCode.get(code)!, inputs.jobs, inputs.templates, options));
  return designs;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Every job and unit with the defaults, for each school level the defaults list: what the site ships. */
export function buildSiteDesigns(inputs: LessonInputs, origin: OptionsOrigin): LessonDesign[] {
  const defaults = inputs.templates.defaults;
  return defaults.siteSchools.flatMap((school) => buildLessonDesigns(inputs, resolveOptions(defaults, { school }), origin));
}
