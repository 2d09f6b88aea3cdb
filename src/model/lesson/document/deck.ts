/**
 * The slides of a design, as the class sees them: for each period its title and goals, each step
 * (what to do, for how long), the cards the step hands out, and a closing question. Teacher lines,
 * materials and supplies go to the notes. Content that does not fit one slide (deck-fit.ts)
 * continues on the next slide; type is never made smaller to squeeze it in.
 */
import { slideText as S } from '../../../ui/slides.ts';
import { isBlank, type Handout, type Item, type LessonDesign, type PeriodPlan, type ProcessStep } from '../types.ts';
import { blocksLines, slideFit, titleLines } from './deck-fit.ts';
import { item, list, paragraph, strong, text } from './make.ts';
import type { Block, DeckRoot, Inline, SlideNode } from './nodes.ts';
import { inlineText } from './walk.ts';

export function lessonDeck(design: LessonDesign): DeckRoot {
  const slides: SlideNode[] = [];
  const cards = design.handouts.filter((h): h is CardsHandout => h.kind === 'cards');
  design.periodPlans.forEach((plan, p) => {
    slides.push(...periodSlides(design, plan, p));
    const shown = new Set<string>();
    plan.steps.forEach((step, s) => {
      const key = `p${plan.period}-s${s + 1}`;
      slides.push(...stepSlides(step, key, `periodPlans.${p}.steps.${s}`));
      for (const handout of cards.filter((h) => !shown.has(h.id) && names(step, h))) {
        shown.add(handout.id);
        slides.push(...cardSlides(handout, step, key));
      }
    });
    slides.push(...closingSlides(design, plan));
  });
  return { type: 'deck', title: design.title, slides };
}

type CardsHandout = Extract<Handout, { kind: 'cards' }>;

// ---------------------------------------------------------------- slides of a period

/** The period's title slide, then its goals (on as many slides as they need). */
function periodSlides(design: LessonDesign, plan: PeriodPlan, p: number): SlideNode[] {
  // A period of many activities has a title too long for the title line: it moves into the body.
  const long = titleLines([text(plan.title)]) > slideFit.titleLines;
  const id = `p${plan.period}`;
  const supplies = design.supplies.find((s) => s.period === plan.period)?.items ?? [];
  const opening = slide(id, 0, 1, long ? S.periodTitle(plan.period) : plan.title, {
    minutes: null,
    step: null,
    children: [
      paragraph('small', text(S.periodLine(design.title, plan.period, design.minutesPerPeriod))),
      ...(long ? [paragraph('normal', strong(text(plan.title)))] : []),
    ],
    notes:
      supplies.length > 0
        ? [paragraph('normal', strong(text(S.notesSupplies))), plainList(supplies.map((line) => [paragraph('normal', text(line))]))]
        : [],
  });
  const goals = plan.goals.map((goal, g) => [paragraph('normal', goalItem(design, goal, `periodPlans.${p}.goals.${g}`))]);
  if (goals.length === 0) return [opening];
  return [
    opening,
    ...pages([], goals).map((children, i, all) =>
      slide(`${id}-goals`, i, all.length, S.goals, { minutes: null, step: null, children, notes: [] }),
    ),
  ];
}

function stepSlides(step: ProcessStep, key: string, path: string): SlideNode[] {
  const head = [paragraph('small', text(S.stepLine(step.stage, step.minutes)))];
  const lines = step.student.map((line, i) => [paragraph('normal', item(line, `${path}.student.${i}`))]);
  const notes = [
    ...labelledList(S.notesTeacher, step.teacher, `${path}.teacher`),
    ...labelledList(S.notesMaterials, step.materials, `${path}.materials`),
  ];
  return pages(head, lines).map((children, i, all) =>
    slide(key, i, all.length, step.element, { minutes: step.minutes, step: key, children, notes: i === 0 ? notes : [] }),
  );
}

/** One slide a card, so the class can read it from the back of the room; the timer stays the step's. */
function cardSlides(handout: CardsHandout, step: ProcessStep, key: string): SlideNode[] {
  const title = titleStem(handout.title);
  const notes = [paragraph('normal', strong(text(S.notesCards(title)))), paragraph('normal', text(handout.intro))];
  return handout.cards.flatMap((card, c) =>
    cardPages(card.title, card.lines.map(cardLine)).map((children, i, all) =>
      slide(`${key}-${handout.id}-${c + 1}`, i, all.length, title, {
        minutes: step.minutes,
        step: key,
        children,
        notes: c === 0 && i === 0 ? notes : [],
      }),
    ),
  );
}

/**
 * The closing question: what the worksheet's last section (its "오늘 배운 것", which the builders
 * put after every activity's section) asks the class to write before the period ends.
 */
