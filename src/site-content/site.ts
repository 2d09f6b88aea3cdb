/**
 * The site model of the running build, read once per process: every Astro page, the lesson file
 * writer and the search indexer of one build ask for it, and content/ is read only the first time.
 */
import { buildSiteDesigns, type LessonInputs } from '../model/lesson/build.ts';
import { lessonInputs } from '../model/lesson/from-site.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import type { SiteModel } from '../model/site.ts';
import { loadSite } from './load-site.ts';

/** content/, or the copy named by SITE_CONTENT_DIR (tests and benchmarks build from copies). */
export function siteContentRoot(): string {
  return process.env.SITE_CONTENT_DIR ?? 'content';
}

let cached: { root: string; site: SiteModel; inputs?: LessonInputs; designs?: LessonDesign[] } | undefined;

export function siteModel(root: string = siteContentRoot()): SiteModel {
  if (cached?.root !== root) cached = { root, site: loadSite(root) };
  return cached.site;
}

/** What the site's designs are built from: the designer's data files carry it to the browser. */
export function siteLessonInputs(root: string = siteContentRoot()): LessonInputs {
  const site = siteModel(root);
  cached!.inputs ??= lessonInputs(site);
  return cached!.inputs;
}

/**
 * The designs the site shows: every job and unit with the defaults of content/lessons/defaults.yaml,
 * once for each school level it names (middle-school ids unchanged, high school adds -high).
 */
export function siteLessonDesigns(root: string = siteContentRoot()): LessonDesign[] {
  siteModel(root);
  if (!cached!.designs) {
    cached!.designs = buildSiteDesigns(siteLessonInputs(root));
  }
  return cached!.designs;
}
