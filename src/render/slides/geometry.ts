/**
 * Where things sit on a slide and how large the type is: the plan of deck-fit.ts in inches and
 * points, shared by the .pptx (render/pptx) and the 수업 화면 page (which scales the same numbers
 * to the slide's width), so a slide looks the same in both. A body line of 28 pt on the 12.33-inch
 * column holds slideFit.bodyEms and more; nine body lines fit the body box; a 40 pt title takes two
 * lines at most.
 */
import { slideFit } from '../../model/lesson/document/deck-fit.ts';

const BODY = 28;
/** Body line pitch (exact, so every office suite spaces lines alike): deck-fit's line height. */
const BODY_LINE = Math.round(BODY * slideFit.lineHeight);

/** Points. */
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
  /** Bullet indent. */
  indent: Math.round(BODY * slideFit.listIndent),
  footer: 14,
} as const;

/** Inches, on a 16:9 slide of 13.33 × 7.5 in (PowerPoint's "wide" layout). */
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
  /** A card's inner padding (deck-fit's cardPadding, in ems of body type). */
  cardPadding: (BODY * slideFit.cardPadding) / 72,
} as const;
