import { tableScroll } from '../ui/strings.ts';

// Labels given so far on each page (the build renders pages one by one in this process).
const used = new Map<string, Set<string>>();

/** A table label unique on its page: a second table with the same header row becomes "… (2번째)". */
export function uniqueTableLabel(page: string, label: string): string {
  const seen = used.get(page) ?? new Set<string>();
  used.set(page, seen);
  let unique = label;
  for (let n = 2; seen.has(unique); n++) unique = tableScroll.numbered(label, n);
  seen.add(unique);
  return unique;
}
