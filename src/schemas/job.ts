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

/**
 * A line of the first phone screen (a step of the day, a good or a hard side): short enough to read
 * at a glance on a 390-pixel-wide phone, where about 20 letters fit on a line.
 */
const glanceLine = (what: string) =>
  z.string().trim().min(1).max(34, `${what}은 34자 안으로 짧게 써요: 휴대폰 첫 화면에 한눈에 들어와야 해요`);

/** Frontmatter of a job page (content/jobs/*.mdx). Unknown official facts are null, never guessed. */
export const jobSchema = z
  .object({
    title: z.string().min(1),
    /** What the job is, in one sentence a 15-year-old understands: the page's first line. */
    summary: z
      .string()
      .min(1)
      .refine((text) => (text.match(/[.?!](\s|$)/g) ?? []).length <= 1, '요약(summary)은 한 문장으로 써요'),
    /** A day at work in a few short steps, from the page's own sources (the first phone screen). */
    day: z.array(glanceLine('하루의 한 줄')).min(2).max(4),
    /** What is good and what is hard about the job, side by side on the first screen. */
    good: z.array(glanceLine('좋은 점 한 줄')).min(1).max(3),
    hard: z.array(glanceLine('힘든 점 한 줄')).min(1).max(3),
    /** Where the first screen's lines come from, when that is one person's view (a blog, an interview). */
    introNote: z.string().min(1).optional(),
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
    /**
     * The names the pay links type into 고용24's and 커리어넷's search, where the portals know the job
     * by another name than its 직업사전 record (고용24 직업정보 calls 컨텍센터상담원 고객상담원).
     * Without them both links search for the 직업사전 name, or the nearest record's.
     */
    payNames: z.strictObject({ work24: z.string().min(1), careerNet: z.string().min(1) }).optional(),
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
