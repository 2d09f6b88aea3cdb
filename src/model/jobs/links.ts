import { ncsUnit } from './catalog.ts';
import type { JobEntry } from './comparison.ts';

export interface JobLink {
  slug: string;
  title: string;
  /** Site path without base, for href(). */
  path: string;
}

/** Site path of a job page (route map: /jobs/<slug>/). */
export const jobPath = (slug: string) => `jobs/${slug}/`;
/** Site path of an NCS unit page (route map: /ncs/units/<code>/). */
export const ncsUnitPath = (code: string) => `ncs/units/${code}/`;
/** Site path of a job's career lesson design (route map: /lessons/job-<slug>/). */
export const lessonPath = (slug: string) => `lessons/job-${slug}/`;

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
  level: number;
  path: string;
}

export function ncsUnitLinks(job: JobEntry): NcsUnitLink[] {
  return job.data.ncsUnits.map((code) => {
    const unit = ncsUnit(code);
    if (!unit) throw new Error(`content/jobs/${job.id}.mdx: ncsUnits: "${code}"는 확인된 능력단위가 아닙니다`);
    return { code, name: unit.name, level: unit.level, path: ncsUnitPath(code) };
  });
}
