/**
 * The designer's data files, written into the built site by scripts/write-lesson-files.ts and
 * read by the browser. Small files on demand: the picker never loads a list of every unit.
 */
import type { JobInput, UnitInput } from './inputs.ts';
import type { LessonTemplates } from './templates.ts';

/** Bumped when a file's shape changes; the page refuses data of another version. */
export const DESIGNER_DATA_VERSION = 2;

/** Folder of the data files under the site base. */
export const DESIGNER_DATA_DIR = 'lessons/design/data';

export interface DutyEntry {
  /** 8-digit 세분류 code; the first 8 digits of each of its units' codes. */
  code: string;
  /** 대분류 → 세분류 names. */
  path: string[];
  units: number;
}

/** index.json: what there is to pick, without the units themselves. */
export interface DesignerIndex {
  version: number;
  jobs: { slug: string; title: string }[];
  duties: DutyEntry[];
  /**
   * Every name key (see nameKey) with how many units it holds. Only keys up to MAX_NAME_SHARD
   * have a file: a word that starts half the catalog's names finds nothing useful anyway.
   */
  names: Record<string, number>;
}

/** names/<key>.json: [code, name] of every unit with a word starting with the key's letters. */
/** Each unit as its code, name and 수준 (null when the standard gives none). */
export type NameShard = [code: string, name: string, level: number | null][];

/** units/<duty>.json */
export type DutyUnits = UnitInput[];

/** lesson.json: what every design is built from besides its units. */
export interface DesignerLessonData {
  version: number;
  templates: LessonTemplates;
  jobs: JobInput[];
}

/** The largest name file written; more common word beginnings ask her to type more. */
export const MAX_NAME_SHARD = 1500;

/**
 * The name file for a word: its first two letters (lower case) as hex code points, safe in any
 * URL; null for a one-letter word (too short to look up on its own).
 */
export function nameKey(word: string): string | null {
  const letters = [...word.trim().toLowerCase()];
  if (letters.length < 2) return null;
  return letters
    .slice(0, 2)
    .map((c) => c.codePointAt(0)!.toString(16))
    .join('-');
}

export function dutyOfUnitCode(code: string): string {
  return code.slice(0, 8);
}
