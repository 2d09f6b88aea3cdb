import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { jobSchema } from './schemas/job.ts';
import { guideSchema } from './schemas/guide.ts';
import { careerPathSchema } from './schemas/career-path.ts';
import { selfCheckStatementSchema } from './schemas/self-check.ts';

// Schemas live in src/schemas/ (plain zod) so scripts and tests validate with the same rules.
// SITE_CONTENT_DIR lets tests build from a broken copy of content/.
const contentRoot = process.env.SITE_CONTENT_DIR ?? './content';

const jobs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/jobs` }),
  schema: jobSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema,
});

const paths = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/paths` }),
  schema: careerPathSchema,
});

const selfCheck = defineCollection({
  loader: file(`${contentRoot}/self-check/statements.yaml`),
  schema: selfCheckStatementSchema,
});

export const collections = { jobs, guides, paths, selfCheck };
