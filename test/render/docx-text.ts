import { readZip } from './read-zip.ts';

/** The words of a .docx's body, a line per paragraph, with XML entities read back. */
export function docxText(docx: Uint8Array): string {
  const xml = readZip(docx).get('word/document.xml')!.toString('utf8');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
