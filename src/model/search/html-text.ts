/**
 * The readable text of a built page's <main>, for morphological analysis at index time.
 * Pagefind extracts the text it stores itself; this only has to find the words. The page is read
 * with an HTML parser (src/lib/html-tree.ts), as a browser reads it.
 */
import { attribute, childrenOf, firstElement, isElement, isText, parsePage, type HtmlNode } from '../../lib/html-tree.ts';

/**
 * Parts of <main> the search index skips: the table of contents, source lists (a list of
 * publishers on every page), and anything marked data-search-ignore. Skipping them keeps results
 * about what a page says and the index chunks that each query fetches small.
 */
export const SKIPPED_CLASSES = ['doc__toc', 'source-list'] as const;
export const SKIP_ATTRIBUTE = 'data-search-ignore';
/** The same parts as CSS selectors, for Pagefind (navigation is skipped as well). */
export const SKIPPED_SELECTORS = ['nav', ...SKIPPED_CLASSES.map((c) => `.${c}`), `[${SKIP_ATTRIBUTE}]`];

/** Elements whose content is no text for the index: code, drawings, navigation. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'svg', 'nav', 'template']);
/** Elements that start a new line of text (the rest run on inside their line). */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'aside',
  'blockquote',
  'figcaption',
  'br',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'header',
  'footer',
  'details',
  'summary',
]);

function skipped(node: HtmlNode): boolean {
  if (!isElement(node)) return false;
  if (SKIPPED_ELEMENTS.has(node.tagName) || attribute(node, SKIP_ATTRIBUTE) !== undefined) return true;
  const classes = attribute(node, 'class')?.split(/\s+/) ?? [];
  return SKIPPED_CLASSES.some((c) => classes.includes(c));
}

/**
 * The text under `node` without skipped parts: a line break around each block and a space around
 * every other element, since styles may show a span or a link as a block of its own (a card's
 * title and its description) and words must not run together.
 */
function lines(node: HtmlNode, out: string[]): void {
  for (const child of childrenOf(node)) {
    if (isText(child)) out.push(child.value);
    else if (isElement(child) && !skipped(child)) {
      const gap = BLOCKS.has(child.tagName) ? '\n' : ' ';
      out.push(gap);
      lines(child, out);
      out.push(gap);
    }
  }
}

const oneLine = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();

export interface PageText {
  /** The text of the first <h1> inside <main>, on one line. */
  title: string;
  /** The text of <main> without navigation, scripts, drawings and skipped parts, one block per line. */
  body: string;
}

/** Reads a built page once: its title and the text of its main content. */
export function pageText(html: string): PageText {
  const main = firstElement(parsePage(html), 'main');
  if (!main) return { title: '', body: '' };
  const h1 = firstElement(main, 'h1');
  const title: string[] = [];
  if (h1) lines(h1, title);
  const out: string[] = [];
  lines(main, out);
  return {
    title: oneLine(title),
    body: out
      .join('')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n\s*/g, '\n')
      .trim(),
  };
}

export const mainText = (html: string): string => pageText(html).body;
export const h1Text = (html: string): string => pageText(html).title;
