import { describe, expect, it } from 'vitest';
import { floorRatios, markdownTable, svgChart, type StageFigures } from '../../src/bench/report.ts';

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
    const md = markdownTable(rows);
    expect(md.split('\n')).toHaveLength(2 + rows.length);
    expect(md).toContain('| 100 | build (astro build) | 20.0 | 10.0 | 300 | 15 | 100 | 1.5 | – | – |');
    expect(md).toContain('| 100 | index (Pagefind) | 4.0 | 2.0 | 300 | 75 | 100 | 1.5 | 2.0 | 120.4 |');
  });

  it('compares the whole build (astro, lesson files, index) with the floor only where both were measured', () => {
    expect(floorRatios(rows)).toEqual([{ size: 100, pages: 300, ours: 30, floor: 6, ratio: 5, cpuRatio: 5 }]);
  });

  it('adds the second floor (plain Pagefind over the same pages) to the first when it was measured', () => {
    const both = [...rows, row(100, 'floor-index', 4, 300)];
    expect(floorRatios(both)).toEqual([{ size: 100, pages: 300, ours: 30, floor: 10, ratio: 3, cpuRatio: 3 }]);
    expect(markdownTable(both)).toContain('| 100 | floor 2 (plain Pagefind over our pages) | 4.0 |');
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
