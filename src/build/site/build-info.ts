/**
 * What a built site was built for, recorded in the site folder: `npm run preview` serves it under
 * that base, and an admin holding only the folder can read which address it belongs at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_INFO_FILE = 'site-build.json';

export interface BuildInfo {
  /** '/' or '/career/'. */
  base: string;
  /** SITE_URL, or null (no canonical links, no sitemap). */
  site: string | null;
}

export function writeBuildInfo(dir: string, info: BuildInfo): void {
  writeFileSync(join(dir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
}

/** null when the folder was built before builds recorded this (or by `astro build` alone). */
export function readBuildInfo(dir: string): BuildInfo | null {
  const file = join(dir, BUILD_INFO_FILE);
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildInfo>;
  return typeof data.base === 'string' ? { base: data.base, site: typeof data.site === 'string' ? data.site : null } : null;
}
