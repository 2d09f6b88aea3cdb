import { join } from 'node:path';

/**
 * The two builds every browser test runs against: one without SITE_URL (no canonical links, no
 * sitemap) and one as a school would build it for https://school.example.kr/career/.
 */
export const siteVariants = [
  { name: 'root', base: '/', siteUrl: '' },
  { name: 'subpath', base: '/career/', siteUrl: 'https://school.example.kr' },
] as const;

export type SiteVariant = (typeof siteVariants)[number];

// TEST_DIST_DIR lets two people run the browser tests in one work tree at once.
export const testDistRoot = join(process.cwd(), process.env.TEST_DIST_DIR ?? '.test-dist');

export function siteDir(variant: SiteVariant): string {
  return join(testDistRoot, variant.name);
}
