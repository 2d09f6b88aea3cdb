/** One .docx handler per inline node type: each makes runs in the style it is given. */
import { ShadingType, TextRun, type IRunOptions } from 'docx';
import type { Inline } from '../../model/lesson/document/nodes.ts';
import { isBlank } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { BLANK_FILL, HEADER_FILL } from './docx-style.ts';

/** What a run looks like, handed down from its paragraph and the inlines around it. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

const shade = (fill: string): RunStyle => ({ shading: { type: ShadingType.CLEAR, fill, color: 'auto' } });

type Handlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, style: RunStyle) => TextRun[] };

export const inlineDocx: Handlers = {
  text: (node, style) => [new TextRun({ ...style, text: node.value })],
  strong: (node, style) => runsOf(node.children, { ...style, bold: true }),
  mark: (node, style) => runsOf(node.children, { ...style, ...shade(BLANK_FILL) }),
  tag: (node, style) => [new TextRun({ ...style, ...shade(HEADER_FILL), text: node.value })],
  // A blank is marked in words as well as in yellow: the printout may be black and white.
  item: (node, style) =>
    isBlank(node.item)
      ? [
          new TextRun({ ...style, ...shade(BLANK_FILL), bold: true, text: `[${L.blankLabel}] ` }),
          new TextRun({ ...style, ...shade(BLANK_FILL), text: node.item.blank }),
        ]
      : [new TextRun({ ...style, text: node.item })],
  // Links into the site read as their words: a printed page cannot follow them.
  link: (node, style) => runsOf(node.children, style),
  siteRef: (node, style) => [new TextRun({ ...style, text: node.label })],
};

export function runsOf(nodes: readonly Inline[], style: RunStyle = {}): TextRun[] {
  return nodes.flatMap((node) => (inlineDocx[node.type] as (n: Inline, s: RunStyle) => TextRun[])(node, style));
}
