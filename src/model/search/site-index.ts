/** The site's search index with its facets wired to the NCS data: one call for the build script and the quality script. */
import { buildSearchIndex, type IndexReport } from './indexer.ts';
import { facetsFor } from './facets.ts';
import { defaultNcsDir, getNcsCatalog, unitByCode } from '../ncs/index.ts';

export function indexSite(dist: string, options: { korean?: boolean; outputPath?: string } = {}): Promise<IndexReport> {
  const catalog = getNcsCatalog(defaultNcsDir());
  return buildSearchIndex({
    dist,
    ...options,
    facets: (path) => facetsFor({ dist, unitLevel: (code) => unitByCode(catalog, code)?.level }, path),
  });
}
