/**
 * The lesson document: one format-neutral tree built once from a design (`lessonDocument`) and
 * rendered by every output (page, print, .docx, slides) with one small handler per node type, the
 * way mdast/hast sit between a parser and its serialisers. Renderers add no content of their own:
 * every word a teacher or student reads is in the tree, so two renderers of one tree say the same
 * thing in the same order (test/model/lesson/document checks it for every shipped design).
 *
 * Plain data: no functions, no class instances, nothing format-specific (no CSS class names, no
 * Word twips). Presentation hints are named by what they mean (`tone`, `variant`), and each
 * renderer decides how that looks.
 */
import type { Item } from '../types.ts';

// ---------------------------------------------------------------- inline content

export interface TextNode {
  type: 'text';
  value: string;
}

export interface StrongNode {
  type: 'strong';
  children: Inline[];
}

/**
 * Text from the design that the teacher may replace in the designer, or a teacher blank (when
 * `item` is a Blank). `path` is the edit path into the design ("goals.0",
 * "periodPlans.0.steps.2.teacher.0"); the designer's editable places are exactly the item nodes
 * whose `editable` is true, so no second list of paths exists anywhere.
 */
export interface ItemNode {
  type: 'item';
  path: string;
  item: Item;
  editable: boolean;
}

/**
 * A link. `route` is a site route from the route table (without the base: renderers add the
 * base, or the full site address where one is known); `url` an absolute outside address;
 * `anchor` the id of a heading in this same document (the plan table's "1차시" goes to its
 * process). Exactly one of the three is set.
 */
export interface LinkNode {
  type: 'link';
  route: string | null;
  url: string | null;
  anchor?: string | null;
  children: Inline[];
}

/** Words the teacher must check before she uses the text (a quoted standard below H): highlighted. */
export interface MarkNode {
  type: 'mark';
  children: Inline[];
}

/** A short label beside a name, such as a unit's "수준 4": a badge on screen. */
export interface TagNode {
  type: 'tag';
  value: string;
}

/**
 * A place in the design that sends students or the teacher to a page of this site ("직업 페이지",
 * "진로 경로 메뉴"). On screen it is a link; in print and in the .docx it also carries the page's
 * full address and a QR code, so a printout works without searching.
 */
export interface SiteRefNode {
  type: 'siteRef';
  route: string;
  /** What the reference is called in the sentence, e.g. "CS 매니저 직업 페이지". */
  label: string;
  /**
   * The page's full address (the site's address, `LessonDocumentOptions.siteAddress`, and the
   * route), which print and the .docx show with its QR code. Null when the site's address is not
   * known (a build without SITE_URL): renderers then show the route under the base and say where
   * the rest of the address comes from.
   */
  url: string | null;
}

export type Inline = TextNode | StrongNode | ItemNode | LinkNode | SiteRefNode | MarkNode | TagNode;

// ---------------------------------------------------------------- blocks

/** Who a part is for; renderers that serve another audience leave it out. */
export type Visibility = 'all' | 'screen' | 'print';

/**
 * What a part of the document is, so each renderer can give it its usual look: `part` (the
 * default) a plain group; `note` a boxed remark read first (what the data lacked); `period` one
 * period's process; `unit` one NCS unit; `vocational` a 전문교과 area's standards; `worksheet`
 * the students' worksheet; `handouts` the appendix of printable materials; `designerLink` where
 * to make the design again with other options (lesson pages only).
 */
export type SectionKind = 'part' | 'note' | 'period' | 'unit' | 'vocational' | 'worksheet' | 'handouts' | 'designerLink';

/**
 * A titled part of the document. `id` is the id of the heading that names the section (screen
 * readers announce the section by it), null for a group its heading does not name. `keepTogether`
 * asks print and .docx not to split it across pages; `searchIgnore` keeps it out of the site
 * search index (template text shared by every design); `pageBreakBefore` starts it on a new
 * printed page.
 */
export interface SectionNode {
  type: 'section';
  /** 'part' when absent. */
  kind?: SectionKind;
  id: string | null;
  visibility: Visibility;
  keepTogether: boolean;
  searchIgnore: boolean;
  pageBreakBefore: boolean;
  children: Block[];
}

/** A heading. `toc` puts it in the page's table of contents (with `id` as the anchor). */
export interface HeadingNode {
  type: 'heading';
  depth: 1 | 2 | 3 | 4;
  id: string | null;
  toc: boolean;
  children: Inline[];
}

