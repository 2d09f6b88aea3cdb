import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorRatios, markdownTable, ratioTable, svgChart, type StageFigures } from '../../src/bench/report.ts';

const row = (size: number, stage: StageFigures['stage'], seconds: number, items: number): StageFigures => ({
  size,
  stage,
  seconds,
  cpuSeconds: seconds / 2,
  peakMb: 100,
  items,
  outputMb: 1.5,
  indexMb: stage === 'index' ? 2 : null,
  firstQueryKb: stage === 'index' ? 120.4 : null,
});
const rows = [
  row(100, 'import', 1, 100),
  row(100, 'build', 20, 300),
  row(100, 'generate', 6, 17),
  row(100, 'index', 4, 300),
  row(100, 'floor', 6, 300),
  row(1000, 'build', 150, 3000),
];

describe('bench report', () => {
  it('tables every stage with items per second and leaves unknown figures as –', () => {
    const md = markdownTable(rows.map((r) => (r.stage === 'index' ? { ...r, loadAverage: 1.5 } : r)));
    expect(md.split('\n')).toHaveLength(2 + rows.length);
    // A row of an older run has no load recorded.
    expect(md).toContain('| 100 | build (astro build) | 20.0 | 10.0 | – | 300 | 15 | 100 | 1.5 | – | – |');
    expect(md).toContain('| 100 | index (Pagefind) | 4.0 | 2.0 | 1.50 | 300 | 75 | 100 | 1.5 | 2.0 | 120.4 |');
  });

  it('compares the whole build (astro, lesson files, index) with plain Astro only where both were measured', () => {
    const [r, ...more] = floorRatios(rows);
    expect(more).toEqual([]);
    expect(r).toMatchObject({ size: 100, pages: 300, ours: { wall: 30, cpu: 15 }, toAstro: { wall: 5, cpu: 5 }, toAstroAndPagefind: null });
    const table = ratioTable(rows);
    expect(table).toContain('| ours ÷ plain Astro (wall) |');
    expect(table).toContain('| 100 | 300 | 30.0 | 6.0 | not measured | 5.00× | 5.00× | – | – |');
  });

  it('gives the ratio over plain Astro + plain Pagefind, named so, when both floors finished', () => {
    const both = [...rows, row(100, 'floor-index', 4, 300)];
    expect(floorRatios(both)[0]!.toAstroAndPagefind).toEqual({ wall: 3, cpu: 3 });
    expect(ratioTable(both)).toContain('| ours ÷ (plain Astro + plain Pagefind) (wall) |');
    expect(ratioTable(both)).toContain('| 100 | 300 | 30.0 | 6.0 | 4.0 | 5.00× | 5.00× | 3.00× | 3.00× |');
    expect(markdownTable(both)).toContain('| 100 | floor 2 (plain Pagefind over our pages) | 4.0 |');
  });

  it('records a floor that did not finish, with its memory, and gives no ratio that would need it', () => {
    const failed = {
      ...row(100, 'floor-index', 90, 300),
      peakMb: 6150,
      // What a stopped stage left half written is not a result.
      indexMb: 0,
      failed: 'stopped at the memory cap of 6,144 MB (tree RSS 6,150 MB)',
    };
    const all = [...rows, failed];
    expect(markdownTable(all)).toContain(
      '| 100 | floor 2 (plain Pagefind over our pages) — **did not finish: stopped at the memory cap of 6,144 MB (tree RSS 6,150 MB)** | 90.0 | 45.0 | – | – | – | 6150 | – | – | – |',
    );
    expect(floorRatios(all)[0]!.toAstroAndPagefind).toBeNull();
    expect(ratioTable(all)).toContain(
      '| 100 | 300 | 30.0 | 6.0 | did not finish: stopped at the memory cap of 6,144 MB (tree RSS 6,150 MB) | 5.00× | 5.00× | – | – |',
    );
    expect(svgChart(all, 'x')).toContain('floor (plain Astro; plain Pagefind did not finish): 6.0 s');
  });

  it('gives no ratio when a stage of ours did not finish', () => {
    const broken = rows.map((r) => (r.size === 100 && r.stage === 'index' ? { ...r, failed: 'failed (exit 1)' } : r));
    expect(floorRatios(broken)).toEqual([]);
  });

  it('draws one bar group per size with stage widths proportional to time', () => {
    const svg = svgChart(rows, 'test & chart');
    expect(svg).toContain('<title id="t">test &amp; chart</title>');
    expect(svg).toContain('100 units');
    expect(svg).toContain('1,000 units');
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="18"/g)].map((m) => Number(m[1]));
    // import 1 s, build 20 s, generate 6 s, index 4 s at 100; build 150 s at 1,000 (the widest bar).
    expect(widths[1]! / widths[0]!).toBeCloseTo(20, 5);
    expect(widths[2]! / widths[0]!).toBeCloseTo(6, 5);
    expect(Math.max(...widths)).toBe(widths[4]);
  });
});

describe('report/bench.md as committed', () => {
  // The bench writes the file from its figures: a hand edit, or figures changed without it, shows here.
  it('holds the tables of report/bench.json exactly as the bench writes them', () => {
    const rows = JSON.parse(readFileSync('report/bench.json', 'utf8')) as StageFigures[];
    const md = readFileSync('report/bench.md', 'utf8');
    expect(md).toContain(markdownTable(rows));
    expect(md).toContain(ratioTable(rows));
  });
});
