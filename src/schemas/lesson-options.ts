import { z } from 'zod';
import { ACTIVITIES, GRADES, MINUTES, PERIODS, SCHOOL_LEVELS, STYLES, type IntRange } from '../model/lesson/option-values.ts';
import { unitCode } from './ncs.ts';
import { jobSlugSchema as jobSlug } from './slug.ts';

const intIn = (r: IntRange) => z.number().int().min(r.min).max(r.max);

/** Each option's schema, from the values declared in src/model/lesson/option-values.ts. */
export const optionSchemas = {
  school: z.enum(SCHOOL_LEVELS),
  /** Without a grade the design is for every grade of the school level. */
  grade: intIn(GRADES),
  periods: intIn(PERIODS),
  /** Length of one period; the school level's usual length when left out. */
  minutes: intIn(MINUTES),
  activity: z.enum(ACTIVITIES),
  /** 문체: 해요체 for students, or the 지도안 style a teacher submits. */
  style: z.enum(STYLES),
};

/**
 * Options a teacher can set for the lesson-design generator, from a YAML config file, the
 * command line or the designer's address. Everything is optional here; defaults come from
 * content/lessons/defaults.yaml.
 */
export const lessonOptionsSchema = z
  .object({
    school: optionSchemas.school.optional(),
    grade: optionSchemas.grade.optional(),
    periods: optionSchemas.periods.optional(),
    minutes: optionSchemas.minutes.optional(),
    activity: optionSchemas.activity.optional(),
    style: optionSchemas.style.optional(),
    /** Job slugs to make career series for; with `units`, limits output to the chosen designs. */
    jobs: z.array(jobSlug).optional(),
    /** Units to make designs for: one unit gets its own design, two or more make one series. */
    units: z.array(unitCode).optional(),
  })
  .strict();
export type LessonOptionsInput = z.infer<typeof lessonOptionsSchema>;

type Chosen = Required<Pick<LessonOptionsInput, 'school' | 'periods' | 'minutes' | 'activity' | 'style'>>;

/** Options after defaults are applied. `jobs`/`units` null means "all"; `grade` null every grade. */
export interface LessonOptions extends Chosen {
  grade: number | null;
  jobs: string[] | null;
  units: string[] | null;
}
