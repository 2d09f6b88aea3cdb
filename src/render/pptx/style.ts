/**
 * Sizes and colours of the .pptx slides. The type sizes carry deck-fit.ts's plan: a body line
 * of 28 pt on a 12.33-inch column holds slideFit.bodyEms and more, eight body lines fit the body
 * box, and a 40 pt title takes two lines at most.
 */
import { slideFit } from '../../model/lesson/document/deck-fit.ts';

/** The font the .docx uses too: on every Windows; LibreOffice falls back to a CJK font it has. */
export const FONT = 'Malgun Gothic';

const BODY = 28;
/** Body line pitch (exact, so every office suite spaces lines alike): deck-fit's line height. */
const BODY_LINE = Math.round(BODY * slideFit.lineHeight);

export const TYPE = {
  title: 40,
  titleLine: 48,
  body: BODY,
  bodyLine: BODY_LINE,
  small: Math.round(BODY * slideFit.small),
  smallLine: Math.round(BODY_LINE * slideFit.small),
  /** Space before a block that follows another: deck-fit's gap. */
  gap: BODY_LINE * slideFit.gap,
  /** Space between a list's items. */
  itemGap: (BODY_LINE * slideFit.gap) / 2,
  /** Bullet indent, in points. */
  indent: Math.round(BODY * slideFit.listIndent),
  footer: 14,
} as const;

/** Inches, on LAYOUT_WIDE (13.33 × 7.5 in). */
export const PAGE = {
  width: 13.333,
  height: 7.5,
  margin: 0.5,
  contentWidth: 12.333,
  titleTop: 0.35,
  titleHeight: 1.45,
  bodyTop: 1.9,
  /** Nine body lines (deck-fit), with room to spare. */
  bodyHeight: 4.95,
  footerTop: 6.95,
  footerHeight: 0.35,
  /** A card's inner padding (deck-fit's cardPadding ems of body type). */
  cardPadding: (BODY * slideFit.cardPadding) / 72,
} as const;

export const COLOR = {
  background: 'FFFFFF',
  title: '0A3D73',
  text: '1B2430',
  muted: '4A5566',
  lead: '0A58A8',
  cardFill: 'F4F7FA',
  cardLine: 'A9B7C8',
  blank: 'FFF3CC',
} as const;
