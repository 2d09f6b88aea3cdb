/**
 * The lesson-design model (진로 수업 설계서). One value of `LessonDesign` is rendered as a page,
 * a .docx and JSON; no renderer adds content of its own.
 */

import type { CitableSource } from '../sources/cite.ts';

/** A place the teacher fills in, shown as a labelled blank: used wherever official data is missing. */
export interface Blank {
  blank: string;
}

/** A line of text or a labelled teacher-fill-in blank. */
export type Item = string | Blank;

export function isBlank(item: Item): item is Blank {
  return typeof item === 'object' && item !== null && 'blank' in item;
}

export type SchoolLevel = 'middle' | 'high';
export type Stage = '도입' | '전개' | '정리';
export type DesignKind = 'job-series' | 'unit-lesson';

export interface Audience {
  school: SchoolLevel;
  /** e.g. "중학교 2~3학년" */
  label: string;
}

export interface StandardRef {
  code: string;
  /** The curriculum the code belongs to: codes are reused with other meanings elsewhere. */
  curriculum: string;
  area: string;
  /** What the standard is about, in our words (not the official wording). */
  summary: string;
}

export interface ProcessStep {
  stage: Stage;
  /** 학습 요소 */
  element: string;
  teacher: Item[];
  student: Item[];
  minutes: number;
  /** 자료 및 유의점 */
  materials: Item[];
}

export interface PeriodPlan {
  period: number;
  title: string;
  goals: Item[];
  steps: ProcessStep[];
}

export interface AssessmentItem {
  /** 평가 방법 */
  method: string;
  /** 평가 기준 */
  criteria: Item;
  /** 평가 시기 */
  timing: string;
}

export interface RubricRow {
  criterion: Item;
  high: string;
  middle: string;
  low: string;
}

export interface WorksheetTask {
  prompt: Item;
  /** How many writing lines to leave on paper. */
  lines: number;
}

export interface WorksheetSection {
  heading: string;
  tasks: WorksheetTask[];
}

export interface Worksheet {
  title: string;
  intro: string;
  sections: WorksheetSection[];
}

export interface NcsUnitLink {
  code: string;
  name: string;
  /** null when the standard gives no level. */
  level: number | null;
  levelMeaning: string | null;
  definition: string | null;
  definitionNote: string | null;
  classification: string[];
  elements: Item[];
  criteria: Item[];
  knowledge: Item[];
  skills: Item[];
  attitudes: Item[];
  /** Where the KSA lines come from when they are not official (e.g. seed 000). */
  ksaNote: string | null;
  basicCompetences: Item[];
}

/** A registry source as a design carries it (designs travel as JSON, without the registry). */
export type SourceRef = CitableSource;

export interface LessonDesign {
  id: string;
  kind: DesignKind;
  /** 단원명 */
  title: string;
  summary: string;
  job: { slug: string; title: string } | null;
  unit: { code: string; name: string; level: number | null } | null;
  audience: Audience;
  periods: number;
  minutesPerPeriod: number;
  standards: StandardRef[];
  /** Said when no verified standard fits (e.g. high-school codes): the teacher fills it in. */
  standardsNote: Blank | null;
  goals: Item[];
  periodPlans: PeriodPlan[];
  assessment: { items: AssessmentItem[]; rubric: RubricRow[] };
  worksheet: Worksheet;
  ncs: { units: NcsUnitLink[]; basicCompetences: { name: string; subs: string[]; why: string }[]; note: string };
  /** Things the data did not have, said plainly at the top of the design. */
  gaps: string[];
  sources: SourceRef[];
  /** Options that produced this design, so a teacher can regenerate it. */
  options: { school: SchoolLevel; periods: number; minutes: number; activity: string };
}