function closingSlides(design: LessonDesign, plan: PeriodPlan): SlideNode[] {
  const sections = design.worksheet.sections;
  const last = sections.at(-1);
  if (!last || last.tasks.length === 0) return [];
  const k = sections.length - 1;
  const head = [paragraph('small', text(S.closingLine))];
  const prompts = last.tasks.map((task, t) => [paragraph('normal', item(task.prompt, `worksheet.sections.${k}.tasks.${t}.prompt`))]);
  return pages(head, prompts).map((children, i, all) =>
    slide(`p${plan.period}-close`, i, all.length, S.closingTitle, { minutes: null, step: null, children, notes: [] }),
  );
}

// ---------------------------------------------------------------- splitting over slides

/**
 * The children of each slide: `head` on every slide, then as many list items as fit. A line too
 * long for a slide of its own (a teacher's long goal, say) is cut between words into pieces that fit.
 */
function pages(head: Block[], items: Block[][]): Block[][] {
  const out: Block[][] = [];
  let current: Block[][] = [];
  const body = (run: Block[][]) => [...head, plainList(run)];
  const fits = (run: Block[][]) => blocksLines(body(run)) <= slideFit.bodyLines;
  for (const entry of items.flatMap((e) => (fits([e]) ? [e] : pieces(e, fits)))) {
    if (current.length > 0 && !fits([...current, entry])) {
      out.push(body(current));
      current = [];
    }
    current.push(entry);
  }
  out.push(current.length > 0 ? body(current) : head);
  return out;
}

/** A one-paragraph list item as several, each as many words as fit a slide. */
function pieces(entry: Block[], fits: (run: Block[][]) => boolean): Block[][] {
  const [first] = entry;
  if (entry.length !== 1 || first?.type !== 'paragraph') return [entry];
  const piece = (words: string[]) => [paragraph(first.tone, text(words.join(' ')))];
  const out: Block[][] = [];
  let words: string[] = [];
  for (const word of inlineText(first.children)
    .split(/\s+/)
    .filter((w) => w !== '')) {
    if (words.length > 0 && !fits([piece([...words, word])])) {
      out.push(piece(words));
      words = [];
    }
    words.push(word);
  }
  if (words.length > 0) out.push(piece(words));
  return out;
}

/** A card on as many slides as its lines need, each with the card's title. */
function cardPages(title: string, lines: Inline[][]): Block[][] {
  const out: Block[][] = [];
  let current: Inline[][] = [];
  const body = (run: Inline[][]): Block[] => [{ type: 'cards', cards: [{ title, lines: run }] }];
  for (const line of lines) {
    if (current.length > 0 && blocksLines(body([...current, line])) > slideFit.bodyLines) {
      out.push(body(current));
      current = [];
    }
    current.push(line);
  }
  out.push(body(current));
  return out;
}

function slide(
  id: string,
  part: number,
  parts: number,
  title: string,
  rest: Pick<SlideNode, 'minutes' | 'step' | 'children' | 'notes'>,
): SlideNode {
  return {
    type: 'slide',
    id: part === 0 ? id : `${id}-${part + 1}`,
    title: [text(parts === 1 ? title : S.continued(title, part + 1, parts))],
    ...rest,
  };
}

// ---------------------------------------------------------------- reading the design

/**
 * A period's goal as the design's goal list has it. The builders make `goals` from the periods'
 * goals, each once, in order, and the teacher edits that list: a period shows her words.
 */
function goalItem(design: LessonDesign, goal: Item, periodPath: string) {
  const distinct = [...new Set(design.periodPlans.flatMap((p) => p.goals.map(textOf)))];
  const k = distinct.indexOf(textOf(goal));
  return distinct.length === design.goals.length && k !== -1 ? item(design.goals[k]!, `goals.${k}`) : item(goal, periodPath);
}

/** Whether a step names a handout in what it says (by the handout's title without its note in brackets). */
function names(step: ProcessStep, handout: Handout): boolean {
  const stem = titleStem(handout.title);
  return [...step.materials, ...step.student, ...step.teacher].some((line) => textOf(line).includes(stem));
}

/** "상황 카드(고등학교)" → "상황 카드". */
function titleStem(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '') || title;
}

/** "상황: 동생 생일 선물로…" keeps its label in bold, so the class finds each part of the card. */
function cardLine(line: string): Inline[] {
  const m = /^([^:]{1,12}):\s*(.+)$/.exec(line);
  return m ? [strong(text(`${m[1]}:`)), text(` ${m[2]}`)] : [text(line)];
}

const textOf = (line: Item) => (isBlank(line) ? line.blank : line);

// ---------------------------------------------------------------- node helpers

const plainList = (items: Block[][]): Block => list('plain', items);

function labelledList(label: string, lines: readonly Item[], path: string): Block[] {
  if (lines.length === 0) return [];
  return [paragraph('normal', strong(text(label))), plainList(lines.map((line, i) => [paragraph('normal', item(line, `${path}.${i}`))]))];
}
