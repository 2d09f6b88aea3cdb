/**
 * Reading HTML the way a browser does, with parse5 (the WHATWG-conformant parser that rehype and
 * jsdom use): the one way the project reads built pages and rendered markup. Small helpers over
 * parse5's own tree, which is cheap enough to build for every page of a 40,000-page site.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';

export type HtmlElement = T.Element;
export type HtmlNode = T.Node;
type Parent = T.Document | T.DocumentFragment | T.Element | T.Template;

/**
 * A whole page; `lines` keeps each node's place in the source (costs a little). Read as with
 * scripting off, so what <noscript> holds is elements and text, not one raw string.
 */
export function parsePage(html: string, options: { lines?: boolean } = {}): T.Document {
  return parse(html, { sourceCodeLocationInfo: options.lines ?? false, scriptingEnabled: false });
}

/** Markup that is part of a page (a rendered slot, a table's rows), read in the context of a <body>. */
export function parseMarkup(html: string): T.DocumentFragment {
  return parseFragment(html, { scriptingEnabled: false });
}

export function isElement(node: HtmlNode): node is T.Element {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is T.TextNode {
  return node.nodeName === '#text';
}

/** The node's children; a <template>'s are in its content. */
export function childrenOf(node: HtmlNode): T.ChildNode[] {
  if (node.nodeName === 'template') return (node as T.Template).content.childNodes;
  return 'childNodes' in node ? (node as Parent).childNodes : [];
}

export function attribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The first element named `tagName` in document order, or null. */
export function firstElement(node: HtmlNode, tagName: string): T.Element | null {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.tagName === tagName) return child;
    const found = firstElement(child, tagName);
    if (found) return found;
  }
  return null;
}

/** Every element under `node`, in document order. */
export function* elementsOf(node: HtmlNode): Generator<T.Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsOf(child);
  }
}

/** All the text under `node`, as it stands in the markup (entities decoded, nothing collapsed). */
export function textOf(node: HtmlNode): string {
  if (isText(node)) return node.value;
  return childrenOf(node).map(textOf).join('');
}
