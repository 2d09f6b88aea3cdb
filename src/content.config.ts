import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jobSchema } from './schemas/job.ts';
import { guideSchema } from './schemas/guide.ts';
import { careerPathSchema } from './schemas/career-path.ts';

// Astro reads the MDX pages only to render their bodies. Everything the pages show from
// frontmatter and YAML comes from the site model (src/site-content/load-site.ts), which checks
// the same schemas and every reference between files.
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

export const collections = { jobs, guides, paths };
