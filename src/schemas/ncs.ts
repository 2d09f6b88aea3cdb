import { z } from 'zod';
import { UNIT_CODE_PATTERN } from '../model/ncs/unit-code.ts';
import { sourceId, sourceSchema } from './source.ts';

/**
 * Schemas of the NCS data files in content/ncs/ (see src/model/ncs/README.md for the layout).
 * Objects are strict so a misspelt key is reported instead of silently dropped.
 * Official facts we do not have are null, never guessed.
 */

export const majorCode = z.string().regex(/^\d{2}$/, '대분류 코드는 숫자 2자리예요');
export const middleCode = z.string().regex(/^\d{4}$/, '중분류 코드는 숫자 4자리예요');
export const minorCode = z.string().regex(/^\d{6}$/, '소분류 코드는 숫자 6자리예요');
export const dutyCode = z.string().regex(/^\d{8}$/, '세분류 코드는 숫자 8자리예요');

export { UNIT_CODE_PATTERN } from '../model/ncs/unit-code.ts';
export const unitCode = z
  .string()
  .regex(UNIT_CODE_PATTERN, '능력단위 코드는 "세분류 8자리 + 일련번호 2자리 + _연도 2자리 + v버전" 모양이에요 (예: 0201030211_21v4)');

export { sourceId };

/** 1–8, or null when the official data gives no level (official lists write 0). */
export const ncsLevel = z.number().int().min(1, '수준은 1–8이에요').max(8, '수준은 1–8이에요').nullable();

const name = z.string().trim().min(1);

/* ---------- sources.yaml ---------- */

/** The NCS data's part of the one source registry: same schema as content/sources.yaml. */
export const ncsSourceSchema = sourceSchema;
export type NcsSource = z.infer<typeof ncsSourceSchema>;

export const sourcesFileSchema = z.strictObject({
  sources: z.array(ncsSourceSchema).min(1),
});

/* ---------- classification.yaml ---------- */

const classNode = <C extends z.ZodString>(code: C) =>
  z.strictObject({
    code,
    /** null when the code is known (it is the prefix of a verified code) but its name is not. */
    name: name.nullable(),
    source: sourceId,
  });

export const occupationLinkSchema = z.strictObject({
  keco: z.string().regex(/^\d{4}$/, 'KECO 코드는 숫자 4자리예요'),
  name,
  source: sourceId,
});

export const majorSchema = classNode(majorCode);
export const middleSchema = classNode(middleCode);
export const minorSchema = classNode(minorCode);
export const dutySchema = classNode(dutyCode).extend({
  /** Occupations the official NCS–KECO table links to this 세분류. */
  occupations: z.array(occupationLinkSchema).default([]),
  /** A short remark shown on the 세분류 page (our words), e.g. about older unit names. */
  note: z.string().trim().min(1).optional(),
});

export const classificationFileSchema = z.strictObject({
  majors: z.array(majorSchema),
  middles: z.array(middleSchema),
  minors: z.array(minorSchema),
  duties: z.array(dutySchema),
});
export type ClassificationFile = z.infer<typeof classificationFileSchema>;

/* ---------- levels.yaml ---------- */

export const levelDescriptorSchema = z.strictObject({
  level: z.number().int().min(1).max(8),
  /** A few words, e.g. "정해진 일을 반복해요". */
  title: name,
  /** Two or three sentences in our own words (해요체). */
  description: name,
  source: sourceId,
});
export type LevelDescriptorRecord = z.infer<typeof levelDescriptorSchema>;

export const levelsFileSchema = z.strictObject({
  levels: z.array(levelDescriptorSchema),
});

/* ---------- basic-competences.yaml ---------- */

const competenceId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'id는 영문 소문자, 숫자, -만 써요');

export const basicCompetenceSchema = z.strictObject({
  id: competenceId,
  name,
  subs: z.array(z.strictObject({ id: competenceId, name })).min(1),
  source: sourceId,
});
export type BasicCompetenceRecord = z.infer<typeof basicCompetenceSchema>;

export const basicCompetencesFileSchema = z.strictObject({
  competences: z.array(basicCompetenceSchema),
});

/* ---------- units/<세분류 code>.yaml ---------- */

export const criterionSchema = z.strictObject({
  /** Position within its element: 1, 2, …, shown as "<element>.<no>". */
  no: z.number().int().min(1),
  text: name,
});

export const elementSchema = z.strictObject({
  /** Position within its unit: 1, 2, … in ascending order. */
  no: z.number().int().min(1),
  name,
  level: ncsLevel,
  criteria: z.array(criterionSchema).default([]),
  knowledge: z.array(name).default([]),
  skills: z.array(name).default([]),
  attitudes: z.array(name).default([]),
});
export type ElementRecord = z.infer<typeof elementSchema>;

export const definitionSchema = z.strictObject({
  text: name,
  /** official = the standard's own text; summary = our plain-language summary, not the official definition. */
  kind: z.enum(['official', 'summary']),
  source: sourceId,
});

/**
 * Knowledge, skills and attitudes for the unit as a whole, from a teaching source rather than the
 * official element tables (e.g. seed 000). Shown apart from the official tables.
 */
export const ksaOverviewSchema = z.strictObject({
  knowledge: z.array(name).default([]),
  skills: z.array(name).default([]),
  attitudes: z.array(name).default([]),
  source: sourceId,
});

export const basicCompetenceRefSchema = z.strictObject({
  /** id from basic-competences.yaml */
  competence: competenceId,
  /** sub-ability ids of that competence; empty = the competence as a whole. */
  subs: z.array(competenceId).default([]),
});

export const unitSchema = z.strictObject({
  code: unitCode,
  name,
  level: ncsLevel,
  /** If given, must equal the version in the code ("21v3"); the model always derives it from the code. */
  version: z
    .string()
    .regex(/^\d{2}v\d{1,2}$/)
    .optional(),
  definition: definitionSchema.nullable().default(null),
  /** Retired versions are only imported on request. */
  retired: z.boolean().default(false),
  source: sourceId,
  elements: z.array(elementSchema).default([]),
  basicCompetences: z.array(basicCompetenceRefSchema).default([]),
  ksaOverview: ksaOverviewSchema.nullable().default(null),
});
export type UnitRecord = z.infer<typeof unitSchema>;

export const unitFileSchema = z.strictObject({
  /** The 세분류 every unit in this file belongs to; must match the file name. */
  duty: dutyCode,
  units: z.array(unitSchema),
});
export type UnitFile = z.infer<typeof unitFileSchema>;
