/**
 * How long the lesson generator takes: for the shipped data, and for 1,000 synthetic units
 * (clearly fake names, "예시 능력단위 0001"), each through load → build → render → atomic write.
 *   npm run bench:generate [-- --units 1000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLessonDesigns } from '../src/model/lesson/build.ts';
import type { UnitInput } from '../src/model/lesson/inputs.ts';
import { lessonInputs } from '../src/model/lesson/from-site.ts';
import { loadSite } from '../src/site-content/load-site.ts';
import { resolveOptions } from '../src/model/lesson/options.ts';
import { renderDesignFiles, writeOutputAtomically } from '../src/build/lesson-files.ts';

const { values } = parseArgs({ options: { units: { type: 'string', default: '1000' } } });
const syntheticCount = Number(values.units);
const scratch = mkdtempSync(join(tmpdir(), 'bench-generate-'));
const origin = { file: 'bench', jobsField: 'jobs', unitsField: 'units' };

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

function syntheticUnit(i: number, template: UnitInput): UnitInput {
  const n = String(i + 1).padStart(4, '0');
  const elements = [1, 2, 3, 4].map((e) => ({ name: `예시 요소 ${n}-${e}`, level: 1 + ((i + e) % 8) }));
  return {
    ...template,
    file: 'synthetic',
    code: `99${String(i).padStart(6, '0')}01_26v1`,
    name: `예시 능력단위 ${n}`,
    level: 1 + (i % 8),
    definition: `예시 능력단위 ${n}의 정의예요. 벤치마크용으로 만든 가짜 자료예요.`,
    definitionNote: null,
    elements,
    criteria: elements.flatMap((_, e) => [1, 2, 3].map((c) => `${e + 1}.${c} 예시 수행준거 ${n}-${e + 1}-${c}`)),
    knowledge: [`예시 지식 ${n}-1`, `예시 지식 ${n}-2`],
    skills: [`예시 기술 ${n}-1`, `예시 기술 ${n}-2`],
    attitudes: [`예시 태도 ${n}-1`],
    ksaNote: null,
    basicCompetences: ['의사소통능력(경청능력)'],
  };
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
  const [designs, buildMs] = await timed(() => buildLessonDesigns(inputs, options, origin));
  const [files, renderMs] = await timed(() => renderDesignFiles(designs));
  const [, writeMs] = await timed(() => writeOutputAtomically(join(scratch, 'shipped'), files));
  report('shipped data', designs.length, [
    ['load content (NCS, jobs, templates)', loadMs],
    ['build models', buildMs],
    ['render JSON + .docx', renderMs],
    ['atomic write', writeMs],
  ]);

  const units = Array.from({ length: syntheticCount }, (_, i) => syntheticUnit(i, inputs.units[0]!));
  const synthetic = { ...inputs, jobs: [], units };
  const [manyDesigns, manyBuildMs] = await timed(() => buildLessonDesigns(synthetic, { ...options, jobs: null, units: null }, origin));
  const [manyFiles, manyRenderMs] = await timed(() => renderDesignFiles(manyDesigns));
  const [, manyWriteMs] = await timed(() => writeOutputAtomically(join(scratch, 'synthetic'), manyFiles));
  report(`${syntheticCount} synthetic units ("예시 능력단위 0001" …)`, manyDesigns.length, [
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
