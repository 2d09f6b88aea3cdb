/**
 * The kinds of page the site builds, by address under the base: pages of one kind share a route
 * and its template, so browser checks that cost seconds a page (axe) run on one page of each kind.
 * A page that fits no kind fails the tests that use this list, so a new kind gets its checks.
 */
export const PAGE_KINDS: readonly [kind: string, pattern: RegExp][] = [
  ['home', /^$/],
  ['not found', /^404\.html$/],
  ['jobs', /^jobs\/$/],
  ['job', /^jobs\/[^/]+\/$/],
  ['guides', /^guides\/$/],
  ['guide', /^guides\/[^/]+\/$/],
  ['paths', /^paths\/$/],
  ['path', /^paths\/[^/]+\/$/],
  ['ncs', /^ncs\/$/],
  ['ncs duty', /^ncs\/\d{8}\/$/],
  ['ncs unit', /^ncs\/units\/[^/]+\/$/],
  ['lessons', /^lessons\/$/],
  ['designer', /^lessons\/design\/$/],
  ['job lesson', /^lessons\/job-[^/]+\/$/],
  ['unit lesson', /^lessons\/unit-[^/]+\/$/],
  ['job lesson slides', /^lessons\/job-[^/]+\/slides\/$/],
  ['unit lesson slides', /^lessons\/unit-[^/]+\/slides\/$/],
  ['search', /^search\/$/],
  ['search: all pages', /^search\/all\/$/],
  ['self-check', /^self-check\/$/],
  ['questions', /^questions\/$/],
  ['teachers', /^teachers\/$/],
];

/** The kind of the page at `path` (relative to the base, no leading slash), or undefined. */
export function pageKind(path: string): string | undefined {
  return PAGE_KINDS.find(([, pattern]) => pattern.test(path))?.[0];
}
