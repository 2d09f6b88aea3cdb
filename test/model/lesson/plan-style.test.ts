/**
 * 문체 `plan`: a design a teacher submits as a 지도안, and what every printed design leaves out
 * (internal notes about the site's data), for every design the shipped templates make.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLessonDesigns, type LessonInputs } from '../../../src/model/lesson/build.ts';
import { lessonInputs } from '../../../src/model/lesson/from-site.ts';
import { loadSite } from '../../../src/site-content/load-site.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';
import { isBlank, type Item } from '../../../src/model/lesson/types.ts';
import type { LessonOptionsInput } from '../../../src/schemas/lesson-options.ts';
import { lessonDesignHtml } from '../../../src/render/html/lesson-html.ts';
import { lessonDocx } from '../../../src/render/docx/lesson-docx.ts';
import { docxText } from '../../render/docx-text.ts';

let inputs: LessonInputs;
beforeAll(() => {
  inputs = lessonInputs(loadSite('content'));
});
const build = (opts: LessonOptionsInput) => buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, opts));
const strings = (items: readonly Item[]) => items.filter((i): i is string => !isBlank(i));
/** A line without what stays as written: quotations and brackets. */
const outsideQuotes = (line: string) => line.replace(/'[^']*'|"[^"]*"|“[^”]*”|\([^)]*\)|「[^」]*」/g, '');
const HAEYO_END = /요(?=[.!:]|$)/u;

const SERIES: LessonOptionsInput = {
  school: 'high',
  grade: 2,
  periods: 2,
  minutes: 50,
  jobs: [],
  units: ['0201030201_21v3', '0201030206_21v3'],
};

describe('지도안 style (문체 plan)', () => {
  it('writes every 학습목표 "~할 수 있다" and every teacher line 개조식, and leaves what students read in 해요체', () => {
    for (const school of ['middle', 'high'] as const)
      for (const periods of [1, 2, 3, 4])
        for (const activity of ['role-play', 'self-check'] as const) {
          const plan = build({ school, periods, activity, style: 'plan' });
          const haeyo = build({ school, periods, activity, style: 'haeyo' });
          plan.forEach((d, i) => {
            for (const g of strings(d.goals)) expect(g, d.id).toMatch(/수 있다\.$/);
            const lines = [
              ...d.periodPlans.flatMap((p) => p.steps.flatMap((s) => strings([...s.teacher, ...s.student, ...s.materials]))),
              ...d.assessment.rubric.flatMap((r) => [...strings([r.criterion]), r.high, r.middle, r.low]),
            ];
            for (const line of lines) expect(outsideQuotes(line), `${d.id}: ${line}`).not.toMatch(HAEYO_END);
            expect(d.worksheet, d.id).toEqual(haeyo[i]!.worksheet);
            expect(d.handouts, d.id).toEqual(haeyo[i]!.handouts);
            expect(d.options.style).toBe('plan');
          });
        }
  });
});

describe('the student rubric', () => {
  it("sits beside the teacher's, every row in 해요체 even when the teacher's is 개조식, a standard without its code", async () => {
    const [series] = build({ ...SERIES, style: 'plan' });
    const [haeyo] = build({ ...SERIES, style: 'haeyo' });
    const text = docxText(await lessonDocx(series!));
    const at = text.indexOf('평가 기준표를 학생의 말로');
    const teacher = text.slice(0, at);
    const student = text.slice(at, text.indexOf('NCS 연계', at));
    expect(teacher.length).toBeGreaterThan(0);
    expect(student).toContain('아주 잘했어요');
    expect(student).toContain('고객 유형별 분류를 토대로 고객에게 적합한 상품을 결정할 수 있어요.');
    expect(student).not.toContain('[고관');
    haeyo!.assessment.rubric.forEach((row, i) => {
      expect(student).toContain(row.high);
      expect(student).toContain(row.low);
      expect(teacher).toContain(series!.assessment.rubric[i]!.high);
    });
    expect(teacher).not.toContain(haeyo!.assessment.rubric[0]!.high);
  });
});

describe('what a printed design leaves out', () => {
  const INTERNAL = /신뢰도|이 사이트에 아직|이 사이트에는 아직/;

  it('has no internal note in print for any design, and one short line where a quoted standard needs checking', () => {
    for (const school of ['middle', 'high'] as const)
      for (const d of build({ school, periods: 2 })) {
        const html = lessonDesignHtml(d, { base: '/' });
        expect(html, d.id).not.toMatch(INTERNAL);
        if (d.standardsCheck) expect(html.match(/고시 원문과 대조해 확인하세요/g)!.length, d.id).toBeGreaterThanOrEqual(1);
      }
  });

  it('lists the 「고객 관리」 standards a high-school unit lesson assesses under 관련 성취기준, in the .docx too', async () => {
    const [series] = build({ ...SERIES, style: 'plan' });
    const codes = series!.standards.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['[고관 01-01-01]', '[고관 01-01-02]', '[고관 01-01-03]']));
    for (const row of series!.assessment.rubric.filter((r) => !isBlank(r.criterion) && r.criterion.startsWith('[고관')))
      expect(codes.some((c) => (row.criterion as string).startsWith(c))).toBe(true);
    const text = docxText(await lessonDocx(series!));
    const standards = text.slice(text.indexOf('관련 성취기준'), text.indexOf('학습목표'));
    expect(standards).toContain('[고관 01-01-01] 고객 유형별 분류를 토대로 고객에게 적합한 상품을 결정할 수 있다.');
    expect(text).not.toMatch(INTERNAL);
    // Middle-school designs quote no 전문교과 standard: 「고객 관리」 is a 특성화고 subject.
    for (const d of build({ school: 'middle', periods: 2 }))
      expect(
        d.standards.some((s) => s.code.startsWith('[고관')),
        d.id,
      ).toBe(false);
  });
});
