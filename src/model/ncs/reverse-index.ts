export interface LinkedPage {
  label: string;
  path: string;
}

/**
 * unit code → pages that name it (jobs, lesson designs…), built in one pass so that each of up
 * to 13,400 unit pages reads its own entry instead of scanning every item again.
 * A page naming the same unit twice is listed once; order follows `items`.
 */
export function indexByUnit<T>(
  items: Iterable<T>,
  codesOf: (item: T) => Iterable<string>,
  link: (item: T) => LinkedPage,
): Map<string, LinkedPage[]> {
  const map = new Map<string, LinkedPage[]>();
  for (const item of items) {
    const page = link(item);
    for (const code of new Set(codesOf(item))) {
      const list = map.get(code);
      if (list) list.push(page);
      else map.set(code, [page]);
    }
  }
  return map;
}
