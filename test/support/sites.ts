import { join } from 'node:path';

/** The two builds every browser test runs against. */
export const siteVariants = [
  { name: 'root', base: '/' },
  { name: 'subpath', base: '/career/' },
] as const;

export type SiteVariant = (typeof siteVariants)[number];

// TEST_DIST_DIR lets two people run the browser tests in one work tree at once.
export const testDistRoot = join(process.cwd(), process.env.TEST_DIST_DIR ?? '.test-dist');

export function siteDir(variant: SiteVariant): string {
  return join(testDistRoot, variant.name);
}
