import { z } from 'zod';
import { sourceId, sourceIdList } from './source.ts';
import { jobSlugSchema } from './slug.ts';

export { jobSlugSchema, type JobSlug } from './slug.ts';

/** How long a step takes, only when a source states it; `source` is an id in the path's sources. */
const stepTimeSchema = z.object({
  text: z.string().min(1),
  source: sourceId,
});

/** One of several roles a final step can open up (e.g. the fields a CS career widens into). */
const choiceSchema = z.object({
  label: z.string().min(1),
  job: jobSlugSchema.optional(),
});

const stepSchema = z.object({
  label: z.string().min(1),
  /** Job pages this step is about; a step like "전공 선택" has none. */
  jobs: z.array(jobSlugSchema).default([]),
  /** One plain sentence on what the person does at this step. */
  detail: z.string().min(1),
  time: stepTimeSchema.optional(),
  /** What moves a person on to the next step. Every step but the last has one. */
  moveOn: z.string().min(1).optional(),
  choices: z.array(choiceSchema).min(2).optional(),
});
export type PathStep = z.infer<typeof stepSchema>;

/** Frontmatter of a career path page (content/paths/*.mdx): the path is data, drawn at build time. */
export const careerPathSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    steps: z.array(stepSchema).min(2),
    /** Ids in the source registry (content/sources.yaml). */
    sources: sourceIdList,
  })
  .superRefine((path, ctx) => {
    const ids = new Set(path.sources);
    const last = path.steps.length - 1;
    path.steps.forEach((step, i) => {
      if (step.time && !ids.has(step.time.source)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'time', 'source'], message: `출처 "${step.time.source}"가 sources에 없습니다` });
      }
      if (i < last && !step.moveOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'moveOn'],
          message: '마지막이 아닌 단계에는 다음 단계로 넘어가는 계기(moveOn)가 필요합니다',
        });
      }
      if (i < last && step.choices) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'choices'], message: '갈래(choices)는 마지막 단계에만 둘 수 있습니다' });
      }
    });
  });
export type CareerPath = z.infer<typeof careerPathSchema>;
