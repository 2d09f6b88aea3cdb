/**
 * `npm run generate`: options → inputs → designs → files → one atomic write. Everything that can
 * fail on bad data or options fails before the output folder is touched.
 */
import { join } from 'node:path';
import { buildLessonDesigns, type LessonInputs, type OptionsOrigin } from '../model/lesson/build.ts';
import { buildUnitSeries, type SeriesOrigin } from '../model/lesson/build-unit-series.ts';
import { withParticle } from '../lib/korean-particles.ts';
import { lessonError } from '../model/lesson/errors.ts';
import type { LessonOptions } from '../schemas/lesson-options.ts';
import { lessonInputs } from '../model/lesson/from-site.ts';
import { resolveOptions } from '../model/lesson/options.ts';
import { CLI, cliHelp, parseCli, readConfigFile } from '../cli/generate-options.ts';
import { loadSite } from '../site-content/load-site.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { checkOutputDir, renderDesignFiles, writeOutputAtomically, type OutputFile } from './lesson-files.ts';

export const DEFAULT_OUT = 'generated/lessons';

export interface GenerateResult {
  out: string;
  designs: LessonDesign[];
  files: OutputFile[];
}

export async function generateLessons(argv: readonly string[]): Promise<GenerateResult | { help: string }> {
  const request = parseCli(argv);
  if (request.help) return { help: cliHelp };
  const out = request.out ?? DEFAULT_OUT;
  checkOutputDir(out);
  const content = request.content ?? 'content';
  const config = request.config ? readConfigFile(request.config) : {};
  const inputs = lessonInputs(loadSite(content));
  const options = resolveOptions(inputs.templates.defaults, config, request.options);

  const defaultsFile = join(content, 'lessons/defaults.yaml');
  const fieldOrigin = (cliFlag: string, configKey: 'jobs' | 'units') =>
    request.options[configKey]
      ? { file: CLI, field: cliFlag }
      : config[configKey]
        ? { file: request.config!, field: configKey }
        : { file: defaultsFile, field: configKey };
  const jobs = fieldOrigin('--job', 'jobs');
  const units = fieldOrigin('--unit', 'units');
  // Both lists come from one place in practice; name the jobs' origin, the units' field.
  const origin: OptionsOrigin = {
    file: jobs.file === CLI || units.file === CLI ? CLI : jobs.file,
    jobsField: jobs.field,
    unitsField: units.field,
  };

  // Too few periods for a series is said where the periods came from (a config file, or the command line where --periods goes).
  const periods =
    config.periods !== undefined && request.options.periods === undefined
      ? { file: request.config!, periodsField: 'periods' }
      : { file: CLI, periodsField: '--periods' };
  const designs = buildDesigns(inputs, options, origin, periods);
  const files = await renderDesignFiles(designs);
  writeOutputAtomically(out, files);
  return { out, designs, files };
}

/**
 * The designs of a run. Several units make ONE series with a period each, as the designer does
 * (src/designer/build.ts), so both give the same design and the same .docx; jobs still get one
 * design each. With no job and no unit chosen, every job and unit gets its own design (the site's set).
 */
function buildDesigns(inputs: LessonInputs, options: LessonOptions, origin: OptionsOrigin, periods: SeriesOrigin): LessonDesign[] {
  const codes = [...new Set(options.units ?? [])];
  if (codes.length < 2) return buildLessonDesigns(inputs, options, origin);
  // Checks every input and builds the jobs' designs; the units are checked here with their own field.
  const designs = buildLessonDesigns(inputs, { ...options, jobs: options.jobs ?? [], units: [] }, origin);
  const units = codes.map((code) => {
    const unit = inputs.units.find((u) => u.code === code);
    if (!unit) {
      const i = options.units!.indexOf(code);
      throw lessonError(origin.file, null, `${origin.unitsField}[${i}]`, `능력단위 ${withParticle(`"${code}"`, '이')} NCS 자료에 없어요`);
    }
    return unit;
  });
  designs.push(buildUnitSeries(units, inputs.jobs, inputs.templates, options, periods));
  return designs;
}
