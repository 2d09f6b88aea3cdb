/** The site's search index with its facets wired to the NCS data: one call for the build script and the quality script. */
import { buildSearchIndex, type IndexReport } from './indexer.ts';
import { facetsFor } from './facets.ts';
import { unitOfLessonPath } from './page-kind.ts';
import { defaultNcsDir, getNcsCatalog, unitByCode } from '../ncs/index.ts';

/**
 * Up to this many NCS units, each unit's lesson design is a search result of its own. Past it
 * they are found through their unit page (which links to its design): every indexed page costs
 * the first search about 6 bytes of Pagefind metadata, and 13,400 more pages would push the
 * full catalog's first search past its 300 KB budget.
 */
export const UNIT_LESSONS_INDEXED_UP_TO = 2000;

export function indexesUnitLessons(unitCount: number): boolean {
  return unitCount <= UNIT_LESSONS_INDEXED_UP_TO;
}

export function indexSite(dist: string, options: { korean?: boolean; outputPath?: string } = {}): Promise<IndexReport> {
  const catalog = getNcsCatalog(defaultNcsDir());
  const unitLessons = indexesUnitLessons(catalog.units.size);
  return buildSearchIndex({
    dist,
    ...options,
    include: (path) => unitLessons || unitOfLessonPath(path) === null,
    facets: (path) => facetsFor({ dist, unitLevel: (code) => unitByCode(catalog, code)?.level }, path),
  });
}
