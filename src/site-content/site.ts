/**
 * The site model of the running build, read once per process: every Astro page, the lesson file
 * writer and the search indexer of one build ask for it, and content/ is read only the first time.
 */
import { join } from 'node:path';
import { buildLessonDesigns } from '../model/lesson/build.ts';
import { lessonInputs } from '../model/lesson/from-site.ts';
import { resolveOptions } from '../model/lesson/options.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import type { SiteModel } from '../model/site.ts';
import { loadSite } from './load-site.ts';

/** content/, or the copy named by SITE_CONTENT_DIR (tests and benchmarks build from copies). */
export function siteContentRoot(): string {
  return process.env.SITE_CONTENT_DIR ?? 'content';
}

let cached: { root: string; site: SiteModel; designs?: LessonDesign[] } | undefined;

export function siteModel(root: string = siteContentRoot()): SiteModel {
  if (cached?.root !== root) cached = { root, site: loadSite(root) };
  return cached.site;
}

/** The designs the site shows: every job and unit with the defaults of content/lessons/defaults.yaml. */
export function siteLessonDesigns(root: string = siteContentRoot()): LessonDesign[] {
  const site = siteModel(root);
  if (!cached!.designs) {
    const options = resolveOptions(site.lessons.defaults);
    cached!.designs = buildLessonDesigns(lessonInputs(site), options, {
      file: join(root, 'lessons/defaults.yaml'),
      jobsField: 'jobs',
      unitsField: 'units',
    });
  }
  return cached!.designs;
}
