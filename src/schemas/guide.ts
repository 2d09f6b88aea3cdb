import { z } from 'zod';
import { checkFigureSources, figureSchema, sourceIdList } from './source.ts';

/** Frontmatter of a guide page (content/guides/*.mdx). */
export const guideSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    figures: z.array(figureSchema).default([]),
    /** Ids in the source registry (content/sources.yaml). */
    sources: sourceIdList,
  })
  .superRefine((guide, ctx) => checkFigureSources(guide.figures, guide.sources, ctx));
export type Guide = z.infer<typeof guideSchema>;
