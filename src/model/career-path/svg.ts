import { escapeHtml } from '../../render/html/escape.ts';
import { metrics, type PathLayout } from './layout.ts';

export interface SvgLabels {
  /** Id prefix, unique on the page. */
  id: string;
  title: string;
  description: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

function arrowHead(x1: number, y1: number, x2: number, y2: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const size = 9;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const points = [
    [x2, y2],
    [bx - uy * size * 0.6, by + ux * size * 0.6],
    [bx + uy * size * 0.6, by - ux * size * 0.6],
  ];
  return points.map(([x, y]) => `${round(x!)},${round(y!)}`).join(' ');
}

/**
 * The layout as an inline SVG: an image with a title and description for screen readers. Colours
 * come from CSS classes (path-diagram__*) so the page's light, dark and print themes apply.
 */
export function renderPathSvg(layout: PathLayout, labels: SvgLabels): string {
  const titleId = `${labels.id}-title`;
  const descId = `${labels.id}-desc`;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="path-diagram__svg path-diagram__svg--${layout.orientation}" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" width="${round(layout.width)}" height="${round(layout.height)}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">${escapeHtml(labels.title)}</title>`,
    `<desc id="${descId}">${escapeHtml(labels.description)}</desc>`,
  );
  for (const a of layout.arrows) {
    parts.push(
      `<line class="path-diagram__arrow" x1="${round(a.x1)}" y1="${round(a.y1)}" x2="${round(a.x2)}" y2="${round(a.y2)}"/>`,
      `<polygon class="path-diagram__head" points="${arrowHead(a.x1, a.y1, a.x2, a.y2)}"/>`,
    );
  }
  for (const b of layout.boxes) {
    parts.push(
      `<rect class="path-diagram__box" x="${round(b.x)}" y="${round(b.y)}" width="${round(b.width)}" height="${round(b.height)}" rx="10"/>`,
    );
    for (const l of b.lines) {
      const size = l.kind === 'label' ? metrics.labelSize : metrics.noteSize;
      parts.push(
        `<text class="path-diagram__${l.kind}" x="${round(l.x)}" y="${round(l.y)}" font-size="${size}">${escapeHtml(l.text)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A small decorative chain of numbered dots for index cards; the card's text says the same. */
export function renderPreviewSvg(stepCount: number, branches = 0): string {
  if (stepCount < 1) throw new Error('renderPreviewSvg: at least one step');
  const r = 13;
  const gap = 34;
  const fan = branches > 0 ? 40 : 0;
  const width = 2 * 4 + stepCount * 2 * r + (stepCount - 1) * gap + fan;
  // One height for every preview so cards side by side draw their dots at the same size.
  const height = 2 * 4 + 2 * r;
  const cy = height / 2;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="path-preview" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">`,
  ];
  for (let i = 0; i < stepCount; i++) {
    const cx = 4 + r + i * (2 * r + gap);
    if (i > 0) parts.push(`<line class="path-preview__line" x1="${cx - r - gap}" y1="${cy}" x2="${cx - r}" y2="${cy}"/>`);
    parts.push(`<circle class="path-preview__dot" cx="${cx}" cy="${cy}" r="${r}"/>`);
    parts.push(`<text class="path-preview__num" x="${cx}" y="${cy + 5}" text-anchor="middle" font-size="14">${i + 1}</text>`);
  }
  if (branches > 0) {
    const sx = 4 + r + (stepCount - 1) * (2 * r + gap) + r;
    const ex = width - 4;
    const n = Math.min(branches, 5);
    for (let j = 0; j < n; j++) {
      const ey = 4 + ((height - 8) * j) / (n - 1 || 1);
      parts.push(`<line class="path-preview__line" x1="${sx}" y1="${cy}" x2="${ex}" y2="${round(ey)}"/>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
