import { z } from 'zod';

/** Where a fact comes from. Every figure on the site points at one of these by id. */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id는 영문 소문자, 숫자, -만 씁니다'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  url: z.url().optional(),
  /** official = government or public body data; seed = one of the project's source documents. */
  kind: z.enum(['official', 'research', 'press', 'blog', 'seed']),
});
export type Source = z.infer<typeof sourceSchema>;

/** A number shown on a page: always with its source id and the year it describes. */
export const figureSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type Figure = z.infer<typeof figureSchema>;
