/** Everything a lesson design is built from, taken out of the loaded site model. */
import type { JobPage, SiteModel } from '../site.ts';
import type { LessonInputs } from './build.ts';
import { unitInputs } from './from-ncs.ts';
import type { JobInput } from './inputs.ts';
import { citable } from '../sources/registry.ts';
import { jobReading } from './job-reading.ts';
import { jobPage as jobPageText } from '../../ui/jobs.ts';

export function lessonInputs(site: SiteModel): LessonInputs {
  return { templates: site.lessons, jobs: site.jobs.map((page) => jobInput(site, page)), units: unitInputs(site.ncs) };
}

export function jobInput(site: Pick<SiteModel, 'sources'>, page: JobPage): JobInput {
  const job = page.data;
  return {
    file: page.file,
    slug: page.id,
    title: job.title,
    summary: job.summary,
    order: job.order,
    officialName: job.officialName,
    dictionaryRecords: [
      ...(job.officialName !== null && job.dictionaryCode !== null ? [{ name: job.officialName, code: job.dictionaryCode }] : []),
      ...job.alsoListed.map((r) => ({ name: r.name, code: r.code })),
    ],
    ncsUnits: [...job.ncsUnits],
    certificates: [...job.certificates],
    relatedJobs: [...job.relatedJobs],
    topics: [...page.headings],
    reading: jobReading(page.body, {
      summary: job.summary,
      day: job.day,
      good: job.good,
      hard: job.hard,
      introNote: job.introNote,
      labels: { day: jobPageText.dayHeading, sides: jobPageText.sidesHeading, good: jobPageText.good, hard: jobPageText.hard },
    }),
    sources: job.sources.map((id) => citable(site.sources, id, page.file)),
  };
}
