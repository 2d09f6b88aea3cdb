/**
 * Builds the site search index over a built site: `node scripts/index-search.ts [--dist dist]`.
 * Runs after `astro build` (see the "build" script). Writes <dist>/pagefind/ and fills the
 * no-JavaScript list of all pages at <dist>/search/all/.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { fillFullIndex } from '../src/build/search/indexer.ts';
import { indexSite } from '../src/build/search/site-index.ts';
import { renderFullIndex } from '../src/model/search/full-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: process.env.SITE_OUT_DIR ?? 'dist' } } });
const dist = resolve(values.dist!);

try {
  const report = await indexSite(dist);
  const filled = await fillFullIndex(dist, report.pages, renderFullIndex);
  console.log(
    `search index: ${report.pages.length} pages, ${report.indexOnlyWords} index-only words, ` +
      `${Math.round(report.milliseconds)} ms${filled ? '' : ' (no search/all/ page to fill)'}`,
  );
} catch (error) {
  console.error(`index-search: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
