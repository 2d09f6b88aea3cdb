import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMinutes } from '../../../src/model/lesson/time.ts';

const step = fc.record({ minutes: fc.integer({ min: 1, max: 30 }), minMinutes: fc.integer({ min: 1, max: 30 }) }).map((s) => ({
  minutes: Math.max(s.minutes, s.minMinutes),
  minMinutes: s.minMinutes,
}));

describe('allocateMinutes', () => {
  it('adds up exactly to the period and respects every minimum whenever the minimums fit', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 9 }), fc.integer({ min: 20, max: 120 }), (steps, length) => {
        const needed = steps.reduce((a, s) => a + s.minMinutes, 0);
        const result = allocateMinutes(steps, length);
        if (needed > length) {
          expect(result).toEqual({ ok: false, needed });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.minutes.reduce((a, b) => a + b, 0)).toBe(length);
        result.minutes.forEach((m, i) => expect(m).toBeGreaterThanOrEqual(steps[i]!.minMinutes));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the proportions of the weights when nothing hits a minimum', () => {
    const result = allocateMinutes(
      [
        { minutes: 5, minMinutes: 1 },
        { minutes: 30, minMinutes: 1 },
        { minutes: 10, minMinutes: 1 },
      ],
      90,
    );
    expect(result).toEqual({ ok: true, minutes: [10, 60, 20] });
  });

  it('lifts a step to its minimum by taking from the step with the most room', () => {
    const result = allocateMinutes(
      [
        { minutes: 1, minMinutes: 1 },
        { minutes: 40, minMinutes: 10 },
        { minutes: 4, minMinutes: 4 },
      ],
      20,
    );
    expect(result.ok && result.minutes).toEqual([1, 15, 4]);
  });

  it('reports how many minutes the minimums need when they do not fit', () => {
    expect(
      allocateMinutes(
        [
          { minutes: 20, minMinutes: 15 },
          { minutes: 20, minMinutes: 15 },
        ],
        25,
      ),
    ).toEqual({ ok: false, needed: 30 });
  });
});
