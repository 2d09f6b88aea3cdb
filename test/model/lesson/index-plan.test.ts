import { describe, expect, it } from 'vitest';
import { LESSON_INDEX_LIMIT, lessonIndexPlan, unitDesignsByDuty, type DutyOf } from '../../../src/model/lesson/index-plan.ts';
import type { LessonDesign } from '../../../src/model/lesson/types.ts';

// Only the fields the plan reads; the rest of a design does not matter here.
const job = (slug: string) =>
  ({ id: `job-${slug}`, kind: 'job-series', job: { slug, title: slug }, unit: null }) as unknown as LessonDesign;
const unit = (code: string, level: number | null) =>
  ({ id: `unit-${code}`, kind: 'unit-lesson', job: null, unit: { code, name: `단위 ${code}`, level } }) as unknown as LessonDesign;

// Unit codes start with their 8-digit 세분류 code, as in the NCS data.
const names: Record<string, string | null> = { '02010302': '고객관리', '02010301': '고객지원', '12010101': null };
const dutyOf: DutyOf = (code) => {
  const duty = code.slice(0, 8);
  return duty in names ? { code: duty, name: names[duty]! } : undefined;
};

const designs = [
  job('cs-manager'),
  job('telemarketer'),
  unit('0201030205_21v3', 4),
  unit('0201030201_21v3', 5),
  unit('0201030210_21v4', null),
  unit('0201030101_20v2', 3),
  unit('1201010101_19v1', 2),
  unit('9999999901_22v1', 3),
];

describe('lessonIndexPlan', () => {
  it('keeps every design in the one table up to the limit, in the given order', () => {
    expect(lessonIndexPlan(designs, dutyOf, designs.length)).toEqual({ grouped: false, rows: designs });
    expect(lessonIndexPlan(designs, dutyOf, 100).grouped).toBe(false);
  });

  it('above the limit keeps job designs in the table and groups unit designs by 세분류 in code order', () => {
    const plan = lessonIndexPlan(designs, dutyOf, designs.length - 1);
    if (!plan.grouped) throw new Error('expected a grouped plan');
    // The unit whose 세분류 the catalog does not know stays findable in the table.
    expect(plan.rows.map((d) => d.id)).toEqual(['job-cs-manager', 'job-telemarketer', 'unit-9999999901_22v1']);
    expect(plan.duties.map((g) => [g.code, g.name, g.designs.length])).toEqual([
      ['02010301', '고객지원', 1],
      ['02010302', '고객관리', 3],
      ['12010101', null, 1],
    ]);
  });

  it('lists each 세분류 by level, no level last, then unit code', () => {
    const plan = lessonIndexPlan(designs, dutyOf, 0);
    if (!plan.grouped) throw new Error('expected a grouped plan');
    expect(plan.duties.find((g) => g.code === '02010302')!.designs.map((d) => d.unit!.code)).toEqual([
      '0201030205_21v3',
      '0201030201_21v3',
      '0201030210_21v4',
    ]);
  });

  it('uses a limit far above the default site and below the full NCS catalog', () => {
    expect(LESSON_INDEX_LIMIT).toBeGreaterThan(17);
    expect(LESSON_INDEX_LIMIT).toBeLessThan(13_417);
    const many = Array.from({ length: LESSON_INDEX_LIMIT + 1 }, (_, i) => unit(`02010302${String(i).padStart(4, '0')}_21v1`, 3));
    expect(lessonIndexPlan(many.slice(1), dutyOf).grouped).toBe(false);
    expect(lessonIndexPlan(many, dutyOf).grouped).toBe(true);
  });
});

describe('unitDesignsByDuty', () => {
  it('counts every unit design of a known 세분류 once and skips job designs', () => {
    const byDuty = unitDesignsByDuty(designs, dutyOf);
    expect([...byDuty.keys()]).toEqual(['02010301', '02010302', '12010101']);
    expect([...byDuty.values()].reduce((n, g) => n + g.designs.length, 0)).toBe(5);
    expect(byDuty.get('02010301')!.designs.map((d) => d.id)).toEqual(['unit-0201030101_20v2']);
  });

  it('is empty without unit designs', () => {
    expect(unitDesignsByDuty([job('cs-manager')], dutyOf).size).toBe(0);
  });
});
