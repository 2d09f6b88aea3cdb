/** The site's search index with its facets wired to the site model: one call for the build script and the quality script. */
import { buildSearchIndex, type IndexReport } from './indexer.ts';
import { facetsFor } from '../../model/search/facets.ts';
import { unitOfLessonPath } from '../../model/search/classify.ts';
import { indexesUnitLessons } from '../../model/search/index-policy.ts';
import { unitByCode } from '../../model/ncs/index.ts';
import { siteLessonDesigns, siteModel } from '../../site-content/site.ts';

export function indexSite(dist: string, options: { korean?: boolean; outputPath?: string } = {}): Promise<IndexReport> {
  const catalog = siteModel().ncs;
  const schools = new Map(siteLessonDesigns().map((d) => [d.id, d.audience.school]));
  const unitLessons = indexesUnitLessons(catalog.units.size);
  return buildSearchIndex({
    dist,
    ...options,
    include: (path) => unitLessons || unitOfLessonPath(path) === null,
    facets: (path) => facetsFor({ unitLevel: (code) => unitByCode(catalog, code)?.level, lessonSchool: (id) => schools.get(id) }, path),
  });
}
