/**
 * What a job page's phone bar points to while the student reads: the part after the one she is in,
 * and after the last part the page beyond it (the next job). Plain data in, plain data out, so the
 * choice is tested without a browser.
 */

export interface PagePart {
  /** The heading's id (the link goes to `#id`). */
  readonly id: string;
  readonly label: string;
}

export interface NextLink {
  readonly href: string;
  readonly label: string;
  /** A part of this page (an in-page link) or another page. */
  readonly kind: 'part' | 'page';
}

export interface NextPart {
  /** The part being read, or undefined while the reader is still above the first one. */
  readonly current: PagePart | undefined;
  readonly next: NextLink;
}

/**
 * `tops[i]` is where part i's heading is now, in pixels from the top of the window; a part counts as
 * being read once its heading has gone above `line` (a fixed point of the window, such as a third of
 * its height).
 */
export function nextPart(parts: readonly PagePart[], tops: readonly number[], line: number, beyond: Omit<NextLink, 'kind'>): NextPart {
  let at = -1;
  parts.forEach((_, i) => {
    if ((tops[i] ?? Infinity) <= line) at = i;
  });
  const current = parts[at];
  const following = parts[at + 1];
  return { current, next: following ? { href: `#${following.id}`, label: following.label, kind: 'part' } : { ...beyond, kind: 'page' } };
}
