/**
 * Turns a template's layout (which blocks go in which period) into per-period process tables
 * with filled text and minutes that add up to the period length. Shared by both design kinds.
 */
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import { OptionError } from './errors.ts';
import { requestProblems } from '../../ui/lesson-requests.ts';
import { fillLine, fillLines, fillText, type Vars } from './fill.ts';
import type { BlockTemplate, StepTemplate } from './template-schema.ts';
import { allocateMinutes } from './time.ts';
import { uniquePages, type SitePage, type SitePages } from './site-pages.ts';
import type { Item, PeriodPlan, PeriodSupplies, ProcessStep } from './types.ts';

export interface PlacedBlock {
  id: string;
  /** Where the block's text lives in the template file, for error messages. */
  path: string;
  block: BlockTemplate;
}

export interface PeriodFrame {
  file: string;
  openingFirst: StepTemplate;
  opening: StepTemplate;
  closing: StepTemplate;
  closingLast: StepTemplate;
  /** One list of blocks per period. */
  layout: PlacedBlock[][];
  layoutRecord: string;
  minutes: number;
  vars: Vars;
  /** Which pages of the site a step's `pages` keys are for this design. */
  pages: SitePages;
  record: string;
  /** In a series of units: this part's place and neighbours. Absent for a design of its own. */
  part?: PeriodPart;
}

/** Where a unit's periods sit in a series: numbered on from the parts before, recalling the last of them. */
export interface PeriodPart {
  /** Periods before this part. */
  offset: number;
  /** Title of the period just before this part; null when this part opens the series. */
  previousTitle: string | null;
  /** Whether this part closes the series (its last period ends with the evaluation). */
  last: boolean;
  /** Periods in the whole series: the evaluation of every part is in the last one's 정리. */
  total: number;
  /** Said before each period title, so every period names its unit. */
  titlePrefix: string;
}

export interface PlannedPeriods {
  plans: PeriodPlan[];
  /** 준비물 per period. */
  supplies: PeriodSupplies[];
  /** Handouts the placed steps use, in order. */
  handoutIds: string[];
}

// A period that must hold three or more blocks keeps only each block's core steps.
const isCompact = (blocks: readonly PlacedBlock[]) => blocks.length >= 3;

/** The steps of a block that a period with these blocks keeps. */
export function placedSteps(block: PlacedBlock, blocks: readonly PlacedBlock[]): StepTemplate[] {
  return block.block.steps.filter((step) => !isCompact(blocks) || step.core);
}

const blockTitles = (blocks: readonly PlacedBlock[]) => blocks.map((b) => b.block.title).join(' · ');

export function buildPeriods(frame: PeriodFrame): PlannedPeriods {
  const last = frame.layout.length - 1;
  const offset = frame.part?.offset ?? 0;
  const titleOf = (blocks: readonly PlacedBlock[]) =>
    frame.part ? `${frame.part.titlePrefix}: ${blockTitles(blocks)}` : blockTitles(blocks);
  // The title of the period before period i of this part, or null when period i opens the whole series.
  const previousOf = (i: number): string | null => (i > 0 ? titleOf(frame.layout[i - 1]!) : (frame.part?.previousTitle ?? null));
  const varsOf = (i: number): Vars => {
    const previous = previousOf(i);
    return previous === null ? frame.vars : { ...frame.vars, previousTitle: previous };
  };
  const used: StepTemplate[][] = [];
  const plans = frame.layout.map((blocks, i) => {
    const compact = isCompact(blocks);
    // The series' first period opens as a first lesson; later periods recall the one before.
    const vars = varsOf(i);
    const closesSeries = i === last && (frame.part?.last ?? true);
    const steps: { step: StepTemplate; path: string }[] = [
      previousOf(i) === null ? { step: frame.openingFirst, path: 'openingFirst' } : { step: frame.opening, path: 'opening' },
      ...blocks.flatMap((b) =>
        b.block.steps.map((step, s) => ({ step, path: `${b.path}.steps[${s}]` })).filter(({ step }) => !compact || step.core),
      ),
      closesSeries ? { step: frame.closingLast, path: 'closingLast' } : { step: frame.closing, path: 'closing' },
    ];
    const allocation = allocateMinutes(
      steps.map((s) => s.step),
      frame.minutes,
    );
    if (!allocation.ok) {
      // The period is too short for what the template puts in it: the teacher's choice of length to change.
      throw new OptionError('minutes', requestProblems.periodTooShort(offset + i + 1, allocation.needed, frame.minutes));
    }
    used.push(steps.map((s) => s.step));
    return {
      period: offset + i + 1,
      title: titleOf(blocks),
      goals: blocks.map((b) => fillLine(b.block.goal, vars, where(frame, `${b.path}.goal`))),
      steps: steps.map(({ step, path }, s): ProcessStep => ({
        stage: step.stage,
        element: step.element,
        teacher: fillLines(step.teacher, vars, where(frame, `${path}.teacher`)),
        student: fillLines(step.student, vars, where(frame, `${path}.student`)),
        minutes: allocation.minutes[s]!,
        materials: fillLines(step.materials, vars, where(frame, `${path}.materials`)),
        pages: uniquePages(step.pages.flatMap(frame.pages)),
      })),
    };
  });
  const filled = used.map((steps, i) =>
    steps.map((step) => ({
      supplies: step.supplies.map((line, k) => fillText(line, varsOf(i), where(frame, `supplies[${k}]`))),
      pages: step.pages.flatMap(frame.pages),
    })),
  );
  return { plans, supplies: suppliesOf(filled, offset), handoutIds: used.flat().flatMap((s) => s.handouts) };
}

function where(frame: PeriodFrame, field: string) {
  return { file: frame.file, record: frame.record, field };
}

/** The design's goals: every block goal once, in teaching order. */
export function designGoals(periods: readonly PeriodPlan[]): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const goal of periods.flatMap((p) => p.goals)) {
    const key = typeof goal === 'string' ? goal : goal.blank;
    if (!seen.has(key)) out.push(goal);
    seen.add(key);
  }
  return out;
}

/** "2차시 정리" style timing for an assessment tied to a block (or 'closing': the last period's end). */
export function timingOf(layout: readonly PlacedBlock[][], blockId: string, part?: PeriodPart): string {
  const offset = part?.offset ?? 0;
  if (blockId === 'closing') return w.timingClosing(part?.total ?? layout.length);
  const p = layout.findIndex((blocks) => blocks.some((b) => b.id === blockId));
  const block = layout[p]?.find((b) => b.id === blockId);
  return p === -1 ? w.timingPeriod(offset + layout.length) : w.timingBlock(offset + p + 1, block!.block.title);
}

/** 준비물 per period: what the period's steps need, each once, in the order first needed. */
export function suppliesOf(
  stepsByPeriod: readonly (readonly { supplies: readonly string[]; pages: readonly SitePage[] }[])[],
  offset = 0,
): PeriodSupplies[] {
  return stepsByPeriod.map((steps, i) => ({
    period: offset + i + 1,
    items: [...new Set(steps.flatMap((s) => s.supplies))],
    pages: uniquePages(steps.flatMap((s) => s.pages)),
  }));
}
