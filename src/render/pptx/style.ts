/** The .pptx's font and colours; sizes and places are the slides' shared geometry (render/slides/geometry.ts). */
export { PAGE, TYPE } from '../slides/geometry.ts';

/** The font the .docx uses too: on every Windows; LibreOffice falls back to a CJK font it has. */
export const FONT = 'Malgun Gothic';

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
