import { z } from 'zod';
import { certificateNames, educationLevels, jobSlugs, ncsUnitCodes, workAreas } from '../model/jobs/catalog.ts';
import { checkFigureSources, figureSchema, sourceIdList } from './source.ts';

const dictionaryCode = z.string().regex(/^K\d{9}$/, '직업사전 코드는 K와 숫자 9자리입니다');

/** One entry of the 한국직업사전 (facts.md §2). Unknown parts are null, never guessed. */
export const dictionaryEntrySchema = z.object({
  name: z.string().min(1),
  code: dictionaryCode,
  /** 정규교육 */
  education: z.enum(educationLevels).nullable(),
  /** 숙련기간, as the dictionary words it (e.g. "1~3개월"). */
  skillPeriod: z.string().min(1).nullable(),
});
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;

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
    /** Further dictionary entries the page covers (CS 강사 is both 고객서비스교육담당원 and 매너강사). */
    alsoListed: z.array(dictionaryEntrySchema).default([]),
    keco: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    ksco: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    ncsUnits: z.array(z.enum(ncsUnitCodes)).default([]),
    relatedJobs: z.array(z.enum(jobSlugs)).default([]),
    certificates: z.array(z.enum(certificateNames)).default([]),
    /** Official pay statistics: none were verified (facts.md §2), so every page shows them as missing. */
    officialPay: figureSchema.nullable().default(null),
    figures: z.array(figureSchema).default([]),
    /** Ids in the source registry (content/sources.yaml). */
    sources: sourceIdList,
  })
  .superRefine((job, ctx) => {
    checkFigureSources(job.figures, job.sources, ctx);
    const pay = job.officialPay;
    if (pay && !job.sources.includes(pay.source)) {
      ctx.addIssue({ code: 'custom', path: ['officialPay', 'source'], message: `출처 "${pay.source}"가 이 페이지의 sources에 없어요` });
    }
  });
export type Job = z.infer<typeof jobSchema>;
