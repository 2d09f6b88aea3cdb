import { describe, expect, it } from 'vitest';
import { clockText, StepTimers } from '../../src/slides/timer.ts';

describe('step timers', () => {
  it('count down from the step time while running, and hold while paused', () => {
    let now = 0;
    const timers = new StepTimers(() => now);
    timers.select('p1-s1', 4);
    expect(timers.remaining()).toBe(240_000);
    timers.toggle();
    now += 61_000;
    expect(clockText(timers.remaining())).toBe('2:59');
    timers.toggle();
    now += 100_000;
    expect(clockText(timers.remaining())).toBe('2:59');
    expect(timers.running).toBe(false);
  });

  it('are one per step: slides of the same step share it, another step pauses it and keeps its time', () => {
    let now = 0;
    const timers = new StepTimers(() => now);
    timers.select('p1-s2', 10);
    timers.toggle();
    now += 30_000;
    timers.select('p1-s2', 10); // a card slide of the same step
    expect(timers.running).toBe(true);
    now += 30_000;
    timers.select('p1-s3', 5);
    expect(timers.running).toBe(false);
    expect(timers.remaining()).toBe(300_000);
    now += 500_000;
    timers.select('p1-s2', 10);
    expect(timers.remaining()).toBe(540_000);
    expect(timers.running).toBe(false);
  });

  it('go past zero, set back to the full time, and do nothing on slides without one', () => {
    let now = 0;
    const timers = new StepTimers(() => now);
    timers.select('p1-s1', 1);
    timers.toggle();
    now += 72_400;
    expect(clockText(timers.remaining())).toBe('+0:12');
    timers.reset();
    expect(timers.remaining()).toBe(60_000);
    expect(timers.running).toBe(false);
    timers.select(null, null);
    expect(timers.active).toBe(false);
    timers.toggle();
    expect(timers.running).toBe(false);
  });

  it('shows whole seconds left, rounded up, so the start reads the planned minutes', () => {
    expect(clockText(600_000)).toBe('10:00');
    expect(clockText(599_001)).toBe('10:00');
    expect(clockText(59_000)).toBe('0:59');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-400)).toBe('0:00');
    expect(clockText(-61_000)).toBe('+1:01');
  });
});
