/**
 * The NCS 수준 and 학교급 filters, looked up in the site model the pages are made from, so that
 * page authors do not have to mark them up.
 */
import { routeOf } from '../routes.ts';
import { FILTER_NCS_LEVEL, FILTER_SCHOOL } from './page-kind.ts';

export const SCHOOL_LABELS: Record<string, string> = { middle: '중학교', high: '고등학교' };

/** "수준 5" for a level, the way the site writes it. */
export function levelLabel(level: number): string {
  return `수준 ${level}`;
}

export interface FacetSources {
  /** NCS level of a unit code, null when the data has none. */
  unitLevel(code: string): number | null | undefined;
  /** School level ('middle', 'high') of the lesson design with this id, undefined when the site has no such design. */
  lessonSchool(id: string): string | undefined;
}

export function facetsFor(sources: FacetSources, path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const route = routeOf(path);
  const unit = route?.kind === 'unit' || route?.kind === 'unit-lesson' ? route.param : null;
  const level = unit ? sources.unitLevel(unit) : null;
  if (typeof level === 'number') out[FILTER_NCS_LEVEL] = [levelLabel(level)];
  const lessonId = route?.kind === 'job-lesson' || route?.kind === 'unit-lesson' ? route.id : null;
  const school = lessonId ? SCHOOL_LABELS[sources.lessonSchool(lessonId) ?? ''] : undefined;
  if (school) out[FILTER_SCHOOL] = [school];
  return out;
}
