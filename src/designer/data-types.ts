/**
 * The designer's data files, written into the built site by scripts/write-lesson-files.ts and
 * read by the browser. Small files on demand: the picker never loads a list of every unit.
 */
import type { JobInput, UnitInput } from '../model/lesson/inputs.ts';
import type { LessonTemplates } from '../model/lesson/templates.ts';

/** Bumped when a file's shape changes; the page refuses data of another version. */
export const DESIGNER_DATA_VERSION = 1;

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
  /** Keys of the name files that exist (see nameKey). */
  nameKeys: string[];
}

/** names/<key>.json: [code, name] of every unit with a word starting with the key's letter. */
export type NameShard = [code: string, name: string][];

/** units/<duty>.json */
export type DutyUnits = UnitInput[];

/** lesson.json: what every design is built from besides its units. */
export interface DesignerLessonData {
  version: number;
  templates: LessonTemplates;
  jobs: JobInput[];
}

/** The name file for a word: its first letter (lower case) as a hex code point, safe in any URL. */
export function nameKey(word: string): string | null {
  const first = word.trim().toLowerCase().codePointAt(0);
  return first === undefined ? null : first.toString(16);
}

export function dutyOfUnitCode(code: string): string {
  return code.slice(0, 8);
}
