/**
 * The designs the site shows: built once per build process with the defaults in
 * content/lessons/defaults.yaml, then shared by the index, the pages and the download endpoints.
 */
import { join } from 'node:path';
import { buildLessonDesigns } from './build.ts';
import { loadLessonInputs } from './load.ts';
import { resolveOptions } from './options.ts';
import type { LessonDesign } from './types.ts';

let cached: { root: string; designs: LessonDesign[] } | undefined;

export function siteContentRoot(): string {
  return process.env.SITE_CONTENT_DIR ?? 'content';
}

export function siteLessonDesigns(root: string = siteContentRoot()): LessonDesign[] {
  if (cached?.root === root) return cached.designs;
  const inputs = loadLessonInputs(root);
  const origin = { file: join(root, 'lessons/defaults.yaml'), jobsField: 'jobs', unitsField: 'units' };
  // Every school level the defaults name gets its own designs (middle-school ids unchanged, high adds -high).
  const designs = inputs.templates.defaults.siteSchools.flatMap((school) =>
    buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, { school }), origin),
  );
  cached = { root, designs };
  return designs;
}
