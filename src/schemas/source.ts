import { z } from 'zod';

/**
 * The site's one source registry (content/sources.yaml, plus content/ncs/sources.yaml for what the
 * NCS data cites). Pages, figures, NCS records and lesson designs name a source by its id only.
 */
export const sourceId = z.string().regex(/^[a-z0-9-]+$/, '출처 id는 영문 소문자, 숫자, -만 써요');

/**
 * official = a public body's data or publication; law = a statute or its official explanation;
 * news = a newspaper report; blog, column, interview = one person's writing or words (opinions
 * need a human eye: the content check lists every passage that draws on them); seed = one of the
 * five source documents the project started from.
 */
export const sourceKinds = ['official', 'law', 'news', 'blog', 'column', 'interview', 'seed'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Kinds whose words are one person's view, not established fact. */
export const opinionKinds: readonly SourceKind[] = ['blog', 'column', 'interview'];

const year = z.number().int().min(1900).max(2100);

/**
 * Words that give away our own notes (facts.md, "프로젝트 사실 확인 자료", the site itself): those are
 * never a source; cite what they point to.
 */
export const internalSourceMarkers = ['프로젝트', '사실 확인 자료', 'facts.md', 'CS 진로 길잡이', '이 사이트'] as const;

export const sourceSchema = z
  .strictObject({
    id: sourceId,
    kind: z.enum(sourceKinds),
    title: z.string().trim().min(1),
    /** null when the source does not name its publisher: left out of the citation, never guessed. */
    publisher: z.string().trim().min(1).nullable(),
    /** Year of publication; null when the source carries no date (left out of the citation). */
    year: year.nullable(),
    /** Exact date of publication when the source states one (blog posts, news reports). */
    date: z.iso.date().optional(),
    /**
     * Years its figures describe, stated even when they equal the year of publication: a post's date is
     * not the year of its figures (a 2025 blog quoting salaries gives no year for them).
     */
    dataYears: z.array(year).min(1).optional(),
    /** The source we read this one in: a figure quoted second-hand, an interview printed inside a training text. */
    via: sourceId.optional(),
    /** When our copy was taken, for data pulled from a live service. */
    retrieved: z.iso.date().optional(),
    url: z.url().optional(),
    /** Shown beside the citation: what the source is and how far to trust it. */
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((s, ctx) => {
    for (const field of ['title', 'publisher'] as const) {
      const marker = internalSourceMarkers.find((m) => s[field]?.includes(m));
      if (marker) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `"${marker}": 프로젝트 안의 자료는 출처가 될 수 없어요. 그 자료가 가리키는 원래 출처를 적어요`,
        });
      }
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
});

/**
 * Years a figure citing `source` may carry: only the data years the source states. Without them
 * its figures say the year is unknown (year: null) rather than borrow the year of publication.
 */
export function supportedYears(source: Source): number[] {
  return source.dataYears ? [...source.dataYears] : [];
}

/** A number shown on a page: always with its source id and the year it describes (null = the source gives none). */
export const figureSchema = z.strictObject({
  label: z.string().min(1),
  value: z.string().min(1),
  year: year.nullable(),
  source: sourceId,
  note: z.string().optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** A page's source list: registry ids, each once. */
export const sourceIdList = z
  .array(sourceId)
  .min(1)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `출처 id "${id}"가 두 번 나와요` });
    });
  });

/** Issues for every figure whose source id is not in the page's `sources`; shared by all content schemas. */
export function checkFigureSources(
  figures: readonly Pick<Figure, 'source'>[],
  sources: readonly string[],
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['figures'],
): void {
  const ids = new Set(sources);
  figures.forEach((f, i) => {
    if (!ids.has(f.source)) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'source'], message: `출처 "${f.source}"가 이 페이지의 sources에 없어요` });
    }
  });
}
