import type { JobEntry } from '../../model/jobs/comparison.ts';
import { jobBySlug } from '../../model/site.ts';
import { siteModel } from '../../site-content/site.ts';

/**
 * The job whose page is being rendered. The components placed inside job MDX (figures, related jobs,
 * NCS units) take no props, so the page's route parameter says which job they belong to.
 */
export function currentJob(slug: string | undefined): { job: JobEntry; all: JobEntry[] } {
  const site = siteModel();
  const job = slug ? jobBySlug(site, slug) : undefined;
  if (!job) throw new Error(`job component used outside a job page (slug: ${slug ?? 'none'})`);
  return { job, all: site.jobs };
}
