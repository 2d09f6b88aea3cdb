/** The site's search index with its facets wired to the site model: one call for the build script and the quality script. */
import { buildSearchIndex, type IndexReport } from './indexer.ts';
import { facetsFor } from '../../model/search/facets.ts';
import { classifyPath, unitOfLessonPath } from '../../model/search/classify.ts';
import { coveredJobNames } from '../../model/search/coverage.ts';
import { indexesUnitLessons } from '../../model/search/index-policy.ts';
import { unitByCode } from '../../model/ncs/index.ts';
import { routeOf } from '../../model/routes.ts';
import { siteLessonDesigns, siteModel } from '../../site-content/site.ts';

const HIGH_SCHOOL_COPY_WEIGHT = 0.3;

export function indexSite(dist: string, options: { korean?: boolean; outputPath?: string } = {}): Promise<IndexReport> {
  const site = siteModel();
  const catalog = site.ncs;
  const schools = new Map(siteLessonDesigns().map((d) => [d.id, d.audience.school]));
  const unitLessons = indexesUnitLessons(catalog.units.size);
  // Each job and unit has a middle- and a high-school design with the same names in them: at full
  // weight the two copies pushed job pages out of the top five for their own names. The high-school
  // copy is still a result (the 학교급 filter finds it), ranked below the pages it teaches.
  const highSchoolCopy = (path: string) => {
    const route = routeOf(path);
    return (route?.kind === 'job-lesson' || route?.kind === 'unit-lesson') && schools.get(route.id) === 'high';
  };
  return buildSearchIndex({
    dist,
    ...options,
    include: (path) => unitLessons || unitOfLessonPath(path) === null,
    demote: (path) => (highSchoolCopy(path) ? HIGH_SCHOOL_COPY_WEIGHT : 1),
    studentPage: (path) => {
      if (classifyPath(path)?.audience !== '학생') return null;
      const kind = routeOf(path)?.kind;
      return kind === 'job' ? 'job' : kind === 'path' ? 'path' : 'other';
    },
    jobNames: coveredJobNames(site.jobs.map((j) => j.data)),
    names: (path) => {
      const route = routeOf(path);
      const job = route?.kind === 'job' ? site.jobs.find((j) => j.id === route.param)?.data : undefined;
      return job ? [job.officialName ?? '', ...job.otherNames, ...job.alsoListed.map((a) => a.name)].filter(Boolean) : [];
    },
    facets: (path) => facetsFor({ unitLevel: (code) => unitByCode(catalog, code)?.level, lessonSchool: (id) => schools.get(id) }, path),
  });
}
