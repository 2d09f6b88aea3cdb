import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSite, loadQuerySet } from '../../src/build/search/evaluation.ts';
import { indexSite } from '../../src/build/search/site-index.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

// A guard, not the measurement: `npm run search:eval` prints the figures.
describe('search quality on the query set', () => {
  it('finds the expected pages in the top five for at least 95% of the queries, and shows no index-only text', async () => {
    const dist = siteDir(siteVariants[0]);
    const workDir = await mkdtemp(join(tmpdir(), 'search-quality-'));
    try {
      const report = await evaluateSite({
        dist,
        workDir,
        cases: await loadQuerySet('test/search/queries.yaml'),
        index: (korean, outputPath) => indexSite(dist, { korean, outputPath }),
      });
      expect(report.evaluated).toBeGreaterThanOrEqual(60);
      expect(report.ours.recallAt5).toBeGreaterThanOrEqual(0.95);
      expect(report.ours.leaks).toEqual([]);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }, 600_000);

  it('offers both school levels in the 학교급 filter: high-school designs are results too', async () => {
    const values = JSON.parse(await readFile(join(siteDir(siteVariants[0]), 'pagefind', 'filter-values.json'), 'utf8'));
    expect(values['학교급']).toEqual(['고등학교', '중학교']);
  });
});
