import type { NcsSource } from '../../schemas/ncs.ts';

/** The typed NCS model. Built once by loadNcsCatalog(); every lookup is a Map access. */

export type { NcsSource };

export type NcsLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Depth in the tree: 대분류 (major) → 중분류 (middle) → 소분류 (minor) → 세분류 (duty). */
export type ClassDepth = 'major' | 'middle' | 'minor' | 'duty';

export interface OccupationLink {
  keco: string;
  name: string;
  source: string;
}

export interface ClassNode {
  depth: ClassDepth;
  /** 2, 4, 6 or 8 digits; each code starts with its parent's code. */
  code: string;
  /** null when only the code is verified. */
  name: string | null;
  source: string;
  /** Parent code, null for a 대분류. */
  parent: string | null;
  /** Child nodes in code order (empty for a 세분류). */
  children: ClassNode[];
  /** Current (not retired) units in this branch, all depths below included. */
  unitCount: number;
  /** Only on 세분류. */
  occupations: OccupationLink[];
  /** Only on 세분류: a short remark in our words. */
  note: string | null;
}

export interface Criterion {
  no: number;
  /** "<element no>.<criterion no>", e.g. "1.2". */
  label: string;
  text: string;
}

export interface Element {
  no: number;
  name: string;
  level: NcsLevel | null;
  criteria: Criterion[];
  knowledge: string[];
  skills: string[];
  attitudes: string[];
}

export interface UnitVersion {
  /** Two-digit year of the code, e.g. 21. */
  year: number;
  /** Revision number after the v, e.g. 3. */
  revision: number;
  /** As written in the code, e.g. "21v3". */
  label: string;
}

export interface Definition {
  text: string;
  /** official = the standard's text; summary = our own summary, not the official definition. */
  kind: 'official' | 'summary';
  source: string;
}

export interface KsaOverview {
  knowledge: string[];
  skills: string[];
  attitudes: string[];
  source: string;
}

export interface BasicCompetenceRef {
  competence: string;
  subs: string[];
}

export interface Unit {
  code: string;
  name: string;
  level: NcsLevel | null;
  /** Derived from the code. */
  version: UnitVersion;
  /** The 2-digit serial within its 세분류. */
  serial: string;
  /** 세분류 code (first 8 digits of the code). */
  duty: string;
  definition: Definition | null;
  retired: boolean;
  source: string;
  elements: Element[];
  basicCompetences: BasicCompetenceRef[];
  ksaOverview: KsaOverview | null;
  /** Where the record was read from (file and position in its `units` list), for error messages downstream. */
  origin: { file: string; index: number };
}

export interface LevelDescriptor {
  level: NcsLevel;
  title: string;
  description: string;
  source: string;
}

export interface BasicCompetence {
  id: string;
  name: string;
  subs: { id: string; name: string }[];
  source: string;
}

export interface NcsCatalog {
  /** The folder it was loaded from. */
  dir: string;
  sources: Map<string, NcsSource>;
  /** 대분류 in code order; walk `children` for the rest. */
  majors: ClassNode[];
  /** Every node of every depth by code. */
  nodes: Map<string, ClassNode>;
  /** Every unit by code (retired ones included when present in the data). */
  units: Map<string, Unit>;
  /** Units of each 세분류, sorted by level (null last) then code. */
  unitsByDuty: Map<string, Unit[]>;
  /** Index 1–8. */
  levels: Map<NcsLevel, LevelDescriptor>;
  basicCompetences: BasicCompetence[];
  basicCompetenceById: Map<string, BasicCompetence>;
}
