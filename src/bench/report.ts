/**
 * The benchmark's figures as a Markdown table and an SVG bar chart (report/bench.md,
 * report/bench.svg). Pure functions: the measuring lives in scripts/bench.ts.
 */

export type BenchStage = 'import' | 'generate' | 'build' | 'index' | 'floor' | 'floor-index';

export interface StageFigures {
  /** Units in the catalog the run was made with. */
  size: number;
  stage: BenchStage;
  seconds: number;
  /** User + system CPU time of the stage's processes. */
  cpuSeconds: number;
  /** Peak resident memory of the largest process of the stage, in MB. */
  peakMb: number;
  /** Pages (build, floor, index) or designs (generate) or units (import) the stage produced. */
  items: number;
  outputMb: number | null;
  indexMb: number | null;
  /** Bytes a browser fetches for its first search (index stage only). */
  firstQueryKb: number | null;
  note?: string;
}

const STAGE_LABEL: Record<BenchStage, string> = {
  import: 'import (공식 파일 → content/ncs)',
  build: 'build (astro build)',
  generate: 'generate (수업 설계서 .json + 도우미 자료 → dist)',
  index: 'index (Pagefind)',
  floor: 'floor (plain Astro, same page count)',
  'floor-index': 'floor 2 (plain Pagefind over our pages)',
};

const fmt = (n: number | null, digits = 1) => (n === null ? '–' : n.toFixed(digits));

export function markdownTable(rows: readonly StageFigures[]): string {
  const head =
    '| units | stage | wall (s) | CPU (s) | items | items/s (wall) | peak RSS (MB) | output (MB) | index (MB) | first query (KB) |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${STAGE_LABEL[r.stage]}${r.note ? ` — ${r.note}` : ''} | ${fmt(r.seconds)} | ${fmt(r.cpuSeconds)} | ${r.items.toLocaleString('en')} | ${fmt(r.seconds > 0 ? r.items / r.seconds : null, 0)} | ${fmt(r.peakMb, 0)} | ${fmt(r.outputMb)} | ${fmt(r.indexMb)} | ${fmt(r.firstQueryKb)} |`,
  );
  return [head, ...lines].join('\n');
}

/** Our whole `npm run build` (astro build, lesson files, index) over the plain-Astro floor, per size. */
export function floorRatios(
  rows: readonly StageFigures[],
): { size: number; pages: number; ours: number; floor: number; ratio: number; cpuRatio: number }[] {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  return sizes.flatMap((size) => {
    const at = (s: BenchStage) => rows.find((r) => r.size === size && r.stage === s);
    const build = at('build');
    const floor = at('floor');
    if (!build || !floor) return [];
    const after = (['generate', 'index'] as const).map(at);
    const ours = build.seconds + after.reduce((sum, r) => sum + (r?.seconds ?? 0), 0);
    const oursCpu = build.cpuSeconds + after.reduce((sum, r) => sum + (r?.cpuSeconds ?? 0), 0);
    // The floor is plain Astro plus, when measured, plain Pagefind indexing the same pages.
    const floorIndex = at('floor-index');
    const floorWall = floor.seconds + (floorIndex?.seconds ?? 0);
    const floorCpu = floor.cpuSeconds + (floorIndex?.cpuSeconds ?? 0);
    return [{ size, pages: build.items, ours, floor: floorWall, ratio: ours / floorWall, cpuRatio: oursCpu / floorCpu }];
  });
}

const COLORS: Record<BenchStage, string> = {
  import: '#4e79a7',
  generate: '#f28e2b',
  build: '#e15759',
  index: '#76b7b2',
  floor: '#9c9c9c',
  'floor-index': '#c7c7c7',
};

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One row per size: our stages stacked (import, generate, build, index), and under it the floor,
 * on a shared linear time axis so the growth between sizes is visible as it is.
 */
export function svgChart(rows: readonly StageFigures[], title: string): string {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  const ours: BenchStage[] = ['import', 'build', 'generate', 'index'];
  const total = (size: number, stages: BenchStage[]) =>
    stages.reduce((sum, s) => sum + (rows.find((r) => r.size === size && r.stage === s)?.seconds ?? 0), 0);
  const max = Math.max(1, ...sizes.map((s) => Math.max(total(s, ours), total(s, ['floor', 'floor-index']))));
  const left = 120;
  const width = 760;
  const plot = width - left - 80;
  const rowHeight = 56;
  const top = 50;
  const height = top + sizes.length * rowHeight + 60;
  const x = (sec: number) => (sec / max) * plot;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
  );
  parts.push(`<title id="t">${escapeXml(title)}</title>`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="${left}" y="24" font-family="sans-serif" font-size="15" fill="#222">${escapeXml(title)}</text>`);
  sizes.forEach((size, i) => {
    const y = top + i * rowHeight;
    parts.push(
      `<text x="${left - 8}" y="${y + 17}" text-anchor="end" font-family="sans-serif" font-size="12" fill="#222">${size.toLocaleString('en')} units</text>`,
    );
    let at = 0;
    for (const s of ours) {
      const r = rows.find((row) => row.size === size && row.stage === s);
      if (!r) continue;
      parts.push(
        `<rect x="${left + x(at)}" y="${y + 4}" width="${Math.max(0.5, x(r.seconds))}" height="18" fill="${COLORS[s]}"><title>${s}: ${r.seconds.toFixed(1)} s</title></rect>`,
      );
      at += r.seconds;
    }
    parts.push(`<text x="${left + x(at) + 6}" y="${y + 17}" font-family="sans-serif" font-size="11" fill="#222">${at.toFixed(0)} s</text>`);
    if (rows.some((row) => row.size === size && row.stage === 'floor')) {
      const floor = total(size, ['floor', 'floor-index']);
      parts.push(
        `<rect x="${left}" y="${y + 26}" width="${Math.max(0.5, x(floor))}" height="12" fill="${COLORS.floor}"><title>floor (plain Astro + plain Pagefind): ${floor.toFixed(1)} s</title></rect>`,
      );
      parts.push(
        `<text x="${left + x(floor) + 6}" y="${y + 37}" font-family="sans-serif" font-size="11" fill="#555">${floor.toFixed(0)} s floor</text>`,
      );
    }
  });
  const legendY = height - 24;
  [...ours, 'floor' as const].forEach((s, i) => {
    const lx = left + i * 120;
    parts.push(`<rect x="${lx}" y="${legendY - 10}" width="12" height="12" fill="${COLORS[s]}"/>`);
    parts.push(`<text x="${lx + 16}" y="${legendY}" font-family="sans-serif" font-size="12" fill="#222">${s}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
