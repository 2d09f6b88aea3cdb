/**
 * Schemas of the teacher-editable lesson files in content/lessons/ and content/curriculum/.
 * Kept beside the model (not src/schemas/) because only the lesson generator reads them.
 */
import { z } from 'zod';

const text = z.string().min(1);
const lines = z.array(text);

export const stepTemplateSchema = z
  .object({
    stage: z.enum(['도입', '전개', '정리']),
    element: text,
    /** Kept when a period has to hold three or more blocks. */
    core: z.boolean().default(false),
    teacher: lines.min(1),
    student: lines.min(1),
    /** Share of a 45-minute period; scaled to the real period length. */
    minutes: z.number().int().min(1).max(120),
    /** Never cut below this when the period is short. */
    minMinutes: z.number().int().min(1).max(120),
    materials: lines.default([]),
  })
  .strict()
  .refine((s) => s.minMinutes <= s.minutes, { message: 'minMinutes는 minutes보다 클 수 없어요', path: ['minMinutes'] });
export type StepTemplate = z.infer<typeof stepTemplateSchema>;

const worksheetTaskSchema = z.object({ prompt: text, lines: z.number().int().min(1).max(10) }).strict();
const worksheetSectionSchema = z.object({ heading: text, tasks: z.array(worksheetTaskSchema).min(1) }).strict();
export type WorksheetSectionTemplate = z.infer<typeof worksheetSectionSchema>;

const rubricRowSchema = z.object({ criterion: text, high: text, middle: text, low: text }).strict();
export type RubricRowTemplate = z.infer<typeof rubricRowSchema>;

const basicCompetenceUseSchema = z.object({ name: text, subs: lines.min(1), why: text }).strict();

export const blockTemplateSchema = z
  .object({
    title: text,
    goal: text,
    standards: z.array(text).default([]),
    steps: z.array(stepTemplateSchema).min(1),
  })
  .strict();
export type BlockTemplate = z.infer<typeof blockTemplateSchema>;

const activitySchema = blockTemplateSchema.extend({
  basicCompetences: z.array(basicCompetenceUseSchema).min(1),
  worksheet: worksheetSectionSchema,
  rubric: z.array(rubricRowSchema).min(1),
  assessment: z.object({ method: text, criteria: text }).strict(),
});
export type ActivityTemplate = z.infer<typeof activitySchema>;

const layoutsSchema = z
  .object({
    '1': z.array(z.array(text).min(1)).length(1),
    '2': z.array(z.array(text).min(1)).length(2),
    '3': z.array(z.array(text).min(1)).length(3),
    '4': z.array(z.array(text).min(1)).length(4),
  })
  .strict();

const assessmentTemplateSchema = z.object({ method: text, criteria: text, block: text }).strict();

const seriesBase = {
  title: text,
  summary: text,
  opening: stepTemplateSchema,
  closing: stepTemplateSchema,
  closingLast: stepTemplateSchema,
  blocks: z.record(z.string(), blockTemplateSchema),
  layouts: layoutsSchema,
  worksheet: z.object({ title: text, intro: text, sections: z.record(z.string(), worksheetSectionSchema) }).strict(),
  assessment: z.array(assessmentTemplateSchema).min(1),
  rubric: z.array(rubricRowSchema).min(1),
};

export const jobSeriesTemplateSchema = z
  .object({ ...seriesBase, activities: z.object({ 'role-play': activitySchema, 'self-check': activitySchema }).strict() })
  .strict();
export type JobSeriesTemplate = z.infer<typeof jobSeriesTemplateSchema>;

export const unitLessonTemplateSchema = z
  .object({
    ...seriesBase,
    elementTask: text,
    rubricFromCriterion: z.object({ high: text, middle: text, low: text }).strict(),
  })
  .strict();
export type UnitLessonTemplate = z.infer<typeof unitLessonTemplateSchema>;

export const lessonDefaultsSchema = z
  .object({
    school: z.enum(['middle', 'high']),
    periods: z.number().int().min(1).max(4),
    activity: z.enum(['role-play', 'self-check']),
    minutesBySchool: z.object({ middle: z.number().int().min(20).max(120), high: z.number().int().min(20).max(120) }).strict(),
    audience: z.object({ middle: text, high: text }).strict(),
  })
  .strict();
export type LessonDefaults = z.infer<typeof lessonDefaultsSchema>;

export const curriculumFileSchema = z
  .object({
    curricula: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            name: text,
            school: z.enum(['middle', 'high']),
            note: text,
            areas: z.array(z.object({ code: z.string().regex(/^\d{2}$/), name: text }).strict()),
            standards: z.array(
              z
                .object({
                  code: z.string().regex(/^\[(9|12)진로\d{2}-\d{2}\]$/, '성취기준 코드는 [9진로02-01] 꼴이에요'),
                  area: z.string().regex(/^\d{2}$/),
                  summary: text,
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .min(1),
    sources: z.array(z.object({ title: text, publisher: text, year: z.number().int(), url: z.url().optional() }).strict()).min(1),
  })
  .strict();
export type CurriculumFile = z.infer<typeof curriculumFileSchema>;
