import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLessonDesigns, type LessonInputs } from '../../../src/model/lesson/build.ts';
import { buildUnitSeries } from '../../../src/model/lesson/build-unit-series.ts';
import { particleSlips } from '../../../src/lib/korean-particles.ts';
import type { UnitInput } from '../../../src/model/lesson/inputs.ts';
import { lessonInputs } from '../../../src/model/lesson/from-site.ts';
import { loadSite } from '../../../src/site-content/load-site.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';
import { isBlank, type Item, type LessonDesign } from '../../../src/model/lesson/types.ts';
import type { LessonOptionsInput } from '../../../src/schemas/lesson-options.ts';

let inputs: LessonInputs;
beforeAll(() => {
  inputs = lessonInputs(loadSite('content'));
});

const build = (opts: LessonOptionsInput = {}, from: LessonInputs = inputs) =>
  buildLessonDesigns(from, resolveOptions(from.templates.defaults, opts));
const text = (item: Item) => (isBlank(item) ? item.blank : item);
const byId = (designs: LessonDesign[], id: string) => designs.find((d) => d.id === id)!;
/** Every teacher-fill item anywhere in a design. */
function blanks(d: LessonDesign): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (isBlank(v as Item)) out.push((v as { blank: string }).blank);
      else Object.values(v).forEach(walk);
    }
  };
  walk(d);
  return out;
}

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
    expect(d.periodPlans.map((p) => p.title)).toEqual([
      '직업 현장 탐방',
      '직업 이해',
      'NCS로 본 직무 · 나의 진로 경로 그리기',
      '네 단계 고객 응대 역할극',
    ]);
    expect(d.periodPlans[3]!.steps.at(-1)!.element).toBe('정리와 평가');
    const selfCheck = byId(build({ periods: 4, activity: 'self-check' }), 'job-cs-manager');
    expect(selfCheck.periodPlans[3]!.title).toBe('나와 맞는지 점검하기');
  });

  it('quotes the official middle-school standards the placed blocks name, with curriculum, 고시 and area', () => {
    const d = byId(build(), 'job-cs-manager');
    expect(d.standards.map((s) => s.code)).toEqual(['[9진로01-01]', '[9진로02-03]', '[9진로02-02]', '[9진로02-04]', '[9진로01-03]']);
    for (const s of d.standards) {
      expect(s.curriculum).toBe('2022 개정 교육과정 중학교 「진로와 직업」');
      expect(s.gosi).toContain('교육부 고시 제2022-33호');
      expect(s.text).toMatch(/다\.$/);
    }
    expect(d.standards.find((s) => s.code === '[9진로02-03]')!.text).toBe(
      '진로 정보를 탐색하는 다양한 방법을 알아보고 관심 분야의 진로 정보를 탐색하고 활용한다.',
    );
    expect(d.standards.find((s) => s.code === '[9진로02-02]')!.area).toBe('직업 세계와 진로 탐색');
    expect(d.standardsNote).toBeNull();
  });

  it('says "check against the 고시" beside every standard below H, and once for the design', () => {
    const middle = byId(build(), 'job-cs-manager');
    const spaced = middle.standards.find((s) => s.code === '[9진로02-02]')!;
    expect(spaced.confidence).toBe('M');
    expect(spaced.check).toContain('고시 원문과 대조해 확인하세요');
    expect(middle.standards.find((s) => s.code === '[9진로02-03]')!.check).toBeNull();
    expect(middle.standardsCheck).toContain('고시 원문');
    const high = byId(build({ school: 'high' }), 'job-cs-manager-high');
    expect(high.standards.length).toBeGreaterThan(0);
    for (const s of high.standards) expect(s.check).toContain('고시 원문과 대조해 확인하세요');
  });

  it('builds a high-school design with its own id, standards, 50-minute periods and activities', () => {
    const d = byId(build({ school: 'high' }), 'job-cs-manager-high');
    const middle = byId(build(), 'job-cs-manager');
    expect(d.minutesPerPeriod).toBe(50);
    expect(d.audience.label).toBe('고등학교 1~3학년');
    expect(d.standards.every((s) => s.code.startsWith('[12진로'))).toBe(true);
    expect(d.standards.map((s) => s.code)).toEqual(
      expect.arrayContaining(['[12진로01-01]', '[12진로02-02]', '[12진로01-03]', '[12진로02-07]']),
    );
    for (const p of d.periodPlans) expect(p.steps.reduce((a, s) => a + s.minutes, 0)).toBe(50);
    // Not the middle-school lesson stretched: different activities, not just longer minutes.
    const elements = (x: LessonDesign) => x.periodPlans.flatMap((p) => p.steps.map((s) => s.element));
    expect(elements(d)).not.toEqual(elements(middle));
    expect(elements(d)).toContain('역할극 하고 돌아보기');
    expect(d.title).not.toBe(middle.title);
  });

  it('never gives a period of three or four lessons to NCS alone: each period mixes reading with doing', () => {
    for (const school of ['middle', 'high'] as const) {
      for (const periods of [2, 3]) {
        for (const d of build({ school, periods })) {
          for (const p of d.periodPlans)
            expect(p.title, `${d.id} ${periods}`).not.toMatch(/^(NCS로 본 직무|역량과 경력 단계|능력단위 알아보기)$/);
        }
      }
    }
    const high3 = byId(build({ school: 'high', periods: 3 }), 'job-cs-manager-high');
    expect(high3.periodPlans[1]!.title).toBe('역량과 경력 단계 · 진학·취업 경로 · 장단기 진로 계획');
    expect(high3.standards.map((s) => s.code)).toContain('[12진로03-02]');
    expect(high3.handouts.map((h) => h.id)).toContain('plan-sheet');
  });

  it('gives a high-school period at most three activities between 도입 and 정리, none shorter than 4 minutes', () => {
    const series = (codes: string[], periods: number) =>
      buildUnitSeries(
        codes.map((c) => inputs.units.find((u) => u.code === c)!),
        inputs.jobs,
        inputs.templates,
        resolveOptions(inputs.templates.defaults, { school: 'high', periods }),
      );
    const codes = inputs.units.map((u) => u.code);
    for (const periods of [1, 2, 3, 4]) {
      const designs = [
        ...build({ school: 'high', periods }),
        ...build({ school: 'high', periods, activity: 'self-check' }),
        ...[2, 3, 4].filter((n) => n <= periods).map((n) => series(codes.slice(0, n), periods)),
      ];
      for (const d of designs)
        for (const p of d.periodPlans) {
          const where = `${d.id} ${periods}차시 중 ${p.period}차시`;
          expect(p.steps.length, where).toBeLessThanOrEqual(5);
          expect(p.steps[0]!.stage, where).toBe('도입');
          expect(p.steps.at(-1)!.stage, where).toBe('정리');
          expect(Math.min(...p.steps.map((s) => s.minutes)), where).toBeGreaterThanOrEqual(4);
        }
    }
  });

  it('says for each 전문교과 standard in a high-school rubric what 잘함, 보통 and 노력 필요 look like for that standard', () => {
    const rows = build({ school: 'high' })
      .filter((d) => d.vocational !== null)
      .flatMap((d) => d.assessment.rubric.filter((r) => text(r.criterion).startsWith('[고관')));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const generic = inputs.templates.unitLesson.high.rubricFromCriterion;
    for (const r of rows) {
      expect(r.high, text(r.criterion)).not.toBe(generic.high);
      expect(r.middle).not.toBe(generic.middle);
      expect(r.low).not.toBe(generic.low);
    }
    expect(new Set(rows.map((r) => r.high)).size).toBe(new Set(rows.map((r) => text(r.criterion))).size);
  });

  it('puts the practice data a high-school task card asks for on the card, marked as made up', () => {
    const d = byId(build({ school: 'high', periods: 2 }), 'unit-0201030206_21v3-high');
    const cards = d.handouts.find((h) => h.id === 'task-cards');
    if (cards?.kind !== 'cards') throw new Error('no task cards');
    const card = (title: string) => cards.cards.find((c) => c.title.includes(title))!.lines.join(' ');
    expect(card('문의 게시판').match(/[①-⑫]/g)).toHaveLength(12);
    expect(card('문의 게시판')).toContain('지어낸');
    expect(card('만족도 결과').match(/\d\.\d점/g)!.length).toBeGreaterThanOrEqual(5);
    expect(card('만족도 결과')).toContain('지어낸');
    expect(cards.cards.map((c) => c.lines.join(' ')).join(' ')).not.toMatch(/선생님이 준|스무 개/);
  });

  it('attaches every particle after a number, a code or a closing quote in the form it is read', () => {
    const all = (['middle', 'high'] as const).flatMap((school) => [1, 2, 3, 4].flatMap((periods) => build({ school, periods })));
    for (const d of all) {
      // The helper reads the word before a bracket; two closing brackets in a row (a list of units with their
      // levels inside brackets) are beyond its simple rule, so those are left out here.
      const lines: string[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === 'string') lines.push(v);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(d);
      const slips = [...new Set(lines)].flatMap((line) => particleSlips(line)).filter((slip) => !slip.written.includes('))'));
      expect(
        slips.map((slip) => `${slip.written} → ${slip.expected}`),
        d.id,
      ).toEqual([]);
    }
  }, 30_000);

  it('lists a standard only when the step that teaches it is in the design, and a one-period lesson never speaks of other periods', () => {
    const one = byId(build({ periods: 1 }), 'job-cs-manager');
    const two = byId(build({ periods: 2 }), 'job-cs-manager');
    expect(one.periodPlans[0]!.steps.map((s) => s.element)).not.toContain('이어지는 직업 찾기');
    expect(one.standards.map((s) => s.code)).not.toContain('[9진로02-02]');
    expect(two.standards.map((s) => s.code)).toContain('[9진로02-02]');
    for (const school of ['middle', 'high'] as const)
      for (const d of build({ school, periods: 1 })) {
        const all = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => [...s.teacher, ...s.student, ...s.materials].map(text))).join(' ');
        expect(all, d.id).not.toMatch(/몇 차시|마지막 차시|첫 시간|다음 시간|지난 시간/);
      }
  });

  it('names the grade when one is chosen', () => {
    expect(byId(build({ grade: 2 }), 'job-cs-manager').audience.label).toBe('중학교 2학년');
  });

  it('does not invent elements, criteria or a definition the data lacks: one teacher blank, the rest said once', () => {
    // A unit of the test site that has no definition and no elements, whatever the shipped data holds.
    const d = byId(build({}, lessonInputs(loadSite('test/fixtures/site'))), 'unit-9101010102_21v2');
    const unit = d.ncs.units[0]!;
    expect(unit.definition).toBeNull();
    expect(unit.elements).toHaveLength(1);
    expect(unit.elements.every(isBlank)).toBe(true);
    expect(unit.criteria).toEqual([]);
    expect(unit.missing).toContain('수행준거');
    expect(d.assessment.rubric.some((r) => isBlank(r.criterion))).toBe(false);
    expect(d.gaps.join(' ')).toContain('능력단위요소, 수행준거');
    expect(blanks(d)).toHaveLength(1);
  });

  it('shows KSA from seed 000 with a note that they are not the official table', () => {
    const unit = byId(build(), 'unit-0201030201_21v3').ncs.units[0]!;
    expect(unit.knowledge).toContain('마케팅 전략의 이해');
    expect(unit.ksaNote).toContain('공식 NCS 표가 아니라');
  });

  it('takes the level into the goals and sends the teacher to its meaning in the NCS table, never pasting it into her line', () => {
    const d = byId(build(), 'unit-0201030201_21v3');
    expect(d.goals.map(text).join(' ')).toContain('수준 5가');
    expect(d.ncs.units[0]!.levelMeaning).toMatch(/\S/);
    const teacher = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.teacher.map(text))).join(' ');
    expect(teacher).toContain("'NCS 연계' 표에서 수준 5의 설명");
    expect(teacher).not.toContain(d.ncs.units[0]!.levelMeaning!);
  });

  it('names every 한국직업사전 record a job page covers', () => {
    const d = byId(build(), 'job-hotel-front-desk');
    const teacher = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.teacher.map(text))).join(' ');
    expect(teacher).toContain('호텔현관사무원(K000001683)과 호텔프런트사무원(K000006870)으로 실려 있어요');
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
    expect(d.gaps.join(' ')).not.toContain('능력단위요소, 수행준거');
    expect(blanks(d)).toEqual([]);
    expect(d.ncs.units[0]!.missing ?? '').not.toContain('능력단위요소');
  });

  it('without official elements, the unit lesson uses what the unit has and never sends students to an empty section', () => {
    const d = byId(build({ periods: 3 }), 'unit-0201030210_21v4');
    const lines = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => [...s.teacher, ...s.student].map(text))).join(' ');
    expect(lines).not.toContain('능력단위요소를 하나씩');
    expect(lines).toContain('고객 관계 관리');
    expect(lines).toMatch(/컨텍센터|상담|고객/);
    expect(lines).not.toContain('＿＿');
  });

  it('shows the 「고객 관리」 area of the same name beside the two matching units, never as their criteria; high school lists its standards', () => {
    for (const [code, area, first] of [
      ['0201030206_21v3', '고객 필요 정보 제공', '[고관 01-01-01]'],
      ['0201030210_21v4', '고객 관계 관리', '[고관 02-01-01]'],
    ] as const) {
      for (const school of ['middle', 'high'] as const) {
        const d = build({ school, units: [code] })[0]!;
        expect(d.vocational?.area).toBe(area);
        expect(d.vocational!.note).toContain('수행준거가 아니라');
        expect(d.vocational!.standards[0]!.code).toBe(first);
        expect(d.vocational!.standards[0]!.curriculum).toContain('「고객 관리」');
        expect(d.ncs.units[0]!.criteria).toEqual([]);
        // High school lists the standards its rubric assesses under 관련 성취기준; 「고객 관리」 is not a middle-school subject.
        const vocationalCodes = d.standards.filter((s) => s.code.startsWith('[고관')).map((s) => s.code);
        if (school === 'middle') expect(vocationalCodes).toEqual([]);
        else expect(vocationalCodes).toEqual(d.vocational!.standards.slice(0, 3).map((s) => s.code));
      }
    }
    const high = build({ school: 'high', units: ['0201030210_21v4'] })[0]!;
    expect(high.assessment.rubric.map((r) => text(r.criterion)).join(' ')).toContain('같은 이름의 전문교과 영역 「고객 관계 관리」');
    expect(build({ units: ['0201030201_21v3'] })[0]!.vocational).toBeNull();
  });

  it('opens period 1 as a first lesson and every later period by recalling the one before', () => {
    for (const school of ['middle', 'high'] as const) {
      for (const periods of [1, 2, 3, 4]) {
        for (const d of build({ school, periods })) {
          const first = d.periodPlans[0]!.steps[0]!;
          expect([...first.teacher, ...first.student].map(text).join(' '), d.id).not.toMatch(/지난 시간|지난시간|앞 차시/);
          d.periodPlans.slice(1).forEach((p, i) => {
            const opening = p.steps[0]!.teacher.map(text).join(' ');
            expect(opening, `${d.id} period ${p.period}`).toContain('지난 시간');
            expect(opening).toContain(d.periodPlans[i]!.title);
          });
        }
      }
    }
  });

  it('includes every material the process names: checklists, self-assessment, cards to cut out, the three-column table', () => {
    for (const school of ['middle', 'high'] as const) {
      for (const activity of ['role-play', 'self-check'] as const) {
        for (const d of build({ school, activity, periods: 2 })) {
          const materials = d.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.materials.map(text))).join(' ');
          const titles = d.handouts.map((h) => h.title);
          for (const word of ['관찰 체크리스트', '자기 평가표', '상황 카드', '세 갈래 표', '과제 카드', '정보 선별표', '읽기 자료'])
            if (materials.includes(word))
              expect(
                titles.some((t) => t.startsWith(word) || t.endsWith(word)),
                `${d.id}: ${word}`,
              ).toBe(true);
          for (const h of d.handouts) {
            if (h.kind === 'cards') expect(h.cards.length).toBeGreaterThanOrEqual(6);
            else if (h.kind === 'reading') expect(h.sections.map((s) => s.heading)).toContain('하는 일');
            else expect(h.rows.length + h.emptyRows).toBeGreaterThanOrEqual(3);
          }
        }
      }
    }
    const roleplay = byId(build({ activity: 'role-play' }), 'job-cs-manager');
    expect(roleplay.handouts.map((h) => h.id)).toEqual([
      'job-reading',
      'three-columns',
      'situation-cards',
      'observation-checklist',
      'self-assessment',
    ]);
  });

  it("gives a class without video or devices the job page's own words to read, with where they come from", () => {
    for (const d of build({ school: 'middle', periods: 2 }).filter((x) => x.kind === 'job-series')) {
      const reading = d.handouts.find((h) => h.kind === 'reading');
      expect(reading, d.id).toBeDefined();
      if (reading?.kind !== 'reading') continue;
      expect(reading.sections.filter((s) => s.depth === 2).map((s) => s.heading)).toEqual(['하는 일', '장점과 어려움']);
      // The page's first screen: what the job is, a day at work, the good and the hard side.
      const page = readFileSync(`content/jobs/${d.job!.slug}.mdx`, 'utf8');
      const summary = /^summary: (.*)$/m.exec(page)![1]!;
      expect(reading.sections[0]!.blocks[0]).toEqual({ kind: 'paragraph', text: summary });
      expect(reading.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['이런 하루를 보내요', '좋은 점', '힘든 점']));
      for (const s of reading.sections.filter((x) => ['이런 하루를 보내요', '좋은 점', '힘든 점'].includes(x.heading)))
        expect(s.blocks[0]?.kind === 'list' && s.blocks[0].items.length).toBeGreaterThan(0);
      expect(reading.source).toContain(`${d.job!.title.replace(/\s*\(.*\)$/, '')} 직업 페이지`);
      expect(reading.page.route).toBe(`jobs/${d.job!.slug}/`);
      // Word for word from the page, and nothing that points at another page.
      const body = readFileSync(`content/jobs/${d.job!.slug}.mdx`, 'utf8');
      for (const s of reading.sections)
        for (const b of s.blocks)
          if (b.kind === 'paragraph')
            for (const sentence of b.text.split(/(?<=요\.) /)) expect(body.replace(/\*\*/g, '').replace(/\s+/g, ' ')).toContain(sentence);
      expect(JSON.stringify(reading.sections)).not.toMatch(/\]\(|안내\]|\.\.\//);
    }
  });

  it('lists 준비물 for every period: devices, printouts and paper', () => {
    const d = byId(build(), 'job-cs-manager');
    expect(d.supplies.map((s) => s.period)).toEqual([1, 2]);
    const all = d.supplies.flatMap((s) => s.items).join(' ');
    expect(all).toContain('학생 기기');
    expect(all).toContain('상황 카드');
    expect(all).toContain('큰 종이');
    for (const p of d.supplies) expect(p.items.length).toBeGreaterThan(0);
  });

  it('has no teacher blank in any job design and at most one in any unit design, at every period count', () => {
    for (const school of ['middle', 'high'] as const) {
      for (const periods of [1, 2, 3, 4]) {
        for (const activity of ['role-play', 'self-check'] as const) {
          for (const d of build({ school, periods, activity })) {
            expect(blanks(d).length, `${d.id} ${periods}`).toBeLessThanOrEqual(d.kind === 'job-series' ? 1 : 4);
            if (d.kind === 'job-series') expect(blanks(d), d.id).toEqual([]);
          }
        }
      }
    }
  });

  it('says plainly that a job has no 한국직업사전 record instead of "could not check"', () => {
    const d = byId(build(), 'job-cs-manager');
    const all = JSON.stringify(d);
    expect(all).not.toContain('확인하지 못했어요');
    expect(d.gaps.join(' ')).toContain('CS 매니저는 한국직업사전에 없는 이름이에요');
    const recorded = byId(build(), 'job-telemarketer');
    expect(JSON.stringify(recorded)).toContain('"텔레마케터"');
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
