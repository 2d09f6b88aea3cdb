import type { Source } from '../../schemas/source.ts';

export interface CiteLabels {
  unknownYear: string;
  unknownPublisher: string;
  kind: Record<Source['kind'], string>;
}

/** "title, publisher, year (kind, date)": a missing publisher or year is said, not left blank or guessed. */
export function citeSource(source: Source, labels: CiteLabels): string {
  const publisher = source.publisher ?? labels.unknownPublisher;
  const year = source.year === null ? labels.unknownYear : `${source.year}`;
  const kind = source.date ? `${labels.kind[source.kind]}, ${source.date}` : labels.kind[source.kind];
  return `${source.title}, ${publisher}, ${year} (${kind})`;
}
