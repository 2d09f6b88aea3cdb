import { z } from 'zod';
import { unitCode } from './ncs.ts';
import { checkFigureSources, figureSchema, sourceIdList } from './source.ts';
import { jobSlugSchema } from './slug.ts';

/** The three kinds of CS work (seed 002), in the order the site shows them. */
export const workAreas = ['서비스 기획·운영', '고객만족·VOC', '고객접점 서비스'] as const;
export type WorkArea = (typeof workAreas)[number];

/** 정규교육 levels as the 한국직업사전 states them, lowest first. */
export const educationLevels = ['고졸', '전문대졸', '대졸'] as const;
export type EducationLevel = (typeof educationLevels)[number];

const dictionaryCode = z.string().regex(/^K\d{9}$/, '직업사전 코드는 K와 숫자 9자리입니다');

/**
 * The year the 한국직업사전 record was surveyed (고용24's `inqYear`, facts.md §8): the year its
 * 정규교육 and 숙련기간 describe, shown beside every such figure.
 */
const surveyYear = z.number().int().min(1960).max(2100);

/** One entry of the 한국직업사전 (facts.md §2). Unknown parts are null, never guessed. */
export const dictionaryEntrySchema = z.object({
  name: z.string().min(1),
  code: dictionaryCode,
  /** 정규교육 */
  education: z.enum(educationLevels).nullable(),
  /** 숙련기간, as the dictionary words it (e.g. "1~3개월"). */
  skillPeriod: z.string().min(1).nullable(),
  surveyYear,
});
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;

/** A 한국직업사전 record named by the job page: its name and code, as the dictionary has them. */
export const recordRefSchema = z.object({ name: z.string().min(1), code: dictionaryCode });
export type RecordRef = z.infer<typeof recordRefSchema>;

/** Frontmatter of a job page (content/jobs/*.mdx). Unknown official facts are null, never guessed. */
export const jobSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int(),
    /** Which of the three kinds of CS work the job belongs to (seed 002's split). */
    workArea: z.enum(workAreas),
    officialName: z.string().nullable(),
    dictionaryCode: dictionaryCode.nullable(),
    /** Other names the dictionary lists for the same job (e.g. 전화고객상담원). */
    otherNames: z.array(z.string().min(1)).default([]),
    education: z.enum(educationLevels).nullable(),
    skillPeriod: z.string().min(1).nullable(),
    /** Survey year of the record named by `dictionaryCode`; null exactly when there is no such record. */
    surveyYear: surveyYear.nullable().default(null),
    /** Further dictionary entries the page covers (CS 강사 is both 고객서비스교육담당원 and 매너강사). */
    alsoListed: z.array(dictionaryEntrySchema).default([]),
    /**
     * For a job the dictionary does not list: the records that cover the nearest job, so the page
     * can say where the official facts live instead of leaving a row of gaps.
     */
    nearestRecords: z.array(recordRefSchema).max(2).default([]),
    keco: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    ksco: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    /** Checked against content/ncs by the site loader (src/site-content/cross-references.ts). */
    ncsUnits: z.array(unitCode).default([]),
    /** Checked against content/jobs by the site loader. */
    relatedJobs: z.array(jobSlugSchema).default([]),
    /** Names in content/certificates.yaml, checked by the site loader. */
    certificates: z.array(z.string().min(1)).default([]),
    /** Official pay statistics: none were verified (facts.md §2), so every page shows them as missing. */
    officialPay: figureSchema.nullable().default(null),
    figures: z.array(figureSchema).default([]),
    /** Ids in the source registry (content/sources.yaml). */
    sources: sourceIdList,
  })
  .superRefine((job, ctx) => {
    checkFigureSources(job.figures, job.sources, ctx);
    if (job.dictionaryCode !== null && job.surveyYear === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['surveyYear'],
        message: '직업사전 기록의 조사 연도(surveyYear)가 없어요: 정규교육과 숙련기간은 조사 연도와 함께 보여 줘요',
      });
    }
    if (job.dictionaryCode === null && job.surveyYear !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['surveyYear'],
        message: '직업사전 코드(dictionaryCode)가 없는데 조사 연도(surveyYear)가 있어요',
      });
    }
    const pay = job.officialPay;
    if (pay && !job.sources.includes(pay.source)) {
      ctx.addIssue({ code: 'custom', path: ['officialPay', 'source'], message: `출처 "${pay.source}"가 이 페이지의 sources에 없어요` });
    }
  });
export type Job = z.infer<typeof jobSchema>;
