/**
 * What the lesson builder needs from the NCS catalog and the job pages. Adapters turn the
 * NCS model and the job frontmatter into these, so the builder does not depend on their shapes.
 */
import type { SourceRef } from './types.ts';
import type { ReadingSection } from './job-reading.ts';

export interface UnitElementInput {
  name: string;
  level: number | null;
}

export interface UnitInput {
  /** File the unit was read from, for error messages. */
  file: string;
  code: string;
  name: string;
  /** null when the standard gives no level. */
  level: number | null;
  levelMeaning: string | null;
  definition: string | null;
  /** Said beside the definition when it is not the official text (e.g. our own summary). */
  definitionNote: string | null;
  /** 대분류 → 세분류 names, top first. */
  classification: string[];
  elements: UnitElementInput[];
  criteria: string[];
  knowledge: string[];
  skills: string[];
  attitudes: string[];
  /** Set when the KSA lines are not from the official standard (e.g. a seed describes them). */
  ksaNote: string | null;
  basicCompetences: string[];
  sources: SourceRef[];
}

export interface JobInput {
  file: string;
  slug: string;
  title: string;
  summary: string;
  order: number;
  officialName: string | null;
  /** Every 한국직업사전 record the job page covers, the first one first: its name and code. */
  dictionaryRecords: { name: string; code: string }[];
  ncsUnits: string[];
  certificates: string[];
  relatedJobs: string[];
  /** h2 headings of the job page body: what a student reads about the job. */
  topics: string[];
  /** The parts of the job page a student reading holds, word for word (job-reading.ts). */
  reading: ReadingSection[];
  sources: SourceRef[];
}

/** The 10 직업기초능력 with their sub-abilities (facts.md §1, official NCS). */
export interface BasicCompetenceInput {
  name: string;
  subs: string[];
}
