import { describe, expect, it } from 'vitest';
import { layoutPath, metrics } from '../../../src/model/career-path/layout.ts';

const steps = [
  { label: '컨택센터 상담원', note: '숙련 기간 1~3개월 (한국직업사전)' },
  { label: '고객상담업무관리자' },
  { label: 'CS 매니저' },
  { label: '넓혀 갈 수 있는 직무', choices: ['상담', '심리', '상품기획'] },
];

describe('layoutPath', () => {
  it('puts one box per step, in order, left to right with arrows between', () => {
    const l = layoutPath(steps, 'horizontal');
    expect(l.boxes).toHaveLength(4);
    expect(l.arrows).toHaveLength(3);
    for (let i = 1; i < 4; i++) {
      expect(l.boxes[i]!.x).toBeGreaterThan(l.boxes[i - 1]!.x + l.boxes[i - 1]!.width);
      expect(l.arrows[i - 1]!.x1).toBeGreaterThan(l.boxes[i - 1]!.x + l.boxes[i - 1]!.width);
      expect(l.arrows[i - 1]!.x2).toBeLessThan(l.boxes[i]!.x);
    }
    expect(new Set(l.boxes.map((b) => b.y)).size).toBe(1);
    expect(new Set(l.arrows.map((a) => a.y1)).size).toBe(1);
    for (const a of l.arrows) for (const b of l.boxes) expect(a.y1).toBeLessThan(b.y + b.height);
  });

  it('stacks the boxes top to bottom in the vertical layout', () => {
    const l = layoutPath(steps, 'vertical');
    for (let i = 1; i < 4; i++) expect(l.boxes[i]!.y).toBeGreaterThan(l.boxes[i - 1]!.y + l.boxes[i - 1]!.height);
    expect(l.width).toBe(metrics.boxWidth.vertical + 2 * metrics.margin);
  });

  it('keeps every box and every line inside the drawing', () => {
    for (const o of ['horizontal', 'vertical'] as const) {
      const l = layoutPath(steps, o);
      for (const b of l.boxes) {
        expect(b.x + b.width).toBeLessThanOrEqual(l.width);
        expect(b.y + b.height).toBeLessThanOrEqual(l.height);
        for (const line of b.lines) {
          expect(line.y).toBeGreaterThan(b.y);
          expect(line.y).toBeLessThan(b.y + b.height);
        }
      }
    }
  });

  it('numbers the steps and lists the choices of the last one', () => {
    const l = layoutPath(steps, 'vertical');
    expect(l.boxes[0]!.lines[0]!.text).toBe('1단계');
    const last = l.boxes[3]!.lines;
    expect(last.filter((x) => x.kind === 'choice').map((x) => x.text)).toEqual(['상담', '심리', '상품기획']);
    expect(last.filter((x) => x.kind === 'bullet')).toHaveLength(3);
    const bullet = last.find((x) => x.kind === 'bullet')!;
    expect(last.find((x) => x.kind === 'choice')!.x).toBeGreaterThan(bullet.x);
  });

  it('refuses an empty path', () => {
    expect(() => layoutPath([], 'vertical')).toThrow(/at least one step/);
  });
});
