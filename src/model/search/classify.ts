/**
 * The page kind of a site path for the search index, from the route table. Kept apart from
 * page-kind.ts, whose names the browser's search code imports without the route table.
 */
import { routeOf, type Route } from '../routes.ts';
import type { PageClass, PageKind } from './page-kind.ts';

const KIND_OF_ROUTE: Partial<Record<Route['kind'], PageKind>> = {
  jobs: '직업',
  job: '직업',
  ncs: 'NCS 능력단위',
  duty: 'NCS 능력단위',
  unit: 'NCS 능력단위',
  lessons: '수업 설계',
  // the designer builds lesson designs: a teachers' page, found with them
  designer: '수업 설계',
  'job-lesson': '수업 설계',
  'unit-lesson': '수업 설계',
  paths: '진로 경로',
  path: '진로 경로',
};

const AUDIENCE: Record<PageKind, PageClass['audience']> = {
  직업: '학생',
  'NCS 능력단위': '학생·선생님',
  '수업 설계': '선생님',
  '진로 경로': '학생',
  안내: '학생',
};

/**
 * The class of a site path without the base ('/jobs/cs-manager/'), from the route table; null for
 * pages that are not content (the search pages and the 404 page).
 */
export function classifyPath(path: string): PageClass | null {
  const route = routeOf(path);
  if (route?.kind === 'search' || route?.kind === 'search-all' || route?.kind === 'not-found' || route?.kind === 'lesson-slides')
    return null;
  // the home page, guides/, self-check/ and anything added later
  const kind = (route && KIND_OF_ROUTE[route.kind]) ?? '안내';
  return { kind, audience: AUDIENCE[kind] };
}

/** The NCS unit code in a unit page's path (/ncs/units/0201030201_21v3/), or null. */
export function unitCodeOfPath(path: string): string | null {
  const route = routeOf(path);
  return route?.kind === 'unit' ? route.param : null;
}

/** The NCS unit code in a unit lesson design's path (/lessons/unit-0201030201_21v3/), or null. */
export function unitOfLessonPath(path: string): string | null {
  const route = routeOf(path);
  return route?.kind === 'unit-lesson' ? route.param : null;
}
