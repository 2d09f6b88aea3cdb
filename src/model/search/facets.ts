/**
 * The NCS 수준 and 학교급 filters, looked up from the data the pages are made from, so that
 * page authors do not have to mark them up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILTER_NCS_LEVEL, FILTER_SCHOOL, unitCodeOfPath, unitOfLessonPath } from './page-kind.ts';

export const SCHOOL_LABELS: Record<string, string> = { middle: '중학교', high: '고등학교' };

/** "수준 5" for a level, the way the site writes it. */
export function levelLabel(level: number): string {
  return `수준 ${level}`;
}

export interface FacetSources {
  /** NCS level of a unit code, null when the data has none. */
  unitLevel(code: string): number | null | undefined;
  /** The dist folder, where each lesson design's JSON sits next to its page. */
  dist: string;
}

/** The lesson design's school level from its JSON download (/lessons/<id>/<id>.json). */
function lessonSchool(dist: string, path: string): string | null {
  const id = /^\/lessons\/([^/]+)\/$/.exec(path)?.[1];
  if (!id) return null;
  try {
    type Audience = { audience?: { school?: string } };
    const file = JSON.parse(readFileSync(join(dist, 'lessons', id, `${id}.json`), 'utf8')) as Audience & { design?: Audience };
    return SCHOOL_LABELS[(file.design ?? file).audience?.school ?? ''] ?? null;
  } catch {
    return null;
  }
}

export function facetsFor(sources: FacetSources, path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const unit = unitCodeOfPath(path) ?? unitOfLessonPath(path);
  const level = unit ? sources.unitLevel(unit) : null;
  if (typeof level === 'number') out[FILTER_NCS_LEVEL] = [levelLabel(level)];
  const school = lessonSchool(sources.dist, path);
  if (school) out[FILTER_SCHOOL] = [school];
  return out;
}
