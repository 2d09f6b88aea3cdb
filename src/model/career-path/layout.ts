import { wrapText } from './text-wrap.ts';

/** What the diagram needs of a step; the schema's step type fits this shape. */
export interface DiagramStep {
  label: string;
  /** Short line under the label, e.g. how long it takes to become skilled, with its source. */
  note?: string | undefined;
  /** Roles a final step opens up, drawn as a list inside its box. */
  choices?: readonly string[] | undefined;
}

export type Orientation = 'horizontal' | 'vertical';

export interface TextLine {
  text: string;
  x: number;
  y: number;
  kind: 'number' | 'label' | 'note' | 'choice' | 'bullet';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
}

export interface Arrow {
  /** Start and end of the shaft; the head points at (x2, y2). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathLayout {
  orientation: Orientation;
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
}

/** Sizes in SVG user units; the font sizes are what the page CSS uses for each line kind. */
export const metrics = {
  labelSize: 16,
  noteSize: 13.5,
  lineGap: 1.4,
  padding: 14,
  margin: 4,
  gap: { horizontal: 30, vertical: 36 },
  boxWidth: { horizontal: 160, vertical: 320 },
  choiceIndent: 12,
  /** Arrows between wide boxes sit level with the first label line, whatever each box's height. */
  arrowY: 40,
} as const;

/** A line placed inside its box: `dx` from the box's inner left edge, `y` from the box's top. */
type BoxLine = Omit<TextLine, 'x'> & { dx: number };

function boxLines(step: DiagramStep, index: number, innerWidth: number): { lines: BoxLine[]; height: number } {
  const { labelSize, noteSize, lineGap, padding, choiceIndent } = metrics;
  const lines: BoxLine[] = [];
  let y = padding;
  const add = (text: string, kind: TextLine['kind'], size: number, dx = 0) => {
    y += size;
    lines.push({ text, y, kind, dx });
    y += size * (lineGap - 1);
  };
  add(`${index + 1}단계`, 'number', noteSize);
  for (const l of wrapText(step.label, innerWidth / labelSize)) add(l, 'label', labelSize);
  if (step.note) for (const l of wrapText(step.note, innerWidth / noteSize)) add(l, 'note', noteSize);
  for (const choice of step.choices ?? []) {
    wrapText(choice, (innerWidth - choiceIndent) / noteSize).forEach((l, i) => {
      if (i === 0) lines.push({ text: '•', y: y + noteSize, kind: 'bullet', dx: 0 });
      add(l, 'choice', noteSize, choiceIndent);
    });
  }
  return { lines, height: y + padding };
}

/**
 * Places the steps of a career path one after another, left to right or top to bottom, with an
 * arrow between each pair. Boxes are as tall as their text; in a row they share their top edge.
 */
export function layoutPath(steps: readonly DiagramStep[], orientation: Orientation): PathLayout {
  if (steps.length === 0) throw new Error('layoutPath: a path needs at least one step');
  const { padding, margin } = metrics;
  const boxWidth = metrics.boxWidth[orientation];
  const gap = metrics.gap[orientation];
  const measured = steps.map((s, i) => boxLines(s, i, boxWidth - 2 * padding));
  const place = (lines: BoxLine[], x: number, y: number): TextLine[] =>
    lines.map(({ dx, ...l }) => ({ ...l, x: x + padding + dx, y: y + l.y }));

  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  if (orientation === 'horizontal') {
    const height = Math.max(...measured.map((m) => m.height));
    const arrowY = margin + Math.min(metrics.arrowY, Math.min(...measured.map((m) => m.height)) / 2);
    measured.forEach((m, i) => {
      const x = margin + i * (boxWidth + gap);
      boxes.push({ x, y: margin, width: boxWidth, height: m.height, lines: place(m.lines, x, margin) });
      if (i > 0) arrows.push({ x1: x - gap + 5, y1: arrowY, x2: x - 5, y2: arrowY });
    });
    return {
      orientation,
      width: 2 * margin + steps.length * boxWidth + (steps.length - 1) * gap,
      height: 2 * margin + height,
      boxes,
      arrows,
    };
  }
  let y = margin;
  measured.forEach((m, i) => {
    if (i > 0) {
      arrows.push({ x1: margin + boxWidth / 2, y1: y - gap + 6, x2: margin + boxWidth / 2, y2: y - 6 });
    }
    boxes.push({ x: margin, y, width: boxWidth, height: m.height, lines: place(m.lines, margin, y) });
    y += m.height + gap;
  });
  return { orientation, width: 2 * margin + boxWidth, height: y - gap + margin, boxes, arrows };
}
