/** One .docx handler per inline node type: each makes runs in the style it is given. */
import { ConcreteHyperlink, ImageRun, ShadingType, TextRun, type IContext, type IRunOptions, type ParagraphChild } from 'docx';
import type { Inline } from '../../model/lesson/document/nodes.ts';
import { isBlank } from '../../model/lesson/types.ts';
import { lessonLabels as L } from '../../ui/lessons.ts';
import { qrPng } from '../../lib/qr-code.ts';
import { withBase } from '../../lib/base-path.ts';
import { BLANK_FILL, HEADER_FILL, LINK, SMALL } from './docx-style.ts';

/** What a run looks like, handed down from its paragraph and the inlines around it. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children'>;

const shade = (fill: string): RunStyle => ({ shading: { type: ShadingType.CLEAR, fill, color: 'auto' } });

type Handlers = { [K in Inline['type']]: (node: Extract<Inline, { type: K }>, style: RunStyle) => ParagraphChild[] };

/** A printed QR code's side, in pixels at 96 per inch (2 cm). */
const QR_SIDE = 76;

/**
 * Ids the package needs unique within one document (a link's relationship, a picture's drawing
 * id), counted from the start of each document so the same design gives the same bytes: docx's
 * own links take random ids and its pictures a counter that runs on across documents.
 */
let counters = { link: 0, drawing: 0 };
export function startDocumentIds(): void {
  counters = { link: 0, drawing: 0 };
}

/** An external link whose relationship id is counted, not random. */
class SiteLink extends ConcreteHyperlink {
  private readonly target: string;
  constructor(children: ParagraphChild[], id: string, target: string) {
    super(children, id);
    this.target = target;
  }
  override prepForXml(context: IContext) {
    context.viewWrapper.Relationships.addRelationship(
      this.linkId,
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
      this.target,
      'External',
    );
    return super.prepForXml(context);
  }
}

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
  // A page of the site: its name as a link, its full address under it and its QR code, so the paper works without searching.
  siteRef: (node, style) => {
    if (node.url === null) {
      return [
        new TextRun({ ...style, text: node.label }),
        new TextRun({ ...style, size: SMALL, break: 1, text: L.siteRefNoAddress(withBase('/', node.route)) }),
      ];
    }
    counters.link += 1;
    counters.drawing += 1;
    return [
      new SiteLink([new TextRun({ ...style, text: node.label, color: LINK, underline: {} })], `SiteLink${counters.link}`, node.url),
      new TextRun({ ...style, size: SMALL, break: 1, text: node.url }),
      new TextRun({ break: 1 }),
      new ImageRun({
        type: 'png',
        data: qrPng(node.url),
        transformation: { width: QR_SIDE, height: QR_SIDE },
        altText: {
          id: String(1000 + counters.drawing),
          name: `qr-${counters.drawing}`,
          title: L.siteRefQr(node.label),
          description: node.url,
        },
      }),
    ];
  },
};

export function runsOf(nodes: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node) => (inlineDocx[node.type] as (n: Inline, s: RunStyle) => ParagraphChild[])(node, style));
}
