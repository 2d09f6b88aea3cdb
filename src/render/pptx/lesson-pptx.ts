/** A design's slides as a .pptx: the one entry the generator, the lesson pages and the designer call. */
import { lessonDeck } from '../../model/lesson/document/deck.ts';
import type { LessonDesign } from '../../model/lesson/types.ts';
import { deckPptx } from './deck-pptx.ts';

export function lessonPptx(design: LessonDesign): Promise<Uint8Array<ArrayBuffer>> {
  return deckPptx(lessonDeck(design));
}
