import { routes } from '../routes.ts';
import type { NcsCatalog, NcsLevel } from '../ncs/types.ts';
import type { JobEntry } from './comparison.ts';

export interface JobLink {
  slug: string;
  title: string;
  /** Site path without base, for href(). */
  path: string;
}

/** Site path of a job page. */
export const jobPath = routes.job;
/** Site path of a job's career lesson design. */
export const lessonPath = routes.jobLesson;

/**
 * The related jobs of `job` as links. A slug without a page is an error rather than a dead link:
 * the schema allows only known slugs, but a page can still be missing from content/.
 */
export function relatedJobLinks(job: JobEntry, all: readonly JobEntry[]): JobLink[] {
  return job.data.relatedJobs.map((slug) => {
    const target = all.find((j) => j.id === slug);
    if (!target) throw new Error(`content/jobs/${job.id}.mdx: relatedJobs: "${slug}" 페이지가 없습니다`);
    return { slug, title: target.data.title, path: jobPath(slug) };
  });
}

export interface NcsUnitLink {
  code: string;
  name: string;
  level: NcsLevel | null;
  path: string;
}

/** The job's NCS units with their names and levels from the catalog (the site loader has checked that they exist). */
export function ncsUnitLinks(job: JobEntry, catalog: NcsCatalog): NcsUnitLink[] {
  return job.data.ncsUnits.map((code) => {
    const unit = catalog.units.get(code);
    if (!unit) throw new Error(`content/jobs/${job.id}.mdx: ncsUnits: "${code}"는 NCS 자료에 없는 능력단위예요`);
    return { code, name: unit.name, level: unit.level, path: routes.unit(code) };
  });
}
