/**
 * The values each filter has somewhere in the index, written by the indexer beside Pagefind's
 * files. The search shows its chips from this small file: Pagefind's filters() downloads every
 * filter's page list, which at full NCS size is more than the rest of a first search together.
 */
export const FILTER_VALUES_FILE = 'filter-values.json';
export type FilterValues = Record<string, string[]>;
