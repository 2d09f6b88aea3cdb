/**
 * Builds the site search index over a built site: `node scripts/index-search.ts [--dist dist]`.
 * Runs after `astro build` (see the "build" script). Writes <dist>/pagefind/ and fills the
 * no-JavaScript list of all pages at <dist>/search/all/.
 */
import { readCommandLine } from '../src/cli/command-line.ts';
import { resolve } from 'node:path';
import { fillFullIndex } from '../src/build/search/indexer.ts';
import { indexSite } from '../src/build/search/site-index.ts';
import { renderFullIndex } from '../src/model/search/full-index.ts';

const { values } = readCommandLine({
  usage: 'node scripts/index-search.ts',
  summary: '빌드된 사이트의 검색 색인 만들기 (npm run build의 넷째 단계를 따로)',
  options: { dist: { type: 'string', hint: '폴더', default: process.env.SITE_OUT_DIR ?? 'dist', help: '빌드된 사이트' } },
});
const dist = resolve(values.dist);

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
