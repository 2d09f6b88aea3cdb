import { getCollection, getEntry } from 'astro:content';
import type { JobEntry } from '../../model/jobs/comparison.ts';

/**
 * The job whose page is being rendered. The components placed inside job MDX (figures, related jobs,
 * NCS units) take no props, so the page's route parameter says which job they belong to.
 */
export async function currentJob(slug: string | undefined): Promise<{ job: JobEntry; all: JobEntry[] }> {
  const job = slug ? await getEntry('jobs', slug) : undefined;
  if (!job) throw new Error(`job component used outside a job page (slug: ${slug ?? 'none'})`);
  return { job, all: await getCollection('jobs') };
}
