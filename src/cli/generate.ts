/**
 * `npm run generate`'s command line: reads the flags and the --config file, asks the generator
 * (src/build/generate-lessons.ts), and says where an option it cannot use came from: the flag, the
 * config file's key, or content/lessons/defaults.yaml.
 */
import { join } from 'node:path';
import { generateDesignFiles, type GenerateResult } from '../build/generate-lessons.ts';
import { lessonError, OptionError, type DataError } from '../model/lesson/errors.ts';
import type { LessonOptionsInput } from '../schemas/lesson-options.ts';
import { CLI, cliHelp, parseCli, readConfigFile, type CliRequest } from './generate-options.ts';
import { parseSiteUrl } from '../lib/site-url.ts';
import { normalizeBase } from '../lib/base-path.ts';
import { siteAddress } from '../lib/site-address.ts';

export const DEFAULT_OUT = 'generated/lessons';

export async function generateLessons(argv: readonly string[]): Promise<GenerateResult | { help: string }> {
  const request = parseCli(argv);
  if (request.help) return { help: cliHelp };
  const config = request.config ? readConfigFile(request.config) : {};
  const content = request.content ?? 'content';
  try {
    return await generateDesignFiles({
      content,
      out: request.out ?? DEFAULT_OUT,
      layers: [config, request.options],
      siteAddress: request.address ?? buildSiteAddress(),
    });
  } catch (e) {
    if (e instanceof OptionError) throw whereFrom(e, request, config, content);
    throw e;
  }
}

/** The address a build with the same SITE_URL and SITE_BASE serves the site from (null without SITE_URL). */
function buildSiteAddress(): string | null {
  try {
    return siteAddress(parseSiteUrl(process.env.SITE_URL), normalizeBase(process.env.SITE_BASE));
  } catch (e) {
    throw lessonError(CLI, null, 'SITE_URL', e instanceof Error ? e.message : String(e));
  }
}

/** The option's place: the flag she typed, else the config file's key, else the defaults file. */
function whereFrom(e: OptionError, request: CliRequest, config: LessonOptionsInput, content: string): DataError {
  const at = e.index === null ? '' : `[${e.index}]`;
  if (e.field === 'out') return lessonError(CLI, null, '--out', e.problem);
  const key = e.field === 'job' ? 'jobs' : e.field === 'unit' ? 'units' : e.field;
  if (request.options[key] !== undefined) return lessonError(CLI, null, `--${e.field}${at}`, e.problem);
  if (request.config && config[key] !== undefined) return lessonError(request.config, null, `${key}${at}`, e.problem);
  const defaultsKey = key === 'minutes' ? 'minutesBySchool' : key;
  return lessonError(join(content, 'lessons/defaults.yaml'), null, defaultsKey, e.problem);
}
