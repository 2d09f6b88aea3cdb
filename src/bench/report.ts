/**
 * The benchmark's figures as a Markdown table and an SVG bar chart (report/bench.md,
 * report/bench.svg). Pure functions: the measuring lives in scripts/bench.ts.
 */
import { escapeHtml } from '../render/html/escape.ts';

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
  /** Why the stage did not finish (memory cap, exit code); its figures are those up to the failure. */
  failed?: string;
  /**
   * The machine's 1-minute load average when the stage ended: wall times from runs made at different
   * loads sit in one table (--append), so each row says how busy the machine was. Absent in older rows.
   */
  loadAverage?: number;
}

const STAGE_LABEL: Record<BenchStage, string> = {
  import: 'import (공식 파일 → content/ncs)',
  build: 'build (astro build)',
  generate: 'generate (수업 설계서 .json + 도우미 자료 → dist)',
  index: 'index (Pagefind)',
  floor: 'floor (plain Astro, same page count)',
  'floor-index': 'floor 2 (plain Pagefind over our pages)',
};

const fmt = (n: number | null, digits = 1) => (n === null || !Number.isFinite(n) ? '–' : n.toFixed(digits));

export function markdownTable(rows: readonly StageFigures[]): string {
  const head =
    '| units | stage | wall (s) | CPU (s) | load at end | items | items/s (wall) | peak RSS (MB) | output (MB) | index (MB) | first query (KB) |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${STAGE_LABEL[r.stage]}${r.note ? ` — ${r.note}` : ''}${r.failed ? ` — **did not finish: ${r.failed}**` : ''} | ${fmt(r.seconds)} | ${fmt(r.cpuSeconds)} | ${fmt(r.loadAverage ?? null, 2)} | ${r.failed ? '–' : r.items.toLocaleString('en')} | ${fmt(!r.failed && r.seconds > 0 ? r.items / r.seconds : null, 0)} | ${fmt(r.peakMb, 0)} | ${r.failed ? '–' : fmt(r.outputMb)} | ${r.failed ? '–' : fmt(r.indexMb)} | ${r.failed ? '–' : fmt(r.firstQueryKb)} |`,
  );
  return [head, ...lines].join('\n');
}

export interface FloorRatio {
  size: number;
  pages: number;
  /** Our build: astro build, lesson files and search index (the stages measured), wall and CPU seconds. */
  ours: { wall: number; cpu: number };
  /** Plain Astro building as many bare pages. */
  astro: { wall: number; cpu: number };
  /** Plain Pagefind indexing our pages; null when not measured. */
  pagefind: { wall: number; cpu: number } | null;
  /** Why plain Pagefind has no time, when it was run and did not finish. */
  pagefindFailed: string | null;
  /** ours ÷ plain Astro. */
  toAstro: { wall: number; cpu: number };
  /** ours ÷ (plain Astro + plain Pagefind); null unless both floors finished. */
  toAstroAndPagefind: { wall: number; cpu: number } | null;
}

/** Our whole `npm run build` (astro build, lesson files, index) over each floor, per size, each ratio named by what it divides. */
export function floorRatios(rows: readonly StageFigures[]): FloorRatio[] {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  return sizes.flatMap((size) => {
    const at = (s: BenchStage) => rows.find((r) => r.size === size && r.stage === s);
    const build = at('build');
    const floor = at('floor');
    if (!build || !floor || build.failed || floor.failed) return [];
    const ourRows = [build, ...(['generate', 'index'] as const).map(at)].filter((r) => r !== undefined);
    // A failed stage of ours makes the sum meaningless: no ratio rather than a flattering one.
    if (ourRows.some((r) => r.failed)) return [];
    const ours = { wall: sum(ourRows, 'seconds'), cpu: sum(ourRows, 'cpuSeconds') };
    const astro = { wall: floor.seconds, cpu: floor.cpuSeconds };
    const plain = at('floor-index');
    const pagefind = plain && !plain.failed ? { wall: plain.seconds, cpu: plain.cpuSeconds } : null;
    return [
      {
        size,
        pages: build.items,
        ours,
        astro,
        pagefind,
        pagefindFailed: plain?.failed ?? null,
        toAstro: { wall: ours.wall / astro.wall, cpu: ours.cpu / astro.cpu },
        toAstroAndPagefind: pagefind
          ? { wall: ours.wall / (astro.wall + pagefind.wall), cpu: ours.cpu / (astro.cpu + pagefind.cpu) }
          : null,
      },
    ];
  });
}

