/**
 * Writes lesson designs as files: inputs → options → designs → files → one atomic write.
 * Everything that can fail on bad data or options fails before the output folder is touched.
 * The command line (src/cli/generate.ts) reads the request and says where a bad option came from.
 */
import { buildLessonDesigns } from '../model/lesson/build.ts';
import { lessonInputs } from '../model/lesson/from-site.ts';
import { resolveOptions } from '../model/lesson/options.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import type { LessonOptionsInput } from '../schemas/lesson-options.ts';
import { loadSite } from '../site-content/load-site.ts';
import { checkOutputDir, renderDesignFiles, writeOutputAtomically, type OutputFile } from './lesson-files.ts';

export interface GenerateRequest {
  /** The content folder. */
  content: string;
  /** The output folder: made by the generator, or empty, or new. */
  out: string;
  /** Option layers over content/lessons/defaults.yaml, later ones winning (a config file, then the command line). */
  layers: LessonOptionsInput[];
  /** The site's address for the pages a design names (src/lib/site-address.ts), or null when not known. */
  siteAddress?: string | null;
}

export interface GenerateResult {
  out: string;
  designs: LessonDesign[];
  files: OutputFile[];
}

export async function generateDesignFiles(request: GenerateRequest): Promise<GenerateResult> {
  checkOutputDir(request.out);
  const inputs = lessonInputs(loadSite(request.content));
  const designs = buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, ...request.layers));
  const files = await renderDesignFiles(designs, request.siteAddress ?? null);
  writeOutputAtomically(request.out, files);
  return { out: request.out, designs, files };
}
