import { z } from 'zod';
import { jobSlugSchema } from './slug.ts';

/** The abilities a self-check statement can point to: the six competences of the guides, plus stamina (seed 000). */
export const competenceIds = [
  'problem-solving',
  'empathy',
  'self-development',
  'data-analysis',
  'emotional-intelligence',
  'crisis-response',
  'stamina',
] as const;
export const competenceIdSchema = z.enum(competenceIds);
export type CompetenceId = z.infer<typeof competenceIdSchema>;

/** One statement of the self-check (content/self-check/statements.yaml), with what it points to. */
export const selfCheckStatementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id는 영문 소문자, 숫자, -만 씁니다'),
  order: z.number().int(),
  text: z.string().min(1),
  /** True for the three questions the seed lesson asks (retold in our words). */
  fromSeed: z.boolean().default(false),
  competences: z.array(competenceIdSchema).min(1),
  jobs: z.array(jobSlugSchema).min(1),
});
export type SelfCheckStatement = z.infer<typeof selfCheckStatementSchema>;
