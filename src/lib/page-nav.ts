/** Shapes shared by the layout components; plain data, no Astro. */

export interface Crumb {
  label: string;
  /** Site-internal path without base, e.g. 'jobs/'. The last crumb (current page) has none. */
  path?: string;
}

export interface PageLink {
  label: string;
  path: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings worth a table of contents: h2 and h3 only, and only when there are enough of them. */
export function tocEntries(headings: readonly Heading[], minimum = 3): Heading[] {
  const kept = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return kept.filter((h) => h.depth === 2).length >= minimum ? kept : [];
}

/** Previous and next items around `currentId` in an ordered sequence. */
export function neighbours<T extends { id: string }>(items: readonly T[], currentId: string): { prev?: T; next?: T } {
  const i = items.findIndex((item) => item.id === currentId);
  if (i === -1) return {};
  return { prev: items[i - 1], next: items[i + 1] };
}
