/**
 * A lesson design as HTML: its document tree (src/model/lesson/document) drawn by the HTML
 * handlers (./document). Plain TypeScript (no Astro, no I/O) so the build and the browser draw
 * the same markup.
 */
import { lessonDocument } from '../../model/lesson/document/lesson-document.ts';
import { vocationalPart } from '../../model/lesson/document/parts-ncs.ts';
import type { LessonDesign, VocationalArea } from '../../model/lesson/types.ts';
import { blocksHtml, documentHtml } from './document/block-html.ts';

/** A design's document as HTML, as the designer shows it before any edit (lesson pages add their designer link). */
export function lessonDesignHtml(design: LessonDesign, options: { base: string }): string {
  return documentHtml(lessonDocument(design), { base: options.base });
}

/** The 전문교과 area of the same name as a unit, as the unit's page shows it. */
export function vocationalAreaHtml(v: VocationalArea, level: 2 | 3): string {
  return blocksHtml([vocationalPart(v, level)], { base: '/' });
}
