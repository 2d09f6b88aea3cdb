/**
 * How the site's designs are laid out across /lessons/ and the 세분류 pages. Plain data, no Astro,
 * so the pages and the tests share one decision.
 */
import type { LessonDesign } from './types.ts';

/**
 * Above this many designs /lessons/ stops listing unit designs row by row. With the whole NCS catalog
 * (13,400 units) one row each made a 5.5 MB page with a 13,400-option <select> that a school PC or a
 * phone could hardly open or use; the unit designs are then reached through their 세분류 instead
 * (about 1,100 rows). The default site has 17 designs, so it keeps the single table.
 */
export const LESSON_INDEX_LIMIT = 500;

export interface DutyRef {
  code: string;
  /** null when only the code is verified. */
  name: string | null;
}

export interface DutyLessons extends DutyRef {
  /** Unit designs of the 세분류, by level (none last) then unit code, as on the 세분류 page. */
  designs: LessonDesign[];
}

export type LessonIndexPlan =
  /** Every design in the one table. */
  | { grouped: false; rows: LessonDesign[] }
  /** Job designs (and any unit design without a known 세분류) in the table; unit designs by 세분류. */
  | { grouped: true; rows: LessonDesign[]; duties: DutyLessons[] };

/** Resolves a unit code to its 세분류; undefined when the catalog does not know the unit. */
export type DutyOf = (unitCode: string) => DutyRef | undefined;

/** Unit designs grouped by 세분류, in 세분류 code order. Designs whose unit has no known 세분류 are left out. */
export function unitDesignsByDuty(designs: readonly LessonDesign[], dutyOf: DutyOf): Map<string, DutyLessons> {
  const byDuty = new Map<string, DutyLessons>();
  for (const d of designs) {
    if (!d.unit) continue;
    const duty = dutyOf(d.unit.code);
    if (!duty) continue;
    let entry = byDuty.get(duty.code);
    if (!entry) byDuty.set(duty.code, (entry = { code: duty.code, name: duty.name, designs: [] }));
    entry.designs.push(d);
  }
  for (const entry of byDuty.values()) entry.designs.sort(byLevelThenCode);
  return new Map([...byDuty].sort(([a], [b]) => compare(a, b)));
}

export function lessonIndexPlan(designs: readonly LessonDesign[], dutyOf: DutyOf, limit: number = LESSON_INDEX_LIMIT): LessonIndexPlan {
  if (designs.length <= limit) return { grouped: false, rows: [...designs] };
  const byDuty = unitDesignsByDuty(designs, dutyOf);
  const grouped = new Set([...byDuty.values()].flatMap((e) => e.designs));
  // A unit design the catalog cannot place stays in the table rather than disappearing.
  return { grouped: true, rows: designs.filter((d) => !grouped.has(d)), duties: [...byDuty.values()] };
}

function byLevelThenCode(a: LessonDesign, b: LessonDesign): number {
  // Middle before high school for the same unit.
  return (
    (a.unit!.level ?? 99) - (b.unit!.level ?? 99) ||
    compare(a.unit!.code, b.unit!.code) ||
    Number(a.audience.school === 'high') - Number(b.audience.school === 'high')
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
