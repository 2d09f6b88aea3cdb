/**
 * The deck as a PowerPoint file (16:9) that PowerPoint, 한쇼 and LibreOffice Impress open: large
 * type in a Korean font Windows and LibreOffice have, one drawn slide per planned slide, teacher
 * notes as speaker notes. Same deck, same bytes. The type sizes are the ones deck-fit.ts plans with.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckRoot, SlideNode } from '../../model/lesson/document/nodes.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { ui } from '../../ui/strings.ts';
import { slideText as S } from '../../ui/slides.ts';
import { fixedPackage } from './fixed-package.ts';
import { inlineRuns, notesText, slideBody } from './handlers.ts';
import { COLOR, FONT, PAGE, TYPE } from './style.ts';

export async function deckPptx(deck: DeckRoot): Promise<Uint8Array<ArrayBuffer>> {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.title;
  pres.subject = S.pptxSubject;
  pres.author = L.docxFooter;
  pres.company = ui.siteName;
  pres.revision = '1';
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };
  deck.slides.forEach((node, i) => drawSlide(pres, node, i, deck.slides.length));
  // The library stamps the time into the package; fixedPackage takes it out and compresses.
  const stored = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return fixedPackage(stored);
}

function drawSlide(pres: PptxGenJS, node: SlideNode, index: number, count: number): void {
  const slide = pres.addSlide();
  slide.background = { color: COLOR.background };
  slide.addText(inlineRuns(node.title, { fontFace: FONT, fontSize: TYPE.title, bold: true, color: COLOR.title, lang: 'ko-KR' }), {
    x: PAGE.margin,
    y: PAGE.titleTop,
    w: PAGE.contentWidth,
    h: PAGE.titleHeight,
    valign: 'top',
    margin: 0,
    fit: 'none',
    lineSpacing: TYPE.titleLine,
  });
  slideBody(node.children).draw(slide);
  slide.addText(`${index + 1} / ${count}`, {
    x: PAGE.width - PAGE.margin - 2,
    y: PAGE.footerTop,
    w: 2,
    h: PAGE.footerHeight,
    align: 'right',
    valign: 'middle',
    margin: 0,
    fontFace: FONT,
    fontSize: TYPE.footer,
    color: COLOR.muted,
  });
  const notes = notesText(node.notes);
  if (notes !== '') slide.addNotes(notes);
}
