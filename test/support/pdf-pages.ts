/**
 * Reads what a Chromium-printed PDF puts on each page, without a PDF library: the page tree, each
 * page's content stream (inflated), and from it the text drawn in the page margin (the page number
 * box) and the distinct text lines of the body. Enough to catch near-empty pages and missing page numbers.
 */
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Text runs drawn outside the body's clip: the @page margin boxes (page numbers). */
  marginRuns: number;
  /** Distinct baselines of body text: roughly the number of lines of text on the page. */
  bodyLines: number;
}

export function pdfPages(pdf: Uint8Array): PdfPage[] {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  const objects = new Map<number, number>();
  for (const m of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) objects.set(Number(m[1]), m.index! + m[0].length);
  const body = (id: number): string => {
    const start = objects.get(id);
    if (start === undefined) throw new Error(`PDF object ${id} not found`);
    return text.slice(start, text.indexOf('endobj', start));
  };
  const stream = (id: number): string => {
    const start = objects.get(id)!;
    const head = body(id);
    const at = text.indexOf('stream', start);
    const dataStart = at + (text[at + 6] === '\r' ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(head)?.[1]);
    const raw = bytes.subarray(dataStart, dataStart + length);
    return (/FlateDecode/.test(head.slice(0, head.indexOf('stream'))) ? inflateSync(raw) : raw).toString('latin1');
  };
  const root = [...objects.keys()].find((id) => /\/Type\s*\/Pages\b/.test(body(id)) && !/\/Parent\b/.test(body(id)));
  if (root === undefined) throw new Error('PDF page tree not found');
  const pages: number[] = [];
  const walk = (id: number): void => {
    const b = body(id);
    if (/\/Type\s*\/Pages\b/.test(b)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(b)![1]!;
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else pages.push(id);
  };
  walk(root);
  return pages.map((id) => {
    const contents = /\/Contents\s+(\d+) 0 R/.exec(body(id));
    const content = contents ? stream(Number(contents[1])) : '';
    // Chromium draws the margin boxes first, then the page body inside a clip ("W n" / "W* n").
    const clip = content.search(/\bW\*? n\b/);
    const margin = clip === -1 ? content : content.slice(0, clip);
    const main = clip === -1 ? '' : content.slice(clip);
    const baselines = new Set([...main.matchAll(/\S+ \S+ \S+ \S+ \S+ (-?[\d.]+) Tm/g)].map((m) => Math.round(Number(m[1]))));
    return { marginRuns: (margin.match(/\bTj\b|\bTJ\b/g) ?? []).length, bodyLines: baselines.size };
  });
}