const sum = (rows: readonly StageFigures[], key: 'seconds' | 'cpuSeconds') => rows.reduce((total, r) => total + r[key], 0);
const times = (n: number) => `${n.toFixed(2)}×`;

/** The ratios as a table whose every column says what it divides by what. */
export function ratioTable(rows: readonly StageFigures[]): string {
  const ratios = floorRatios(rows);
  if (ratios.length === 0) return '';
  const head = [
    '| units | pages | ours: build + generate + index, wall (s) | plain Astro, wall (s) | plain Pagefind, wall (s) | ours ÷ plain Astro (wall) | ours ÷ plain Astro (CPU) | ours ÷ (plain Astro + plain Pagefind) (wall) | ours ÷ (plain Astro + plain Pagefind) (CPU) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines = ratios.map((r) => {
    const pagefind = r.pagefind ? r.pagefind.wall.toFixed(1) : r.pagefindFailed ? `did not finish: ${r.pagefindFailed}` : 'not measured';
    const both = r.toAstroAndPagefind;
    return `| ${r.size.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.ours.wall.toFixed(1)} | ${r.astro.wall.toFixed(1)} | ${pagefind} | ${times(r.toAstro.wall)} | ${times(r.toAstro.cpu)} | ${both ? times(both.wall) : '–'} | ${both ? times(both.cpu) : '–'} |`;
  });
  return [...head, ...lines].join('\n');
}

const COLORS: Record<BenchStage, string> = {
  import: '#4e79a7',
  generate: '#f28e2b',
  build: '#e15759',
  index: '#76b7b2',
  floor: '#9c9c9c',
  'floor-index': '#c7c7c7',
};

/**
 * One row per size: our stages stacked (import, generate, build, index), and under it the floor,
 * on a shared linear time axis so the growth between sizes is visible as it is.
 */
export function svgChart(rows: readonly StageFigures[], title: string): string {
  const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
  const ours: BenchStage[] = ['import', 'build', 'generate', 'index'];
  // A stage that did not finish has no time to draw.
  const total = (size: number, stages: BenchStage[]) =>
    stages.reduce((sum, s) => {
      const r = rows.find((row) => row.size === size && row.stage === s);
      return sum + (r && !r.failed ? r.seconds : 0);
    }, 0);
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
  parts.push(`<title id="t">${escapeHtml(title)}</title>`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="${left}" y="24" font-family="sans-serif" font-size="15" fill="#222">${escapeHtml(title)}</text>`);
  sizes.forEach((size, i) => {
    const y = top + i * rowHeight;
    parts.push(
      `<text x="${left - 8}" y="${y + 17}" text-anchor="end" font-family="sans-serif" font-size="12" fill="#222">${size.toLocaleString('en')} units</text>`,
    );
    let at = 0;
    for (const s of ours) {
      const r = rows.find((row) => row.size === size && row.stage === s);
      if (!r || r.failed) continue;
      parts.push(
        `<rect x="${left + x(at)}" y="${y + 4}" width="${Math.max(0.5, x(r.seconds))}" height="18" fill="${COLORS[s]}"><title>${s}: ${r.seconds.toFixed(1)} s</title></rect>`,
      );
      at += r.seconds;
    }
    parts.push(`<text x="${left + x(at) + 6}" y="${y + 17}" font-family="sans-serif" font-size="11" fill="#222">${at.toFixed(0)} s</text>`);
    if (rows.some((row) => row.size === size && row.stage === 'floor')) {
      const plain = rows.find((row) => row.size === size && row.stage === 'floor-index');
      const withPagefind = plain !== undefined && !plain.failed;
      const floor = total(size, ['floor', 'floor-index']);
      const what = withPagefind
        ? 'plain Astro + plain Pagefind'
        : plain?.failed
          ? 'plain Astro; plain Pagefind did not finish'
          : 'plain Astro';
      parts.push(
        `<rect x="${left}" y="${y + 26}" width="${Math.max(0.5, x(floor))}" height="12" fill="${COLORS.floor}"><title>${escapeHtml(`floor (${what}): ${floor.toFixed(1)} s`)}</title></rect>`,
      );
      parts.push(
        `<text x="${left + x(floor) + 6}" y="${y + 37}" font-family="sans-serif" font-size="11" fill="#555">${escapeHtml(`${floor.toFixed(0)} s floor (${what})`)}</text>`,
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
