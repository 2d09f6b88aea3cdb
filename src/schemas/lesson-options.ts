import { z } from 'zod';
import { unitCode } from './ncs.ts';
import { jobSlugSchema as jobSlug } from './slug.ts';

/**
 * Options a teacher can set for the lesson-design generator, from a YAML config file or the
 * command line. Everything is optional here; defaults come from content/lessons/defaults.yaml.
 */
export const lessonOptionsSchema = z
  .object({
    school: z.enum(['middle', 'high']).optional(),
    /** 1–3; without it the design is for every grade of the school level. */
    grade: z.number().int().min(1).max(3).optional(),
    periods: z.number().int().min(1).max(4).optional(),
    /** Length of one period; the school level's usual length when left out. */
    minutes: z.number().int().min(20).max(120).optional(),
    activity: z.enum(['role-play', 'self-check']).optional(),
    /** Job slugs to make career series for; with `units`, limits output to the chosen designs. */
    jobs: z.array(jobSlug).optional(),
    units: z.array(unitCode).optional(),
  })
  .strict();
export type LessonOptionsInput = z.infer<typeof lessonOptionsSchema>;

/** Options after defaults are applied. `jobs`/`units` null means "all". */
export interface LessonOptions {
  school: 'middle' | 'high';
  grade: number | null;
  periods: number;
  minutes: number;
  activity: 'role-play' | 'self-check';
  jobs: string[] | null;
  units: string[] | null;
}
