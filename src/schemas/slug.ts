import { z } from 'zod';

/**
 * A page's slug: its file name in content/ (content/jobs/<slug>.mdx). Whether a page with that slug
 * exists is checked by the site loader (src/site-content/cross-references.ts), not kept in a list here.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const jobSlugSchema = z.string().regex(slugPattern, '직업 slug는 영문 소문자, 숫자, -만 써요 (예: cs-manager)');
export type JobSlug = string;
