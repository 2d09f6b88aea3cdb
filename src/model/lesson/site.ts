/**
 * The designs the site shows: built once per build process with the defaults in
 * content/lessons/defaults.yaml, then shared by the index, the pages and the download endpoints.
 */
import { join } from 'node:path';
import { buildLessonDesigns, type LessonInputs } from './build.ts';
import { loadLessonInputs } from './load.ts';
import { resolveOptions } from './options.ts';
import type { LessonDesign } from './types.ts';

let cached: { root: string; inputs: LessonInputs; designs: LessonDesign[] } | undefined;

export function siteContentRoot(): string {
  return process.env.SITE_CONTENT_DIR ?? 'content';
}

export function siteLessonDesigns(root: string = siteContentRoot()): LessonDesign[] {
  return siteLesson(root).designs;
}

/** The inputs the site's designs were built from: the designer's data files carry them. */
export function siteLessonInputs(root: string = siteContentRoot()): LessonInputs {
  return siteLesson(root).inputs;
}

function siteLesson(root: string): { inputs: LessonInputs; designs: LessonDesign[] } {
  if (cached?.root === root) return cached;
  const inputs = loadLessonInputs(root);
  const options = resolveOptions(inputs.templates.defaults);
  const designs = buildLessonDesigns(inputs, options, {
    file: join(root, 'lessons/defaults.yaml'),
    jobsField: 'jobs',
    unitsField: 'units',
  });
  cached = { root, inputs, designs };
  return cached;
}
