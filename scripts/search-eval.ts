/**
 * Search quality: `npm run search:eval [-- --dist dist --queries test/search/queries.yaml]`.
 * Indexes the built site with and without the Korean handling and prints recall@1, recall@5 and
 * MRR for both, the bytes a browser fetches for its first query, and the index build time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { evaluateSite, loadQuerySet, TOP, type RunResult } from '../src/build/search/evaluation.ts';
import { indexSite } from '../src/build/search/site-index.ts';

const { values } = readCommandLine({
  usage: 'npm run search:eval',
  summary: '검색 품질 재기: 빌드된 사이트에서 우리 검색과 손대지 않은 Pagefind의 recall@5·MRR, 첫 검색 바이트, 색인 시간',
  options: {
    dist: { type: 'string', hint: '폴더', default: 'dist', help: '빌드된 사이트' },
    queries: { type: 'string', hint: '파일', default: 'test/search/queries.yaml', help: '검색어 모음' },
    verbose: { type: 'boolean', help: '검색어마다 결과 보이기' },
  },
});

const fmt = (n: number) => n.toFixed(3);
const workDir = await mkdtemp(join(tmpdir(), 'search-eval-'));
try {
  const dist = resolve(values.dist);
  const cases = await loadQuerySet(values.queries);
  const report = await evaluateSite({
    dist,
    workDir,
    cases,
    index: (korean, outputPath) => indexSite(dist, { korean, outputPath }),
  });
  const byKind = (run: RunResult) => {
    const kinds = [...new Set(run.cases.map((c) => c.case.kind))].sort();
    return kinds.map((k) => {
      const mine = run.cases.filter((c) => c.case.kind === k);
      return `${k} ${fmt(mine.reduce((a, c) => a + c.recall, 0) / mine.length)} (${mine.length})`;
    });
  };
  console.log(`site: ${dist} (${report.pages} pages indexed)`);
  console.log(`queries: ${report.evaluated} evaluated, ${report.skipped.length} skipped (expected pages not in this build)`);
  for (const s of report.skipped) console.log(`  skipped: ${s.q} → ${s.expect?.join(' ')}`);
  console.log('');
  console.log(`                 recall@1   recall@${TOP}   MRR`);
  console.log(`ours             ${fmt(report.ours.recallAt1)}      ${fmt(report.ours.recallAt5)}      ${fmt(report.ours.mrr)}`);
  console.log(`plain Pagefind   ${fmt(report.plain.recallAt1)}      ${fmt(report.plain.recallAt5)}      ${fmt(report.plain.mrr)}`);
  const uncovered = report.ours.cases.filter((c) => !c.case.covered);
  if (uncovered.length > 0) console.log(`not covered: ${uncovered.filter((c) => c.saidUncovered).length} of ${uncovered.length} said so`);
  console.log(
    `covered queries wrongly said not covered: ${report.ours.falseUncovered.length}${report.ours.falseUncovered.map((q) => `\n  ${q}`).join('')}`,
  );
  console.log('');
  console.log(`recall@${TOP} by kind, ours:  ${byKind(report.ours).join(' · ')}`);
  console.log(`recall@${TOP} by kind, plain: ${byKind(report.plain).join(' · ')}`);
  console.log('');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const fq = report.firstQuery;
  console.log(
    'first query of a fresh page, bytes fetched beyond the page (pagefind.js, wasm, metadata, index chunks, search data file, 5 result fragments):',
  );
  console.log(`  "${fq.sample.query}": ${kb(fq.sample.raw)} as stored, ${kb(fq.sample.served)} with pagefind.js gzipped`);
  console.log(`  median over the set ("${fq.median.query}"): ${kb(fq.median.raw)} as stored, ${kb(fq.median.served)} gzipped JS`);
  console.log(`  worst in the set ("${fq.worst.query}"): ${kb(fq.worst.raw)} as stored, ${kb(fq.worst.served)} gzipped JS`);
  console.log(
    `  over the 200 KB target: ${fq.overBudget} of ${report.evaluated} queries as stored, ${fq.overBudgetServed} with gzipped JS`,
  );
  console.log(
    `index build: ours ${Math.round(report.indexMilliseconds)} ms (garu-ko analysis included), plain ${Math.round(report.plainIndexMilliseconds)} ms`,
  );
  console.log(`excerpt leaks (index-only text shown): ${report.ours.leaks.length}`);
  for (const l of report.ours.leaks.slice(0, 10)) console.log(`  leak: ${l}`);
  const misses = report.ours.cases.filter((c) => c.recall < 1 || c.recallAt1 < 1);
  if (misses.length > 0 || values.verbose) console.log('');
  for (const m of values.verbose ? report.ours.cases : misses) {
    console.log(
      `  ${m.recall < 1 ? 'MISS' : m.recallAt1 < 1 ? 'ok@5' : 'ok  '} [${m.case.kind}] ${m.case.q} → want ${m.case.expect?.join(' ') ?? 'the not-covered notice'}; got ${m.top.join(' ')}${m.saidUncovered ? ' (said not covered)' : ''}`,
    );
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}
