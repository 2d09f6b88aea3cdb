/**
 * Schemas of the teacher-editable lesson files in content/lessons/ and content/curriculum/.
 * Kept beside the model (not src/schemas/) because only the lesson generator reads them.
 */
import { z } from 'zod';
import { optionSchemas } from '../../schemas/lesson-options.ts';
import { SITE_PAGES } from './site-pages.ts';
import { ACTIVITIES, DEFAULT_STYLE, PERIODS, SCHOOL_LEVELS, rangeValues, type Activity, type SchoolLevel } from './option-values.ts';

const text = z.string().min(1);
const varName = z.string().regex(/^[A-Za-z]+$/, '자리 이름은 영문자만 써요 (예: certificates)');

/**
 * A template line: plain text, or text kept only when a value is there (`when`) or only when it
 * is missing (`unless`). Templates say what to do without the data instead of leaving a hole.
 */
export const lineSchema = z.union([text, z.object({ text, when: varName }).strict(), z.object({ text, unless: varName }).strict()]);
export type LineTemplate = z.infer<typeof lineSchema>;
const lines = z.array(lineSchema);

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
    /** Ids of the template's handouts this step uses: they are printed with the design. */
    handouts: z.array(text).default([]),
    /** What the class needs ready for this step (devices, printouts, paper): the period's 준비물. */
    supplies: z.array(text).default([]),
    /**
     * Pages of this site the step's lines name ("직업 페이지", "진로 경로 메뉴"): the design prints
     * each one's address and QR code beside the step (site-pages.ts says which page a key is).
     */
    pages: z.array(z.enum(SITE_PAGES)).default([]),
    /** Standards only this step teaches: listed only when the step is placed (a short period drops non-core steps). */
    standards: z.array(text).default([]),
  })
  .strict()
  .refine((s) => s.minMinutes <= s.minutes, { message: 'minMinutes는 minutes보다 클 수 없어요', path: ['minMinutes'] });
export type StepTemplate = z.infer<typeof stepTemplateSchema>;

const worksheetTaskSchema = z.object({ prompt: lineSchema, lines: z.number().int().min(1).max(10) }).strict();
const worksheetSectionSchema = z.object({ heading: text, tasks: z.array(worksheetTaskSchema).min(1) }).strict();
export type WorksheetSectionTemplate = z.infer<typeof worksheetSectionSchema>;

const rubricRowSchema = z.object({ criterion: text, high: text, middle: text, low: text }).strict();
export type RubricRowTemplate = z.infer<typeof rubricRowSchema>;

/** A printable material a design names: a table to fill in, or cards to cut out. */
const handoutSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('table'),
      title: text,
      intro: text,
      /** Column headings; the first is the row labels' column. */
      columns: z.array(text).min(2),
      rows: lines,
      /** Empty rows to write in, after the labelled ones. */
      emptyRows: z.number().int().min(0).max(12).default(0),
      /** Handwritten lines each cell has room for. */
      cellLines: z.number().int().min(1).max(6).default(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('cards'),
      title: text,
      intro: text,
      cards: z.array(z.object({ title: text, lines: z.array(text).min(1) }).strict()).min(2),
    })
    .strict(),
  /** The job page's first screen and its 하는 일 part for students to read (job designs only). */
  z.object({ kind: z.literal('reading'), title: text, intro: text }).strict(),
]);
export type HandoutTemplate = z.infer<typeof handoutSchema>;

const basicCompetenceUseSchema = z.object({ name: text, subs: z.array(text).min(1), why: text }).strict();

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

/** For each period count a teacher may choose, which blocks go in which period. */
const layoutsSchema = z
  .object(Object.fromEntries(rangeValues(PERIODS).map((n) => [String(n), z.array(z.array(text).min(1)).length(n)])))
  .strict() as unknown as z.ZodType<Record<string, string[][]>>;

