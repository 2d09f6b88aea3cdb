/**
 * What kind of page a URL is, decided centrally from the route map so page authors need not
 * declare it. The labels are the values of the 종류 filter.
 */

export const PAGE_KINDS = ['직업', 'NCS 능력단위', '수업 설계', '진로 경로', '안내'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Filter names as shown to people (Pagefind filter keys). */
export const FILTER_KIND = '종류';
export const FILTER_NCS_LEVEL = 'NCS 수준';
export const FILTER_SCHOOL = '학교급';

export interface PageClass {
  kind: PageKind;
  /** Who the page is written for, shown as metadata. */
  audience: '학생' | '선생님' | '학생·선생님';
}

/**
 * The class of a site path without the base ('/jobs/cs-manager/'), or null for pages that
 * are not content (the search pages and the 404 page).
 */
export function classifyPath(path: string): PageClass | null {
  const clean = `/${path.replace(/^\/+/, '')}`;
  const first = clean.split('/')[1] ?? '';
  if (first === 'search' || /^\/404(\.html|\/)?$/.test(clean)) return null;
  switch (first) {
    case 'jobs':
      return { kind: '직업', audience: '학생' };
    case 'ncs':
      return { kind: 'NCS 능력단위', audience: '학생·선생님' };
    case 'lessons':
      return { kind: '수업 설계', audience: '선생님' };
    case 'paths':
      return { kind: '진로 경로', audience: '학생' };
    default:
      // the home page, guides/, self-check/ and anything added later
      return { kind: '안내', audience: '학생' };
  }
}

/** The NCS unit code in a unit page's path (/ncs/units/0201030201_21v3/), or null. */
export function unitCodeOfPath(path: string): string | null {
  return /\/ncs\/units\/(\d{10}_\d{2}v\d{1,2})\/?$/.exec(path)?.[1] ?? null;
}

/** The NCS unit code in a unit lesson design's path (/lessons/unit-0201030201_21v3/), or null. */
export function unitOfLessonPath(path: string): string | null {
  return /^\/lessons\/unit-(\d{10}_\d{2}v\d{1,2})\/$/.exec(path)?.[1] ?? null;
}
