/**
 * The lesson-design model (진로 수업 설계서). One value of `LessonDesign` is rendered as a page,
 * a .docx and JSON; no renderer adds content of its own.
 */

import type { CitableSource } from '../sources/cite.ts';
import type { Activity, SchoolLevel, Style } from './option-values.ts';
import type { SitePage } from './site-pages.ts';
import type { ReadingSection } from './job-reading.ts';

export type { SchoolLevel };

/** A place the teacher fills in, shown as a labelled blank: used wherever official data is missing. */
export interface Blank {
  blank: string;
}

/** A line of text or a labelled teacher-fill-in blank. */
export type Item = string | Blank;

export function isBlank(item: Item): item is Blank {
  return typeof item === 'object' && item !== null && 'blank' in item;
}

export type Stage = '도입' | '전개' | '정리';
export type DesignKind = 'job-series' | 'unit-lesson';

export interface Audience {
  school: SchoolLevel;
  /** e.g. "중학교 2~3학년" */
  label: string;
}

export type Confidence = 'H' | 'M' | 'L';

/** An official 성취기준, quoted word for word: renderers show it as a quotation with its curriculum and 고시. */
export interface StandardRef {
  code: string;
  /** The curriculum the code belongs to: codes are reused with other meanings elsewhere (특수교육). */
  curriculum: string;
  /** The 고시 that issued the curriculum. */
  gosi: string;
  /** The area's name, e.g. "직업 세계와 진로 탐색". */
  area: string;
  /** The official sentence. */
  text: string;
  confidence: Confidence;
  /** Below H: what to check and why, said beside the quotation; null when the text is confirmed. */
  check: string | null;
}

/**
 * The standards of a 전문교과 area whose name is the same as the NCS unit's: shown beside the
 * unit as a related school subject, never as the unit's own criteria.
 */
export interface VocationalArea {
  /** e.g. "고객 관계 관리" */
  area: string;
  curriculum: string;
  gosi: string;
  /** Says what the link is (same name) and what it is not (the unit's criteria). */
  note: string;
  standards: StandardRef[];
}

/** What the class needs ready for one period. */
export interface PeriodSupplies {
  period: number;
  items: string[];
  /** Pages of this site the period's steps send the class to. */
  pages: SitePage[];
}

/** A printable material the design names, included in full. */
export type Handout =
  | {
      kind: 'table';
      id: string;
      title: string;
      intro: string;
      columns: string[];
      /** Row labels (first column); the other cells are left empty to write in. */
      rows: Item[];
      emptyRows: number;
      /** Handwritten lines each cell has room for. */
      cellLines: number;
    }
  | { kind: 'cards'; id: string; title: string; intro: string; cards: { title: string; lines: string[] }[] }
  | {
      /** A job page's parts for students to read on paper (job-reading.ts), with where they come from. */
      kind: 'reading';
      id: string;
      title: string;
      intro: string;
      sections: ReadingSection[];
      /** Which page the reading is taken from and what that page cites. */
      source: string;
      /** The job page itself, with its address and QR code under the reading. */
      page: SitePage;
    };

export interface ProcessStep {
  stage: Stage;
  /** 학습 요소 */
  element: string;
  teacher: Item[];
  student: Item[];
  minutes: number;
  /** 자료 및 유의점 */
  materials: Item[];
  /** Pages of this site the step sends the class to: shown beside its materials with their address and QR code. */
  pages: SitePage[];
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
  /** The row as students read it (해요체), when the teacher's row is in 지도안 style. */
  student?: Omit<RubricRow, 'student'>;
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
  /** Official elements; in a unit design, one teacher blank when the official data is not imported. */
  elements: Item[];
  criteria: string[];
  knowledge: string[];
  skills: string[];
  attitudes: string[];
  /** Where the KSA lines come from when they are not official (e.g. seed 000). */
  ksaNote: string | null;
  basicCompetences: string[];
  /** What official data is missing and where to find it, said once; null when nothing is missing. */
  missing: string | null;
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
  /** Said when no standard fits: the teacher fills it in. */
  standardsNote: Blank | null;
  /** Set when a standard is below H: ask the teacher to check the 고시 before copying it. */
  standardsCheck: string | null;
  /** The 전문교과 area of the same name as the unit, if any (unit designs only). */
  vocational: VocationalArea | null;
  goals: Item[];
  periodPlans: PeriodPlan[];
  assessment: { items: AssessmentItem[]; rubric: RubricRow[] };
  worksheet: Worksheet;
  /** 준비물 per period. */
  supplies: PeriodSupplies[];
  /** Every material the process tables name (checklists, self-assessment, cards, tables), printable. */
  handouts: Handout[];
  ncs: { units: NcsUnitLink[]; basicCompetences: { name: string; subs: string[]; why: string }[]; note: string };
  /** Things the data did not have, said plainly at the top of the design. */
  gaps: string[];
  sources: SourceRef[];
  /** Options that produced this design, so a teacher can regenerate it. */
  options: { school: SchoolLevel; periods: number; minutes: number; activity: Activity; style: Style };
}
