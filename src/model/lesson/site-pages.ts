/**
 * The pages of this site a design sends the class to ("직업 페이지", "진로 경로 메뉴"). A template
 * step names them by key (`pages: [job, paths]`); each design kind says which page a key is for
 * it. The document shows every one as a site reference: a link on screen, and in print and in the
 * .docx the page's full address with a QR code beside it.
 */
import { routes } from '../routes.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';

export const SITE_PAGES = ['job', 'jobs', 'unit', 'paths', 'certificates', 'selfCheck'] as const;
/**
 * `job`: the design's job; `jobs`: every job that uses the design's unit; `unit`: the unit's own
 * page; `paths`: the 진로 경로 menu; `certificates`: the 자격증 안내; `selfCheck`: 자기 점검.
 */
export type SitePageKey = (typeof SITE_PAGES)[number];

/** A page of the site as a design names it. */
export interface SitePage {
  /** A route of the route table (src/model/routes.ts), without the base. */
  route: string;
  /** What the page is called beside its address, e.g. "CS 매니저 직업 페이지". */
  label: string;
}

/** The pages a key stands for in a design; none when the design has no such page (a unit no job uses). */
export type SitePages = (key: SitePageKey) => SitePage[];

/** The pages every design names the same way. */
function commonPage(key: SitePageKey): SitePage[] {
  switch (key) {
    case 'paths':
      return [{ route: routes.paths(), label: L.sitePages.paths }];
    case 'certificates':
      return [{ route: routes.guide('certificates'), label: L.sitePages.certificates }];
    case 'selfCheck':
      return [{ route: routes.selfCheck(), label: L.sitePages.selfCheck }];
    default:
      return [];
  }
}

/** A job design's pages: its job and the job's units. */
export function jobSitePages(job: { slug: string; name: string }, units: readonly { code: string; name: string }[]): SitePages {
  return (key) => {
    if (key === 'job') return [{ route: routes.job(job.slug), label: L.sitePages.job(job.name) }];
    if (key === 'unit') return units.map((u) => ({ route: routes.unit(u.code), label: L.sitePages.unit(u.name) }));
    return commonPage(key);
  };
}

/** A unit design's pages: the unit and the jobs that use it. */
export function unitSitePages(unit: { code: string; name: string }, jobs: readonly { slug: string; name: string }[]): SitePages {
  return (key) => {
    if (key === 'unit') return [{ route: routes.unit(unit.code), label: L.sitePages.unit(unit.name) }];
    if (key === 'jobs' || key === 'job') return jobs.map((j) => ({ route: routes.job(j.slug), label: L.sitePages.job(j.name) }));
    return commonPage(key);
  };
}

/** Pages once each, in the order first named. */
export function uniquePages(pages: readonly SitePage[]): SitePage[] {
  const seen = new Set<string>();
  return pages.filter((p) => !seen.has(p.route) && seen.add(p.route));
}
