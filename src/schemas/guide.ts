import { z } from 'zod';
import { figureSchema, sourceSchema } from './source.ts';

/** Frontmatter of a guide page (content/guides/*.mdx). */
export const guideSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    figures: z.array(figureSchema).default([]),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((guide, ctx) => {
    const ids = new Set(guide.sources.map((s) => s.id));
    guide.figures.forEach((f, i) => {
      if (!ids.has(f.source)) {
        ctx.addIssue({ code: 'custom', path: ['figures', i, 'source'], message: `출처 "${f.source}"가 sources에 없습니다` });
      }
    });
  });
export type Guide = z.infer<typeof guideSchema>;
