/** A lesson design's source as one line, the same on the page and in the .docx. */
import type { SourceRef } from '../model/lesson/types.ts';
import { lessonLabels as L } from '../ui/lessons.ts';

export function sourceLine(s: SourceRef): string {
  return `${s.title}, ${s.publisher ?? L.unknownPublisher}, ${s.year ?? L.unknownYear}${s.url ? `, ${s.url}` : ''}`;
}
