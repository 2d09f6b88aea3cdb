/**
 * The slides of a design, as the class sees them: for each period its title and goals, each step
 * (what to do, for how long), the cards the step hands out, and a closing question. Teacher lines,
 * materials and supplies go to the notes. Content that does not fit one slide (deck-fit.ts)
 * continues on the next slide; type is never made smaller to squeeze it in.
 */
import { slideText as S } from '../../../ui/slides.ts';
import { isBlank, type Handout, type Item, type LessonDesign, type PeriodPlan, type ProcessStep } from '../types.ts';
import { blocksLines, inlineText, slideFit, titleLines } from './deck-fit.ts';
import type { Block, DeckRoot, Inline, ItemNode, ParagraphNode, SlideNode, Tone } from './nodes.ts';

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
      paragraph([text(S.periodLine(design.title, plan.period, design.minutesPerPeriod))], 'small'),
      ...(long ? [paragraph([text(plan.title)], 'lead')] : []),
    ],
    notes: supplies.length > 0 ? [paragraph([strong(S.notesSupplies)]), list(supplies.map((line) => [paragraph([text(line)])]))] : [],
  });
  const goals = plan.goals.map((goal, g) => [paragraph([item(`periodPlans.${p}.goals.${g}`, goal)])]);
  if (goals.length === 0) return [opening];
  return [
    opening,
    ...pages([], goals).map((children, i, all) =>
      slide(`${id}-goals`, i, all.length, S.goals, { minutes: null, step: null, children, notes: [] }),
    ),
  ];
}

function stepSlides(step: ProcessStep, key: string, path: string): SlideNode[] {
  const head = [paragraph([text(S.stepLine(step.stage, step.minutes))], 'small')];
  const lines = step.student.map((line, i) => [paragraph([item(`${path}.student.${i}`, line)])]);
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
  const notes = [paragraph([strong(S.notesCards(title))]), paragraph([text(handout.intro)])];
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
  const head = [paragraph([text(S.closingLine)], 'small')];
  const prompts = last.tasks.map((task, t) => [paragraph([item(`worksheet.sections.${k}.tasks.${t}.prompt`, task.prompt)])]);
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
  const body = (run: Block[][]) => [...head, list(run)];
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
  const piece = (words: string[]) => [paragraph([text(words.join(' '))], first.tone)];
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
  return m ? [strong(`${m[1]}:`), text(` ${m[2]}`)] : [text(line)];
}

const textOf = (line: Item) => (isBlank(line) ? line.blank : line);

// ---------------------------------------------------------------- node helpers

const text = (value: string): Inline => ({ type: 'text', value });
const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)] });
// The deck is rebuilt from the design, where the teacher edits: no place on a slide is edited itself.
const item = (path: string, value: Item): ItemNode => ({ type: 'item', path, item: value, editable: false });
const paragraph = (children: Inline[], tone: Tone = 'normal'): ParagraphNode => ({ type: 'paragraph', tone, children });
const list = (items: Block[][]): Block => ({ type: 'list', ordered: false, items });

function labelledList(label: string, lines: readonly Item[], path: string): Block[] {
  if (lines.length === 0) return [];
  return [paragraph([strong(label)]), list(lines.map((line, i) => [paragraph([item(`${path}.${i}`, line)])]))];
}
