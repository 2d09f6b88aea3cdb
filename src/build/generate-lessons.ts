/**
 * `npm run generate`: options → inputs → designs → files → one atomic write. Everything that can
 * fail on bad data or options fails before the output folder is touched.
 */
import { join } from 'node:path';
import { buildLessonDesigns, type OptionsOrigin } from '../model/lesson/build.ts';
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

  const designs = buildLessonDesigns(inputs, options, origin);
  const files = await renderDesignFiles(designs);
  writeOutputAtomically(out, files);
  return { out, designs, files };
}
