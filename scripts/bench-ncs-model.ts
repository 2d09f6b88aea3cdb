/**
 * How fast the NCS model loads at full size. Adds the synthetic catalog (clearly fake names, 대분류 51
 * and up) to a temp copy of content/ncs — 13,400 units, ~47,600 elements, ~197,000 criteria, ~574,000
 * KSA by default — and prints load time and memory.
 *   node_modules/.bin/node scripts/bench-ncs-model.ts [units]     (KEEP=1 keeps the temp folder)
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogStats } from '../src/model/ncs/index.ts';
import { addSyntheticUnits } from '../src/ncs-import/synthetic-content.ts';
import { loadNcsCatalog } from '../src/site-content/ncs.ts';
import { exitWithUsageError, readCommandLine } from '../src/cli/command-line.ts';
import { badValue, integerRange } from '../src/lib/usage-error.ts';

const { positionals } = readCommandLine({
  usage: 'node scripts/bench-ncs-model.ts',
  summary: 'NCS 로더 속도: 합성 능력단위를 더한 content/ncs 복사본을 읽는 시간과 메모리 (KEEP=1이면 그 폴더를 남겨요)',
  positionals: { name: '능력단위 수', help: '합성 자료의 능력단위 수 (기본 13400)', max: 1 },
  options: {},
});
const given = positionals[0] ?? '13400';
const totalUnits = /^\d+$/.test(given) ? Number(given) : 0;
if (totalUnits < 1 || totalUnits > 100_000) exitWithUsageError(badValue('능력단위 수', given, integerRange(1, 100_000)));
const dir = mkdtempSync(join(tmpdir(), 'ncs-bench-'));

try {
  cpSync('content/ncs', dir, { recursive: true });
  addSyntheticUnits(dir, totalUnits);

  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const catalog = loadNcsCatalog(dir);
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  console.log('synthetic catalog (with the shipped units):', catalogStats(catalog));
  console.log(`loadNcsCatalog: ${(ms / 1000).toFixed(2)} s, ${Math.round(catalog.units.size / (ms / 1000))} units/s`);
  console.log(
    `memory: rss ${(mem.rss / 1e6).toFixed(0)} MB (+${((mem.rss - rssBefore) / 1e6).toFixed(0)} MB), heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`,
  );
  if (process.env.KEEP) console.log(dir);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