/** One entry per school level, each required. */
const bySchool = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(SCHOOL_LEVELS.map((s) => [s, schema])) as Record<SchoolLevel, T>).strict();

const assessmentTemplateSchema = z.object({ method: text, criteria: text, block: text }).strict();

const seriesBase = {
  title: text,
  summary: text,
  /** How period 1 opens: a first lesson, nothing to recall yet. */
  openingFirst: stepTemplateSchema,
  /** How later periods open: {previousTitle} is what the period before did. */
  opening: stepTemplateSchema,
  closing: stepTemplateSchema,
  closingLast: stepTemplateSchema,
  blocks: z.record(z.string(), blockTemplateSchema),
  layouts: layoutsSchema,
  worksheet: z.object({ title: text, intro: text, sections: z.record(z.string(), worksheetSectionSchema) }).strict(),
  assessment: z.array(assessmentTemplateSchema).min(1),
  rubric: z.array(rubricRowSchema).min(1),
  handouts: z.record(z.string().regex(/^[a-z0-9-]+$/), handoutSchema).default({}),
};

export const jobSeriesTemplateSchema = z
  .object({
    ...seriesBase,
    /** The template lines of every declared activity (option-values.ts). */
    activities: z
      .object(Object.fromEntries(ACTIVITIES.map((a) => [a, activitySchema])) as Record<Activity, typeof activitySchema>)
      .strict(),
  })
  .strict();
export type JobSeriesTemplate = z.infer<typeof jobSeriesTemplateSchema>;

export const unitLessonTemplateSchema = z
  .object({
    ...seriesBase,
    elementTask: text,
    rubricFromCriterion: z.object({ high: text, middle: text, low: text }).strict(),
    /** What each level looks like for a 전문교과 standard that becomes a rubric row, by its code. */
    standardRubric: z.record(z.string().regex(/^\[[^\]]+\]$/), z.object({ high: text, middle: text, low: text }).strict()).default({}),
  })
  .strict();
export type UnitLessonTemplate = z.infer<typeof unitLessonTemplateSchema>;

export const lessonDefaultsSchema = z
  .object({
    school: optionSchemas.school,
    /** School levels the site builds designs for, each with its own lesson. */
    siteSchools: z
      .array(optionSchemas.school)
      .min(1)
      .default([...SCHOOL_LEVELS]),
    periods: optionSchemas.periods,
    activity: optionSchemas.activity,
    style: optionSchemas.style.default(DEFAULT_STYLE),
    minutesBySchool: bySchool(optionSchemas.minutes),
    audience: bySchool(text),
  })
  .strict();
export type LessonDefaults = z.infer<typeof lessonDefaultsSchema>;

const confidence = z.enum(['H', 'M', 'L']);

/** One curriculum per file: its official standards, word for word, with how sure we are of each. */
export const curriculumFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** career: 「진로와 직업」; vocational: a 전문교과 subject shown beside NCS units of the same name. */
    kind: z.enum(['career', 'vocational']),
    school: optionSchemas.school,
    name: text,
    /** The 고시 that issued it: codes are reused by other curricula (특수교육), so it travels with every code. */
    gosi: text,
    /** Every code starts with this and the area: "[9진로" + "02" + "-". */
    codePrefix: text,
    areas: z.array(z.object({ code: z.string().regex(/^\d{2}$/), name: text }).strict()).min(1),
    standards: z
      .array(
        z
          .object({
            code: z.string().regex(/^\[[^\]]+\]$/, '성취기준 코드는 [9진로02-01]처럼 대괄호로 감싸요'),
            area: z.string().regex(/^\d{2}$/),
            /** The official sentence, word for word. */
            text,
            confidence,
            /** Why the confidence is below H (which copy, what differs). */
            note: text.optional(),
          })
          .strict(),
      )
      .min(1),
    /** Ids in the source registry (content/sources.yaml). */
    sources: z.array(text).min(1),
  })
  .strict();
export type CurriculumFile = z.infer<typeof curriculumFileSchema>;
