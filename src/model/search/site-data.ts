/**
 * What the search needs beyond Pagefind's own files, written by the indexer beside them in one
 * small file that the search loads with its first query:
 * - the values each filter has, for the chips (Pagefind's filters() downloads every filter's page
 *   list, which at full NCS size is more than the rest of a first search together);
 * - which results are students' pages, by Pagefind page id, so teachers' pages can rank below them
 *   without downloading each result first (only students' pages are listed: their number does not
 *   grow with the NCS catalog);
 * - the names of the jobs the site covers, so a question about another job can be told apart.
 */
export const SEARCH_DATA_FILE = 'search-data.json';

export type FilterValues = Record<string, string[]>;

/** A job's own page, a career path, or any other page written for students. */
export type StudentPage = 'job' | 'path' | 'other';

export interface SearchData {
  filters: FilterValues;
  /** Pagefind page id → kind, for every page written for students; any other page is a teacher's. */
  studentPages: Record<string, StudentPage>;
  /** The covered jobs' names and other names, lower case without spaces (고객상담원, 스튜어디스 …). */
  jobNames: string[];
}

export const NO_SEARCH_DATA: SearchData = { filters: {}, studentPages: {}, jobNames: [] };

/** Reads the file's JSON; anything malformed counts as no data (the search still works, unranked by audience). */
export function parseSearchData(json: unknown): SearchData {
  if (typeof json !== 'object' || json === null) return NO_SEARCH_DATA;
  const o = json as Partial<SearchData>;
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return {
    filters: isRecord(o.filters) ? (o.filters as FilterValues) : {},
    studentPages: isRecord(o.studentPages) ? (o.studentPages as Record<string, StudentPage>) : {},
    jobNames: Array.isArray(o.jobNames) ? o.jobNames.filter((n): n is string => typeof n === 'string') : [],
  };
}
