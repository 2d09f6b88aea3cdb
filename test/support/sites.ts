import { join } from 'node:path';

/** The two builds every browser test runs against. */
export const siteVariants = [
  { name: 'root', base: '/' },
  { name: 'subpath', base: '/career/' },
] as const;

export type SiteVariant = (typeof siteVariants)[number];

export const testDistRoot = join(process.cwd(), '.test-dist');

export function siteDir(variant: SiteVariant): string {
  return join(testDistRoot, variant.name);
}
