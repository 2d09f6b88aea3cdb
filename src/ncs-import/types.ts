/**
 * The importer's own normalised catalog: what the three official formats say, merged and
 * deduplicated, before it is mapped to the project's NCS schema. Plain data, no I/O.
 */

/** Where a value was read: enough for an error message a person can act on. */
export interface Provenance {
  file: string;
  sheet?: string;
  /** 1-based row (spreadsheet row, CSV record with the header as row 1, or JSON data index + 1). */
  row?: number;
  /** Column header (or JSON key) the value came from. */
  column?: string;
}

export type SourceFormat = 'xlsx' | 'csv' | 'api';

/** One input file, recorded so the written data can say where it came from. */
export interface ImportSource {
  format: SourceFormat;
  /** File name without its folder: the folder is machine-specific, the name is not. */
  file: string;
}

/** Classification depth: 1 대분류 (2 digits) … 4 세분류 (8 digits). */
export type ClassificationDepth = 1 | 2 | 3 | 4;

export interface ClassificationNode {
  code: string;
  name: string;
  depth: ClassificationDepth;
}

export type KsaKind = 'knowledge' | 'skill' | 'attitude';

export interface Criterion {
  /** As printed in the source, e.g. "1.2"; generated from the order when the source has none. */
  number: string;
  text: string;
}

export interface KsaItem {
  kind: KsaKind;
  text: string;
}

export interface Element {
  /** Unit code + "." + serial, e.g. "0201030201_21v3.1". */
  code: string;
  serial: number;
  name: string;
  /** null when the source gives none or gives 0. */
  level: number | null;
  criteria: Criterion[];
  knowledge: string[];
  skills: string[];
  attitudes: string[];
}

export interface Unit {
  /** e.g. "0201030201_21v3" */
  code: string;
  /** The 8-digit 세분류 code the unit belongs to. */
  dutyCode: string;
  name: string;
  /** 1–8, or null for "no level" (0 or missing in the source). */
  level: number | null;
  definition: string | null;
  /** Index into NormalCatalog.sources of the file that gave the definition. */
  definitionSource: number | null;
  /** Index into NormalCatalog.sources of the file that first gave the name (and level). */
  nameSource: number;
  trainingHours: number | null;
  /** The marker of a retired unit as the source wrote it ("구버전", "20년 삭제"), else null. */
  retired: string | null;
  elements: Element[];
  /** Indexes into NormalCatalog.sources. */
  sources: number[];
}

export interface NormalCatalog {
  /** Every classification node named by the sources, sorted by code. */
  classifications: ClassificationNode[];
  /** Sorted by code. */
  units: Unit[];
  sources: ImportSource[];
}
