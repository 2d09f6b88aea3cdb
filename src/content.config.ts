import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jobSchema } from './schemas/job.ts';

// Schemas live in src/schemas/ (plain zod) so scripts and tests validate with the same rules.
// SITE_CONTENT_DIR lets tests build from a broken copy of content/.
const contentRoot = process.env.SITE_CONTENT_DIR ?? './content';

const jobs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/jobs` }),
  schema: jobSchema,
});

export const collections = { jobs };