/**
 * `lead`: a short line introducing what follows (kept with it in print); `note`: a boxed remark;
 * `small`: a secondary line; `check`: something the teacher must verify; `source`: where the
 * quotations above come from (curriculum and 고시); `missing`: official data we do not have,
 * said where it would be.
 */
export type Tone = 'normal' | 'lead' | 'small' | 'note' | 'check' | 'source' | 'missing';

export interface ParagraphNode {
  type: 'paragraph';
  tone: Tone;
  children: Inline[];
}

/**
 * `plain` (the default); `grouped`: each item a label and its own list (a period's supplies),
 * kept whole in print; `quotes`: each item one QuoteNode (a list of official standards).
 */
export type ListVariant = 'plain' | 'grouped' | 'quotes';

/**
 * A list. A paragraph in an item is drawn as the item's text itself (a tight list, as mdast's
 * `spread: false`), not as a paragraph of its own.
 */
export interface ListNode {
  type: 'list';
  ordered: boolean;
  /** 'plain' when absent. */
  variant?: ListVariant;
  /** Each item is a run of blocks (most often one paragraph). */
  items: Block[][];
}

/** An official text quoted word for word (a 성취기준), with what it is and where it comes from. */
export interface QuoteNode {
  type: 'quote';
  /** e.g. "[9진로01-01]" */
  code: string;
  text: string;
  /** Area, confidence note and the like, said beside the quotation. */
  caption: Inline[];
}

export interface TableColumn {
  header: string;
  /** Share of the table's width, 0–1; the shares of a table add up to 1. */
  width: number;
}

export interface TableCell {
  /** Each entry one line; one line is drawn as plain text, several as a compact list. */
  lines: Inline[][];
  colspan: number;
  /** A secondary remark under the lines (where they come from), in smaller type. */
  note?: Inline[] | null;
}

export interface TableRow {
  /** The first cell is the row's header. */
  rowHeader: boolean;
  cells: TableCell[];
}

/**
 * `grid`: an ordinary table; `keyValue`: labels down the left, no header row; `process`: the
 * 교수·학습 과정 table (stage, element, teacher, student, minutes, materials); `rubric`;
 * `writeIn`: a handout table with room to write (`cellLines` handwritten lines per cell).
 */
export type TableVariant = 'grid' | 'keyValue' | 'process' | 'rubric' | 'writeIn';

export interface TableNode {
  type: 'table';
  variant: TableVariant;
  /** Names the table for screen readers and the scroll box; shown when `captionVisible`. */
  caption: string;
  captionVisible: boolean;
  columns: TableColumn[];
  rows: TableRow[];
  footer: TableRow[];
  /** writeIn only: empty rows after the labelled ones, and lines of room per cell. */
  emptyRows: number;
  cellLines: number;
}

/** Lines to write on, under a worksheet task. */
export interface WriteLinesNode {
  type: 'writeLines';
  count: number;
}

/** Cards to cut out (situation cards, role cards): a grid in print, a list on screen. */
export interface CardsNode {
  type: 'cards';
  cards: { title: string; lines: Inline[][] }[];
}

/**
 * A printable material handed to students (a worksheet, a reading, task cards): starts a printed
 * page and says what it is for.
 */
export interface HandoutNode {
  type: 'handout';
  id: string;
  title: string;
  children: Block[];
}

export interface PageBreakNode {
  type: 'pageBreak';
}

export type Block =
  SectionNode | HeadingNode | ParagraphNode | ListNode | QuoteNode | TableNode | WriteLinesNode | CardsNode | HandoutNode | PageBreakNode;

/** The whole design as one document. */
export interface LessonDocumentRoot {
  type: 'root';
  /** The design's title and one-line summary (document properties, page title). */
  title: string;
  summary: string;
  children: Block[];
}

// ---------------------------------------------------------------- slides

/**
 * One slide as the class sees it. `minutes` is the step's planned time (the present mode shows a
 * timer for it; null for title and closing slides). `notes` are for the teacher only (pptx speaker
 * notes, present mode's notes view), never projected.
 */
export interface SlideNode {
  type: 'slide';
  id: string;
  title: Inline[];
  minutes: number | null;
  /**
   * The step the slide shows, e.g. "p1-s3": every slide of one step (its continuation and card
   * slides) carries the same key and shares one timer. Null when `minutes` is null.
   */
  step: string | null;
  children: Block[];
  notes: Block[];
}

/** A design's slides: per period its title and goals, each step, the cards and questions, the close. */
export interface DeckRoot {
  type: 'deck';
  title: string;
  slides: SlideNode[];
}

export type Node = LessonDocumentRoot | DeckRoot | SlideNode | Block | Inline;
