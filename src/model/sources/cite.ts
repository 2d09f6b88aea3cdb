/**
 * The one citation line of the site: job, guide, path and NCS pages, the figure tables, lesson
 * designs in the browser and in .docx all print a source through `citeSource`.
 */
import type { Source } from '../../schemas/source.ts';
import { sourceWords as w } from '../../ui/sources.ts';

/**
 * What a citation needs: a registry entry with its `via` resolved to that source's title. Lesson
 * designs carry this shape (they travel as JSON, without the registry).
 */
export interface CitableSource {
  id?: string;
  kind?: Source['kind'];
  title: string;
  publisher: string | null;
  year: number | null;
  date?: string;
  dataYears?: number[];
  retrieved?: string;
  url?: string;
  /** Title of the source the figure was seen in, for second-hand figures. */
  viaTitle?: string;
}

/** The citation split so a renderer can link the title: `title` + `rest` is the whole line. */
export function citeParts(s: CitableSource): { title: string; rest: string } {
  const when = s.date ? w.date(s.date) : s.year === null ? null : w.year(s.year);
  const extras = [
    s.kind && w.kind[s.kind],
    s.dataYears && !(s.dataYears.length === 1 && s.dataYears[0] === s.year) && w.dataYears(s.dataYears),
    s.retrieved && w.retrieved(s.retrieved),
  ].filter(Boolean);
  const via = s.viaTitle ? `; ${w.via(s.viaTitle)}` : '';
  return {
    title: s.title,
    rest: `${[s.publisher, when].map((p) => (p ? `, ${p}` : '')).join('')}${extras.length ? ` (${extras.join(', ')})` : ''}${via}`,
  };
}

/** "제목, 발행처, 날짜 (종류, 수치 연도, 내려받은 날)": what a source does not say is left out, never guessed. */
export function citeSource(s: CitableSource, options: { url?: boolean } = {}): string {
  const { title, rest } = citeParts(s);
  // On paper a link cannot be followed, so print and .docx write the address out.
  return title + rest + (options.url && s.url ? `, ${s.url}` : '');
}
