import { beforeAll, describe, expect, it } from 'vitest';
import { buildLessonDesigns, buildSiteDesigns, type LessonInputs } from '../../../../src/model/lesson/build.ts';
import { buildUnitSeries } from '../../../../src/model/lesson/build-unit-series.ts';
import { lessonInputs } from '../../../../src/model/lesson/from-site.ts';
import { resolveOptions } from '../../../../src/model/lesson/options.ts';
import { isBlank, type Item, type LessonDesign } from '../../../../src/model/lesson/types.ts';
import { lessonDeck } from '../../../../src/model/lesson/document/deck.ts';
import { blocksLines, slideFit, titleLines } from '../../../../src/model/lesson/document/deck-fit.ts';
import { inlineText } from '../../../../src/model/lesson/document/walk.ts';
import type { DeckRoot, SlideNode } from '../../../../src/model/lesson/document/nodes.ts';
import { loadSite } from '../../../../src/site-content/load-site.ts';
import type { LessonOptionsInput } from '../../../../src/schemas/lesson-options.ts';
import { slideText as S } from '../../../../src/ui/slides.ts';
import { slideLines } from './slide-text.ts';

let inputs: LessonInputs;
let site: LessonDesign[];
beforeAll(() => {
  inputs = lessonInputs(loadSite('content'));
  site = buildSiteDesigns(inputs);
});

const build = (opts: LessonOptionsInput = {}) => buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, opts));
/** Every design the options can make from the shipped data: both schools, 1–4 periods, both activities. */
function everyDesign(): LessonDesign[] {
  const out: LessonDesign[] = [];
  for (const school of ['middle', 'high'] as const)
    for (const periods of [1, 2, 3, 4])
      for (const activity of ['role-play', 'self-check'] as const) out.push(...build({ school, periods, activity }));
  const codes = inputs.units.slice(0, 3).map((u) => u);
  out.push(buildUnitSeries(codes, inputs.jobs, inputs.templates, resolveOptions(inputs.templates.defaults, { periods: 4 })));
  return out;
}

const textOf = (item: Item) => (isBlank(item) ? `[${item.blank}]` : item);
const shown = (slide: SlideNode) => [inlineText(slide.title), ...slideLines(slide.children)];
const shownText = (deck: DeckRoot) => deck.slides.flatMap(shown);
const notesText = (deck: DeckRoot) => deck.slides.flatMap((s) => slideLines(s.notes));
/** The slides of one period: from its title slide to the one before the next period's. */
function periodsOf(deck: DeckRoot): SlideNode[][] {
  const out: SlideNode[][] = [];
  for (const slide of deck.slides) {
    if (/^p\d+$/.test(slide.id)) out.push([]);
    out.at(-1)!.push(slide);
  }
  return out;
}

