/**
 * How fast the NCS model loads at full size. Writes a synthetic catalog (clearly fake names) to a
 * temp folder — 1,100 세분류, 13,400 units, ~47,600 elements, ~197,000 criteria, ~574,000 KSA — and
 * prints load time and memory. Usage: node_modules/.bin/node scripts/bench-ncs-model.ts [units]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogStats } from '../src/model/ncs/index.ts';
import { loadNcsCatalog } from '../src/site-content/ncs.ts';

const totalUnits = Number(process.argv[2] ?? 13_400);
const dutyCount = Math.max(1, Math.round((totalUnits * 1100) / 13_400));
const dir = mkdtempSync(join(tmpdir(), 'ncs-bench-'));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

try {
  for (const f of ['sources.yaml', 'levels.yaml', 'basic-competences.yaml']) cpSync(join('content/ncs', f), join(dir, f));
  mkdirSync(join(dir, 'units'));
  const majors: string[] = [];
  const middles: string[] = [];
  const minors: string[] = [];
  const dutyLines: string[] = [];
  let made = 0;
  let bytes = 0;
  for (let d = 0; d < dutyCount; d++) {
    // 24 대분류 × 4 중분류 × 4 소분류 × up to 99 세분류 keeps every code valid.
    const major = pad(1 + (d % 24), 2);
    const middle = major + pad(1 + (Math.floor(d / 24) % 4), 2);
    const minor = middle + pad(1 + (Math.floor(d / 96) % 4), 2);
    const duty = minor + pad(1 + Math.floor(d / 384), 2);
    if (!majors.includes(major)) majors.push(major);
    if (!middles.includes(middle)) middles.push(middle);
    if (!minors.includes(minor)) minors.push(minor);
    dutyLines.push(`  - { code: '${duty}', name: 예시 세분류 ${pad(d + 1, 4)}, source: ncs-api-2026 }`);
    const perDuty = Math.floor(totalUnits / dutyCount) + (d < totalUnits % dutyCount ? 1 : 0);
    const lines = [`duty: '${duty}'`, 'units:'];
    for (let u = 1; u <= perDuty; u++) {
      made++;
      lines.push(
        `  - code: ${duty}${pad(u, 2)}_21v1`,
        `    name: 예시 능력단위 ${pad(made, 5)}`,
        `    level: ${1 + (made % 8)}`,
        '    source: ncs-api-2026',
        '    elements:',
      );
      const elements = 3 + (made % 2) + (made % 5 === 0 ? 1 : 0); // ≈ 3.55 per unit
      for (let e = 1; e <= elements; e++) {
        lines.push(`      - no: ${e}`, `        name: 예시 요소 ${made}-${e}`, `        level: ${1 + (made % 8)}`, '        criteria:');
        for (let c = 1; c <= 4; c++)
          lines.push(`          - { no: ${c}, text: 예시 수행준거 ${made}-${e}-${c}를 정해진 절차에 따라 수행할 수 있다 }`);
        for (const key of ['knowledge', 'skills', 'attitudes'])
          lines.push(
            `        ${key}: [예시 ${key} ${made}-${e}-1, 예시 ${key} ${made}-${e}-2, 예시 ${key} ${made}-${e}-3, 예시 ${key} ${made}-${e}-4]`,
          );
      }
    }
    const text = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'units', `${duty}.yaml`), text);
  }
  const node = (code: string) => `  - { code: '${code}', name: 예시 분류 ${code}, source: ncs-api-2026 }`;
  writeFileSync(
    join(dir, 'classification.yaml'),
    ['majors:', ...majors.map(node), 'middles:', ...middles.map(node), 'minors:', ...minors.map(node), 'duties:', ...dutyLines].join('\n') +
      '\n',
  );

  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const catalog = loadNcsCatalog(dir);
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  console.log('synthetic catalog:', catalogStats(catalog));
  console.log(`unit files: ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`loadNcsCatalog: ${(ms / 1000).toFixed(2)} s, ${Math.round(catalog.units.size / (ms / 1000))} units/s`);
  console.log(
    `memory: rss ${(mem.rss / 1e6).toFixed(0)} MB (+${((mem.rss - rssBefore) / 1e6).toFixed(0)} MB), heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`,
  );
  if (process.env.KEEP) console.log(dir);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
