import { z } from 'zod';
import { figureSchema, sourceSchema } from './source.ts';

/** Frontmatter of a job page (content/jobs/*.mdx). Unknown official facts are null, never guessed. */
export const jobSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    officialName: z.string().nullable(),
    dictionaryCode: z.string().regex(/^K\d{9}$/).nullable(),
    keco: z.string().regex(/^\d{4}$/).nullable(),
    ksco: z.string().regex(/^\d{4}$/).nullable(),
    ncsUnits: z.array(z.string().regex(/^\d{10}_\d{2}v\d+$/)).default([]),
    relatedJobs: z.array(z.string()).default([]),
    figures: z.array(figureSchema).default([]),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((job, ctx) => {
    const ids = new Set(job.sources.map((s) => s.id));
    job.figures.forEach((f, i) => {
      if (!ids.has(f.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'source'],
          message: `출처 "${f.source}"가 sources에 없습니다`,
        });
      }
    });
  });
export type Job = z.infer<typeof jobSchema>;
