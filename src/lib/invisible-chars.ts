/**
 * Characters that show nothing yet change what is shown around them: controls, zero-width marks and
 * the bidirectional overrides that turn "설계서\u202Excod.exe" into "설계서exe.docx" on screen. A value a
 * user typed or a file supplied loses them before it is echoed in a message or becomes a file name.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** At most `max` characters (code points, so no surrogate pair is cut), then `mark` when cut. */
export function shortened(text: string, max: number, mark = '…'): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}${mark}` : text;
}
