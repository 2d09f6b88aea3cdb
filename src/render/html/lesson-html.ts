/**
 * A lesson design as HTML: its document tree (src/model/lesson/document) drawn by the HTML
 * handlers (./document). Plain TypeScript (no Astro, no I/O) so the build and the browser draw
 * the same markup.
 */
import { lessonDocument } from '../../model/lesson/document/lesson-document.ts';
import { vocationalPart } from '../../model/lesson/document/parts-ncs.ts';
import type { Item, LessonDesign, VocationalArea } from '../../model/lesson/types.ts';
import { blocksHtml, documentHtml } from './document/block-html.ts';

/**
 * Draws an item at `path` (dotted, e.g. "goals.0") some other way, or returns null to draw it as
 * usual. Only the designer passes one.
 */
export type ItemEditor = (path: string, item: Item) => string | null;

export function lessonDesignHtml(design: LessonDesign, options: { base: string; editor?: ItemEditor }): string {
  const editor = options.editor;
  return documentHtml(lessonDocument(design), { base: options.base, item: editor && ((node) => editor(node.path, node.item)) });
}

/** The 전문교과 area of the same name as a unit, as the unit's page shows it. */
export function vocationalAreaHtml(v: VocationalArea, level: 2 | 3): string {
  return blocksHtml([vocationalPart(v, level)], { base: '/' });
}
