import { beforeAll, describe, expect, it } from 'vitest';
import type { LessonInputs } from '../../../src/model/lesson/build.ts';
import { buildUnitSeries, seriesPeriods } from '../../../src/model/lesson/build-unit-series.ts';
import { buildUnitLesson } from '../../../src/model/lesson/build-unit.ts';
import { lessonInputs } from '../../../src/model/lesson/from-site.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';
import { OptionError } from '../../../src/model/lesson/errors.ts';
import { isBlank, type Item } from '../../../src/model/lesson/types.ts';
import { designFileBase } from '../../../src/designer/file-name.ts';
import { loadSite } from '../../../src/site-content/load-site.ts';
import type { LessonOptionsInput } from '../../../src/schemas/lesson-options.ts';

let inputs: LessonInputs;
beforeAll(() => {
  inputs = lessonInputs(loadSite('content'));
});

const text = (item: Item) => (isBlank(item) ? item.blank : item);
const unit = (code: string) => inputs.units.find((u) => u.code === code)!;
const PLAN = '0201030201_21v3';
const OTHER = '0201030206_21v3';
const series = (codes: readonly string[], opts: LessonOptionsInput = {}) =>
  buildUnitSeries(codes.map(unit), inputs.jobs, inputs.templates, resolveOptions(inputs.templates.defaults, opts));

describe('a series of NCS units', () => {
  it('makes ONE design with a period per unit, each period about its unit, naming every unit', () => {
    for (const school of ['middle', 'high'] as const) {
      const d = series([PLAN, OTHER], { school, periods: 2 });
      expect(d.kind).toBe('unit-lesson');
      expect(d.periods).toBe(2);
      expect(d.periodPlans.map((p) => p.period)).toEqual([1, 2]);
      expect(d.periodPlans[0]!.title).toContain(unit(PLAN).name);
      expect(d.periodPlans[1]!.title).toContain(unit(OTHER).name);
      expect(d.ncs.units.map((u) => u.code)).toEqual([PLAN, OTHER]);
      expect(d.title).toContain(unit(PLAN).name);
      expect(d.title).toContain(unit(OTHER).name);
      expect(d.supplies.map((s) => s.period)).toEqual([1, 2]);
      expect(d.id).not.toBe(
        buildUnitLesson(unit(PLAN), inputs.jobs, inputs.templates, resolveOptions(inputs.templates.defaults, { school })).id,
      );
    }
  });

  it('adds up to the chosen minutes in every period, for every length and share of periods', () => {
    for (const codes of [
      [PLAN, OTHER],
      [PLAN, OTHER, '0201030207_21v3'],
    ]) {
      for (let periods = codes.length; periods <= 4; periods++) {
        for (const minutes of [40, 45, 50, 90, 120]) {
          const d = series(codes, { periods, minutes, school: 'high' });
          expect(d.periodPlans).toHaveLength(periods);
          for (const p of d.periodPlans)
            expect(
              p.steps.reduce((a, s) => a + s.minutes, 0),
              `${periods}×${minutes} ${p.period}`,
            ).toBe(minutes);
        }
      }
    }
  });

  it('opens the series once, recalls the period before at every later period, and evaluates only at the end', () => {
    const d = series([PLAN, OTHER], { periods: 3, school: 'high' });
    const first = d.periodPlans[0]!.steps[0]!;
    expect([...first.teacher, ...first.student].map(text).join(' ')).not.toContain('지난 시간');
    expect(first.teacher.map(text).join(' ')).toContain('3차시');
    d.periodPlans.slice(1).forEach((p, i) => {
      const opening = p.steps[0]!.teacher.map(text).join(' ');
      expect(opening).toContain('지난 시간');
      expect(opening).toContain(d.periodPlans[i]!.title);
    });
    const closings = d.periodPlans.map((p) => p.steps.at(-1)!.element);
    expect(new Set(closings.slice(0, -1)).size).toBe(1);
    expect(closings.at(-1)).not.toBe(closings[0]);
    expect(d.worksheet.sections.filter((s) => !s.heading.includes(':'))).toHaveLength(1);
  });

  it('spreads extra periods from the first unit on and never drops one', () => {
    expect(seriesPeriods(2, 2)).toEqual([1, 1]);
    expect(seriesPeriods(2, 3)).toEqual([2, 1]);
    expect(seriesPeriods(3, 4)).toEqual([2, 1, 1]);
    const d = series([PLAN, OTHER], { periods: 3 });
    expect(d.periodPlans.map((p) => p.title.split(':')[0])).toEqual([unit(PLAN).name, unit(PLAN).name, unit(OTHER).name]);
  });

  it('lists each standard, goal, handout, source and assessment once', () => {
    const d = series([PLAN, OTHER], { periods: 2, school: 'high' });
    const codes = d.standards.map((s) => s.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    const goals = d.goals.map(text);
    expect(new Set(goals).size).toBe(goals.length);
    const handouts = d.handouts.map((h) => h.id);
    expect(new Set(handouts).size).toBe(handouts.length);
    const handoutTitles = d.handouts.map((h) => h.title);
    expect(new Set(handoutTitles).size).toBe(handoutTitles.length);
    const sources = d.sources.map((s) => `${s.title}|${s.publisher ?? ''}`);
    expect(new Set(sources).size).toBe(sources.length);
    const items = d.assessment.items.map((a) => `${a.method}|${text(a.criteria)}`);
    expect(new Set(items).size).toBe(items.length);
    expect(d.assessment.items.some((a) => a.timing.startsWith('1차시') && a.timing.includes(', 2차시'))).toBe(true);
  });

  it('refuses fewer periods than units with a Korean message that names both counts, about the periods, in her words', () => {
    expect(() => series([PLAN, OTHER, '0201030207_21v3'], { periods: 2 })).toThrow(/능력단위 3개.*3차시 이상.*지금은 2차시/);
    let error: unknown;
    try {
      series([PLAN, OTHER], { periods: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).field).toBe('periods');
    expect((error as OptionError).message).not.toMatch(/--|periods/);
  });

  it('is a plain unit lesson for one unit, and its file name says it is a series', () => {
    const options = resolveOptions(inputs.templates.defaults, { school: 'high', periods: 2 });
    expect(series([PLAN], { school: 'high', periods: 2 })).toEqual(buildUnitLesson(unit(PLAN), inputs.jobs, inputs.templates, options));
    const d = series([PLAN, OTHER], { school: 'high', periods: 2 });
    expect(designFileBase(d, 2)).toBe(`NCS역량수업_${unit(PLAN).name.replace(/\s+/g, '')}외1_고2_2차시`);
  });
});