describe('the slides of a lesson design', () => {
  it('fit every slide of every design the options can make: a title of at most two lines, a body within its lines', () => {
    let slides = 0;
    for (const design of everyDesign()) {
      const deck = lessonDeck(design);
      expect(new Set(deck.slides.map((s) => s.id)).size, design.id).toBe(deck.slides.length);
      for (const slide of deck.slides) {
        slides += 1;
        expect(titleLines(slide.title), `${design.id} ${slide.id}`).toBeLessThanOrEqual(slideFit.titleLines);
        expect(blocksLines(slide.children), `${design.id} ${slide.id}`).toBeLessThanOrEqual(slideFit.bodyLines);
      }
    }
    expect(slides).toBeGreaterThan(1000);
  });

  it('gives each period its title and goals, then every step in order with what the class does and for how long', () => {
    for (const design of site) {
      const deck = lessonDeck(design);
      expect(deck.title).toBe(design.title);
      const periods = periodsOf(deck);
      expect(periods).toHaveLength(design.periods);
      design.periodPlans.forEach((plan, p) => {
        const slides = periods[p]!;
        const opening = slides[0]!;
        expect(shown(opening).join(' '), design.id).toContain(plan.title);
        expect(shown(opening).join(' ')).toContain(`${plan.period}차시`);
        const goals = slides.filter((s) => s.id.startsWith(`p${plan.period}-goals`));
        expect(goals.flatMap((s) => slideLines(s.children))).toEqual(plan.goals.map(textOf));
        for (const s of goals) expect(inlineText(s.title)).toContain(S.goals);

        // Each step: its slides in order, the stage and minutes said on the slide, the timer set to the step's time.
        const stepKeys = [...new Set(slides.map((s) => s.step).filter((k) => k !== null))];
        expect(stepKeys).toHaveLength(plan.steps.length);
        plan.steps.forEach((step, s) => {
          const own = slides.filter((x) => x.step === stepKeys[s]);
          expect(inlineText(own[0]!.title)).toBe(step.element);
          expect(slideLines(own[0]!.children)[0]).toBe(S.stepLine(step.stage, step.minutes));
          for (const x of own) expect(x.minutes).toBe(step.minutes);
          const said = own.filter((x) => !x.children.some((b) => b.type === 'cards')).flatMap((x) => slideLines(x.children));
          expect(said.filter((line) => line !== S.stepLine(step.stage, step.minutes))).toEqual(step.student.map(textOf));
        });
        expect(plan.steps.reduce((sum, st) => sum + st.minutes, 0)).toBe(design.minutesPerPeriod);
      });
    }
  });

  it('keeps teacher lines and materials off the screen, in the notes', () => {
    for (const design of site) {
      const deck = lessonDeck(design);
      const screen = new Set(shownText(deck));
      const notes = notesText(deck);
      const student = new Set(design.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.student.map(textOf))));
      for (const plan of design.periodPlans)
        for (const step of plan.steps)
          for (const line of [...step.teacher, ...step.materials].map(textOf)) {
            expect(notes).toContain(line);
            if (!student.has(line)) expect(screen.has(line), `${design.id}: ${line}`).toBe(false);
          }
      // 준비물 are said with the period they are for.
      for (const s of design.supplies) for (const line of s.items) expect(notes).toContain(line);
    }
  });

  it('shows every situation or task card once a period that uses it, a card a slide (or more for a long one), after the step that hands it out', () => {
    let cards = 0;
    for (const design of everyDesign()) {
      const deck = lessonDeck(design);
      for (const handout of design.handouts) {
        if (handout.kind !== 'cards') continue;
        const slides = deck.slides.filter((s) => s.children.some((b) => b.type === 'cards') && s.id.includes(`-${handout.id}-`));
        expect(slides.length, `${design.id} ${handout.id}`).toBeGreaterThanOrEqual(handout.cards.length);
        // Each step that hands the cards out shows all of them, in order (a series hands them out once a unit);
        // a card too long for one slide goes on over the next, its title on each.
        for (const step of new Set(slides.map((s) => s.step))) {
          handout.cards.forEach((card, c) => {
            const id = `${step}-${handout.id}-${c + 1}`;
            const own = slides.filter((s) => s.id === id || s.id.startsWith(`${id}-`));
            expect(own.length, id).toBeGreaterThan(0);
            for (const s of own) expect(slideLines(s.children)[0]).toBe(card.title);
            expect(
              own.flatMap((s) => slideLines(s.children).slice(1)),
              id,
            ).toEqual(card.lines);
            cards += 1;
          });
        }
        for (const slide of slides) {
          // The card follows its step and runs on the step's timer.
          const step = deck.slides.find((s) => s.step === slide.step && !s.children.some((b) => b.type === 'cards'))!;
          expect(deck.slides.indexOf(step)).toBeLessThan(deck.slides.indexOf(slide));
          expect(slide.minutes).toBe(step.minutes);
          expect(inlineText(slide.title)).toMatch(new RegExp(`^${handout.title.replace(/\s*\(.*\)$/, '')}( \\(\\d/\\d\\))?$`));
        }
      }
    }
    expect(cards).toBeGreaterThan(100);
  });

  it('ends every period with the closing question: the worksheet part the class fills in at the end', () => {
    for (const design of site) {
      const deck = lessonDeck(design);
      const closing = design.worksheet.sections.at(-1)!;
      expect(closing.heading).toBe('오늘 배운 것');
      for (const slides of periodsOf(deck)) {
        const last = slides.at(-1)!;
        expect(inlineText(last.title)).toContain(S.closingTitle);
        expect(last.minutes).toBeNull();
        expect(last.step).toBeNull();
        expect(slideLines(last.children)).toEqual([S.closingLine, ...closing.tasks.map((t) => textOf(t.prompt))]);
      }
    }
  });

  it('continues long content on the next slide with the same title, never leaving a line out or saying it twice', () => {
    const design = structuredClone(site.find((d) => d.id === 'job-cs-manager')!);
    const step = design.periodPlans[0]!.steps[1]!;
    step.student = Array.from(
      { length: 9 },
      (_, i) => `${i + 1}번째 할 일: 모둠 친구와 함께 활동지의 칸을 차례로 채우고 서로의 생각을 한 문장으로 말해요.`,
    );
    const deck = lessonDeck(design);
    const own = deck.slides.filter((s) => s.step === 'p1-s2');
    expect(own.length).toBeGreaterThan(2);
    own.forEach((s, i) => {
      expect(inlineText(s.title)).toBe(S.continued(step.element, i + 1, own.length));
      expect(blocksLines(s.children)).toBeLessThanOrEqual(slideFit.bodyLines);
      expect(s.minutes).toBe(step.minutes);
    });
    expect(own.flatMap((s) => slideLines(s.children)).filter((l) => !l.startsWith(step.stage))).toEqual(step.student);
    // Teacher notes once, on the first slide of the step.
    expect(own.slice(1).every((s) => s.notes.length === 0)).toBe(true);
  });

  it("cuts a line too long for one slide (a teacher's long goal) between words, so no slide runs over", () => {
    const design = structuredClone(site.find((d) => d.id === 'job-cs-manager')!);
    const words = Array.from({ length: 120 }, (_, i) => `낱말${i + 1}`);
    design.periodPlans[0]!.goals = [words.join(' ')];
    const goals = lessonDeck(design).slides.filter((s) => s.id.startsWith('p1-goals'));
    expect(goals.length).toBeGreaterThan(1);
    for (const s of goals) expect(blocksLines(s.children)).toBeLessThanOrEqual(slideFit.bodyLines);
    expect(goals.flatMap((s) => slideLines(s.children)).join(' ')).toBe(words.join(' '));
  });

  it("shows the teacher's own goals: a goal she rewrote in the designer is the one on its period's slide", async () => {
    const { applyEdits } = await import('../../../../src/designer/edits.ts');
    const design = site.find((d) => d.id === 'job-cs-manager')!;
    const from = design.goals[2] as string;
    const edited = applyEdits(design, { 'goals.2': { from, to: '우리 반이 고른 CS 매니저의 직무를 설명할 수 있어요.' } });
    const p2 = lessonDeck(edited).slides.filter((s) => s.id.startsWith('p2-goals'));
    const said = p2.flatMap((s) => slideLines(s.children));
    expect(said).toContain('우리 반이 고른 CS 매니저의 직무를 설명할 수 있어요.');
    expect(said).not.toContain(from);
  });

  it('is plain data built the same way every time, with edit paths into the design', () => {
    const design = site[0]!;
    const deck = lessonDeck(design);
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
    expect(lessonDeck(design)).toEqual(deck);
    const paths: string[] = [];
    JSON.stringify(deck, (_key, value: unknown) => {
      if (value && typeof value === 'object' && (value as { type?: string }).type === 'item') paths.push((value as { path: string }).path);
      return value;
    });
    expect(paths).toContain('goals.0');
    expect(paths).toContain('periodPlans.0.steps.0.student.0');
    for (const path of paths) {
      const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], design);
      expect(value, path).toBeDefined();
    }
  });
});
