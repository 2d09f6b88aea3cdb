/**
 * The project's one escaper for markup it writes as strings: HTML (pages, the designer, the search
 * index), inline SVG and the XML parts of .docx files. Same entities as Astro's own text escaping,
 * so a page drawn here is byte-for-byte what the .astro components drew; used for attributes too,
 * where escaping < > and ' as well is harmless. All five entities are valid XML.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>'"]/g, (c) => ENTITIES[c]!);
}

/** ` name="value"` with the value escaped; nothing for null or false, the bare name for true. */
export function attr(name: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return ` ${name}`;
  return ` ${name}="${escapeHtml(value)}"`;
}
