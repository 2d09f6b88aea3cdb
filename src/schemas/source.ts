import { z } from 'zod';

/** Where a fact comes from. Every figure on the site points at one of these by id. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id는 영문 소문자, 숫자, -만 씁니다'),
  title: z.string().min(1),
  /** null when the source does not name its publisher; the page then says so instead of guessing. */
  publisher: z.string().min(1).nullable(),
  /** null when the year is not known: shown as "연도 미상", never guessed. */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** Exact publication date when the source states one (blog posts do). */
  date: z.iso.date().optional(),
  url: z.url().optional(),
  /** official = government or public body data; seed = one of the project's source documents. */
  kind: z.enum(['official', 'research', 'press', 'blog', 'seed']),
});
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];

/** A number shown on a page: always with its source id and the year it describes. */
export const figureSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** Issues for every figure whose source id is not among `sources`; shared by all content schemas. */
export function checkFigureSources(
  figures: readonly Figure[],
  sources: readonly Source[],
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['figures'],
): void {
  const ids = new Set(sources.map((s) => s.id));
  figures.forEach((f, i) => {
    if (!ids.has(f.source)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'source'], message: `출처 "${f.source}"가 sources에 없습니다` });
    }
  });
}
