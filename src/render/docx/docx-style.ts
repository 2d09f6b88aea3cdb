/** The .docx page and the looks its handlers share: A4, a Korean font, a few fills and greys. */
export const FONT = 'Malgun Gothic';
export const fonts = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT };
/** A4 in twips (1/1440 inch) with 15 mm side margins. */
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: 1077, bottom: 1077, left: 850, right: 850 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const HEADER_FILL = 'E7EEF6';
/** The yellow of a teacher blank and of text to check, as on the page. */
export const BLANK_FILL = 'FFF3CC';
/** Links, as Word colours them. */
export const LINK = '0563C1';
export const MUTED = '444444';
export const SMALL = 18;
/** One indent step of a list, in twips. */
export const INDENT = 280;

/** Widths in twips from shares of the content width; the last column takes what rounding left. */
export function widthsOf(shares: readonly number[]): number[] {
  const widths = shares.map((s) => Math.round(s * CONTENT_WIDTH));
  widths[widths.length - 1] = CONTENT_WIDTH - widths.slice(0, -1).reduce((a, w) => a + w, 0);
  return widths;
}
