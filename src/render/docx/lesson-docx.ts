/**
 * The lesson design as an editable Word document: its document tree (src/model/lesson/document)
 * drawn by the .docx handlers (./docx-blocks.ts), with real headings and tables, A4, a Korean
 * font for East Asian text, header rows that repeat on every page. Same input, same bytes.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { lessonDocument } from '../../model/lesson/document/lesson-document.ts';
import type { LessonDesign } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { escapeHtml } from '../html/escape.ts';
import { documentDocx } from './docx-blocks.ts';
import { fonts, MARGIN, PAGE } from './docx-style.ts';
import { fixZipTimes } from './fixed-zip-time.ts';

/** A fixed moment for the document properties: the file must not change between runs. */
const FIXED_TIME = '2026-01-01T00:00:00Z';

/**
 * `siteAddress`: the address the site is served from, with its base and a final "/" (see
 * LessonDocumentOptions): each page of the site the design names gets its full address and QR code.
 */
export async function lessonDocx(design: LessonDesign, options: { siteAddress?: string | null } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    creator: L.docxFooter,
    lastModifiedBy: L.docxFooter,
    title: design.title,
    description: design.summary,
    revision: 1,
    styles: {
      default: {
        // lineRule spelled out: without it LibreOffice keeps the line height and a QR code overlaps the text above.
        document: { run: { font: fonts, size: 20 }, paragraph: { spacing: { after: 80, line: 300, lineRule: LineRuleType.AUTO } } },
        heading1: { run: { font: fonts, size: 32, bold: true, color: '0A3D73' }, paragraph: { spacing: { before: 0, after: 160 } } },
        heading2: {
          run: { font: fonts, size: 26, bold: true, color: '0A3D73' },
          paragraph: { spacing: { before: 280, after: 120 }, keepNext: true },
        },
        heading3: { run: { font: fonts, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${L.docxFooter} · ${design.title} · `, size: 16, color: '666666' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' }),
                ],
              }),
            ],
          }),
        },
        children: documentDocx(lessonDocument(design, { siteAddress: options.siteAddress ?? null })),
      },
    ],
  });
  // An ArrayBuffer rather than a Node Buffer: the browser runs this file too, for the same bytes.
  const buffer = await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(design) }]);
  return fixZipTimes(new Uint8Array(buffer));
}

function coreXml(d: LessonDesign): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(d.title)}</dc:title><dc:description>${escapeHtml(d.summary)}</dc:description><dc:creator>${escapeHtml(L.docxFooter)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeHtml(L.docxFooter)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dc:language>ko-KR</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
