import { elementsOf, parseMarkup, textOf } from '../lib/html-tree.ts';
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

/** The header cells of a rendered table's rows ("일, 구체적으로"), read with the HTML parser. */
export function headerText(tableInnerHtml: string): string {
  const cells: string[] = [];
  for (const el of elementsOf(parseMarkup(`<table>${tableInnerHtml}</table>`))) {
    if (el.tagName !== 'thead') continue;
    for (const cell of elementsOf(el)) if (cell.tagName === 'th') cells.push(textOf(cell).replace(/\s+/g, ' ').trim());
  }
  return cells.filter(Boolean).join(', ');
}
