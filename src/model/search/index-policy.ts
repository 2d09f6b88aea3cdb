/**
 * Up to this many NCS units, each unit's lesson design is a search result of its own. Past it
 * they are found through their unit page (which links to its design): every indexed page costs
 * the first search about 6 bytes of Pagefind metadata, and 13,400 more pages would push the
 * full catalog's first search past its 300 KB budget.
 */
export const UNIT_LESSONS_INDEXED_UP_TO = 2000;

export function indexesUnitLessons(unitCount: number): boolean {
  return unitCount <= UNIT_LESSONS_INDEXED_UP_TO;
}
