/**
 * How long the lesson generator takes: for the shipped data, and for 1,000 synthetic units
 * (src/ncs-import/synthetic.ts: clearly fake names, "예시 능력단위 00001", 대분류 51 and up), each
 * through load → build → render → atomic write.
 *   npm run bench:generate [-- --units 1000]
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLessonDesigns } from '../src/model/lesson/build.ts';
import { lessonInputs } from '../src/model/lesson/from-site.ts';
import { loadSite } from '../src/site-content/load-site.ts';
import { resolveOptions } from '../src/model/lesson/options.ts';
import { renderDesignFiles, writeOutputAtomically } from '../src/build/lesson-files.ts';
import { addSyntheticUnits } from '../src/ncs-import/synthetic-content.ts';
import { readCommandLine } from '../src/cli/command-line.ts';

const { values } = readCommandLine({
  usage: 'npm run bench:generate',
  summary: '수업 설계서 생성기의 속도: 배포 자료와 합성 능력단위로 단계별 시간을 재요',
  options: { units: { type: 'integer', min: 1, max: 100_000, default: 1000, help: '더할 합성 능력단위 수' } },
});
const syntheticCount = values.units;
const scratch = mkdtempSync(join(tmpdir(), 'bench-generate-'));

interface Took {
  wall: number;
  cpu: number;
}

// CPU time beside wall time: on a shared machine the wall clock mostly measures the neighbours.
async function timed<T>(fn: () => T | Promise<T>): Promise<[T, Took]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [value, { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }];
}

function report(label: string, designs: number, phases: [string, Took][]): void {
  const wall = phases.reduce((sum, [, t]) => sum + t.wall, 0);
  const cpu = phases.reduce((sum, [, t]) => sum + t.cpu, 0);
  console.log(`\n${label}: ${designs} designs`);
  console.log(`  total: ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${(cpu / designs).toFixed(1)} ms CPU per design)`);
  for (const [name, t] of phases)
    console.log(`  ${name.padEnd(36)} ${t.wall.toFixed(0).padStart(7)} ms wall ${t.cpu.toFixed(0).padStart(7)} ms CPU`);
}

try {
  const [inputs, loadMs] = await timed(() => lessonInputs(loadSite('content')));
  const options = resolveOptions(inputs.templates.defaults);
  const [designs, buildMs] = await timed(() => buildLessonDesigns(inputs, options));
  const [files, renderMs] = await timed(() => renderDesignFiles(designs));
  const [, writeMs] = await timed(() => writeOutputAtomically(join(scratch, 'shipped'), files));
  report('shipped data', designs.length, [
    ['load content (NCS, jobs, templates)', loadMs],
    ['build models', buildMs],
    ['render JSON + .docx', renderMs],
    ['atomic write', writeMs],
  ]);

  // The one synthetic catalog (대분류 51 and up, "예시 …" names) added to a copy of the content.
  const content = join(scratch, 'content');
  cpSync('content', content, { recursive: true });
  const added = new Set(addSyntheticUnits(join(content, 'ncs'), syntheticCount).units.map((u) => u.code));
  const all = lessonInputs(loadSite(content));
  const synthetic = { ...all, jobs: [], units: all.units.filter((u) => added.has(u.code)) };
  const [manyDesigns, manyBuildMs] = await timed(() => buildLessonDesigns(synthetic, { ...options, jobs: null, units: null }));
  const [manyFiles, manyRenderMs] = await timed(() => renderDesignFiles(manyDesigns));
  const [, manyWriteMs] = await timed(() => writeOutputAtomically(join(scratch, 'synthetic'), manyFiles));
  report(`${synthetic.units.length} synthetic units ("예시 능력단위 00001" …)`, manyDesigns.length, [
    ['build models', manyBuildMs],
    ['render JSON + .docx', manyRenderMs],
    ['atomic write', manyWriteMs],
  ]);
  console.log(
    `\nload average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, ${manyFiles.length} files written for the synthetic run`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
