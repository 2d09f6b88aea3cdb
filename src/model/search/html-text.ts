/**
 * The readable text of a built page's <main>, for morphological analysis at index time.
 * Pagefind extracts the text it stores itself; this only has to find the words.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The inner HTML of the page's <main>, or null when it has none. */
export function mainHtml(html: string): string | null {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) return null;
  return html.slice(open.index + open[0].length, close);
}

/**
 * The HTML without every element whose opening tag matches `attribute` (with what it holds):
 * what Pagefind is told to skip must not feed the index-only words either.
 */
export function withoutElements(html: string, attribute: RegExp): string {
  const open = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*${attribute.source}[^>]*>`, 'i');
  let out = html;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const name = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + ' ' + out.slice(end);
  }
  return out;
}

/**
 * Parts of <main> the search index skips: the table of contents, source lists (a list of
 * publishers on every page), and anything marked data-search-ignore. Skipping them keeps results
 * about what a page says and the index chunks that each query fetches small.
 */
export const SKIPPED_CLASSES = ['doc__toc', 'source-list'] as const;
export const SKIP_ATTRIBUTE = 'data-search-ignore';
/** The same parts as CSS selectors, for Pagefind (navigation is skipped as well). */
export const SKIPPED_SELECTORS = ['nav', ...SKIPPED_CLASSES.map((c) => `.${c}`), `[${SKIP_ATTRIBUTE}]`];
const SKIPPED = new RegExp(`(?:\\b${SKIP_ATTRIBUTE}\\b|class="[^"]*\\b(?:${SKIPPED_CLASSES.join('|')})\\b)`);

/** Text of the main content without navigation, scripts, styles and skipped parts, one block per line. */
export function mainText(html: string): string {
  const inner = withoutElements(mainHtml(html) ?? '', SKIPPED);
  return decodeEntities(
    inner
      .replace(/<(script|style|svg|nav|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/?(p|div|li|h[1-6]|td|th|tr|dt|dd|section|article|blockquote|figcaption|br)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

/** The text of the page's first <h1> inside <main>. */
export function h1Text(html: string): string {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(mainHtml(html) ?? '');
  return h1
    ? decodeEntities(h1[1]!.replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
