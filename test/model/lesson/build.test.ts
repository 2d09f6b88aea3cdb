import { beforeAll, describe, expect, it } from 'vitest';
import { buildLessonDesigns, type LessonInputs } from '../../../src/model/lesson/build.ts';
import type { UnitInput } from '../../../src/model/lesson/inputs.ts';
import { lessonInputs } from '../../../src/model/lesson/from-site.ts';
import { loadSite } from '../../../src/site-content/load-site.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';
import { isBlank, type Item, type LessonDesign } from '../../../src/model/lesson/types.ts';
import type { LessonOptionsInput } from '../../../src/schemas/lesson-options.ts';

const origin = { file: 'test', jobsField: 'jobs', unitsField: 'units' };
let inputs: LessonInputs;
beforeAll(() => {
  inputs = lessonInputs(loadSite('content'));
});

const build = (opts: LessonOptionsInput = {}, from: LessonInputs = inputs) =>
  buildLessonDesigns(from, resolveOptions(from.templates.defaults, opts), origin);
const text = (item: Item) => (isBlank(item) ? item.blank : item);
const byId = (designs: LessonDesign[], id: string) => designs.find((d) => d.id === id)!;

describe('lesson designs from the shipped data', () => {
  it('makes a career series for every job and a lesson for every current unit', () => {
    const designs = build();
    expect(designs.filter((d) => d.kind === 'job-series').map((d) => d.job!.slug)).toEqual(inputs.jobs.map((j) => j.slug));
    expect(designs.filter((d) => d.kind === 'unit-lesson').map((d) => d.unit!.code)).toEqual(inputs.units.map((u) => u.code));
    expect(byId(designs, 'job-cs-manager')).toBeDefined();
    expect(byId(designs, 'unit-0201030201_21v3').title).toContain('고객관리 계획 수립');
  });

  it('every process table adds up exactly to the period length, for every period count and length', () => {
    for (const periods of [1, 2, 3, 4]) {
      for (const minutes of [40, 45, 50, 55, 90]) {
        for (const activity of ['role-play', 'self-check'] as const) {
          for (const d of build({ periods, minutes, activity })) {
            expect(d.periodPlans).toHaveLength(periods);
            for (const p of d.periodPlans) {
              expect(
                p.steps.reduce((a, s) => a + s.minutes, 0),
                `${d.id} ${periods}×${minutes} period ${p.period}`,
              ).toBe(minutes);
              expect(p.steps[0]!.stage).toBe('도입');
              expect(p.steps.at(-1)!.stage).toBe('정리');
            }
          }
        }
      }
    }
  });

  it('follows the series order: 현장 탐방 → 직업 이해 → NCS → 활동 → 정리와 평가', () => {
    const d = byId(build({ periods: 4 }), 'job-cs-manager');
    expect(d.periodPlans.map((p) => p.title)).toEqual(['직업 현장 탐방', '직업 이해', 'NCS로 본 직무', '네 단계 고객 응대 역할극']);
    expect(d.periodPlans[3]!.steps.at(-1)!.element).toBe('정리와 평가');
    const selfCheck = byId(build({ periods: 4, activity: 'self-check' }), 'job-cs-manager');
    expect(selfCheck.periodPlans[3]!.title).toBe('나와 맞는지 점검하기');
  });

  it('uses the middle-school standards with the curriculum name beside each code', () => {
    const d = byId(build(), 'job-cs-manager');
    expect(d.standards.map((s) => s.code)).toEqual(['[9진로02-01]', '[9진로02-02]', '[9진로02-03]', '[9진로02-04]']);
    for (const s of d.standards) expect(s.curriculum).toBe('2022 개정 교육과정 중학교 「진로와 직업」');
    expect(d.standardsNote).toBeNull();
  });

  it('does not carry middle-school codes into a high-school design; the teacher gets a blank instead', () => {
    const d = byId(build({ school: 'high' }), 'job-cs-manager');
    expect(d.minutesPerPeriod).toBe(50);
    expect(d.audience.label).toBe('고등학교 1~3학년');
    expect(d.standards).toEqual([]);
    expect(d.standardsNote?.blank).toContain('[12진로AA-NN]');
  });

  it('names the grade when one is chosen', () => {
    expect(byId(build({ grade: 2 }), 'job-cs-manager').audience.label).toBe('중학교 2학년');
  });

  it('does not invent elements, criteria or a definition the data lacks: it leaves labelled blanks', () => {
    // A unit of the test site that has no definition and no elements, whatever the shipped data holds.
    const d = byId(build({}, lessonInputs(loadSite('test/fixtures/site'))), 'unit-9101010102_21v2');
    const unit = d.ncs.units[0]!;
    expect(unit.definition).toBeNull();
    expect(unit.elements.every(isBlank)).toBe(true);
    expect(unit.criteria.every(isBlank)).toBe(true);
    expect(d.assessment.rubric.some((r) => isBlank(r.criterion))).toBe(true);
    expect(d.gaps.join(' ')).toContain('능력단위요소와 수행준거');
    const lines = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.teacher));
    expect(lines.filter(isBlank).map(text).join(' ')).toContain('능력단위 정의');
  });

  it('shows KSA from seed 000 with a note that they are not the official table', () => {
    const unit = byId(build(), 'unit-0201030201_21v3').ncs.units[0]!;
    expect(unit.knowledge).toContain('마케팅 전략의 이해');
    expect(unit.ksaNote).toContain('공식 NCS 표가 아니라');
  });

  it('takes the level meaning into the goals and the teacher activities', () => {
    const d = byId(build(), 'unit-0201030201_21v3');
    expect(d.goals.map(text).join(' ')).toContain('수준 5가');
    expect(d.ncs.units[0]!.levelMeaning).toMatch(/\S/);
  });

  it('turns official elements and criteria into what is taught, the rubric and the worksheet when they exist', () => {
    const base = inputs.units.find((u) => u.code === '0201030201_21v3')!;
    const full: UnitInput = {
      ...base,
      definition: '예시 정의예요.',
      elements: [
        { name: '예시 요소 가', level: 5 },
        { name: '예시 요소 나', level: 4 },
      ],
      criteria: ['1.1 예시 수행준거 하나', '2.1 예시 수행준거 둘'],
      basicCompetences: ['의사소통능력(경청능력)'],
    };
    const d = byId(
      build({ units: [full.code] }, { ...inputs, units: inputs.units.map((u) => (u.code === full.code ? full : u)) }),
      'unit-0201030201_21v3',
    );
    expect(d.assessment.rubric.map((r) => text(r.criterion))).toEqual(
      expect.arrayContaining(['1.1 예시 수행준거 하나', '2.1 예시 수행준거 둘']),
    );
    expect(d.assessment.rubric.some((r) => isBlank(r.criterion))).toBe(false);
    expect(d.ncs.units[0]!.elements).toEqual(['예시 요소 가 (수준 5)', '예시 요소 나 (수준 4)']);
    const teacher = d.periodPlans
      .flatMap((p) => p.steps.flatMap((s) => s.teacher))
      .map(text)
      .join(' ');
    expect(teacher).toContain('예시 요소 가, 예시 요소 나');
    expect(teacher).toContain('예시 정의예요.');
    const worksheet = d.worksheet.sections.flatMap((s) => s.tasks.map((t) => text(t.prompt))).join(' ');
    expect(worksheet).toContain('요소 「예시 요소 가」');
    expect(d.gaps.join(' ')).not.toContain('능력단위요소와 수행준거');
  });

  it('builds only the chosen designs when jobs or units are given', () => {
    expect(build({ jobs: ['cs-manager'] }).map((d) => d.id)).toEqual(['job-cs-manager']);
    expect(build({ jobs: ['cs-manager'], units: ['0201030201_21v3'] }).map((d) => d.id)).toEqual([
      'job-cs-manager',
      'unit-0201030201_21v3',
    ]);
  });

  it('links every unit a job names, with its level', () => {
    const d = byId(build(), 'job-cs-manager');
    const job = inputs.jobs.find((j) => j.slug === 'cs-manager')!;
    expect(d.ncs.units.map((u) => u.code)).toEqual(job.ncsUnits);
    expect(d.ncs.basicCompetences.map((b) => b.name)).toContain('대인관계능력');
  });
});
