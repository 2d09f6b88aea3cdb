/**
 * Line breaking for SVG text, which cannot wrap by itself. Widths are estimates in em: Hangul and
 * other wide characters take a full em, Latin letters and digits a bit over half.
 */

export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 0.3;
  if (code >= 0x1100 && code <= 0x11ff) return 1; // Hangul Jamo
  if (code >= 0x2e80 && code <= 0xa4cf) return 1; // CJK, Hangul compatibility Jamo
  if (code >= 0xac00 && code <= 0xd7a3) return 1; // Hangul syllables
  if (code >= 0xff00 && code <= 0xff60) return 1; // full-width forms
  if (/[A-Z]/.test(ch)) return 0.68;
  if (/[a-z0-9]/.test(ch)) return 0.56;
  return 0.4; // punctuation and symbols
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/**
 * Splits `text` into lines no wider than `maxEm`, breaking between words as Korean text should
 * (word-break: keep-all). A single word longer than a line is cut between characters.
 */
export function wrapText(text: string, maxEm: number): string[] {
  if (!(maxEm > 0)) throw new Error(`wrapText: maxEm must be positive, got ${maxEm}`);
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate) <= maxEm) {
      line = candidate;
      continue;
    }
    push();
    if (textWidth(word) <= maxEm) {
      line = word;
      continue;
    }
    for (const ch of word) {
      if (textWidth(line + ch) > maxEm) push();
      line += ch;
    }
  }
  push();
  return lines;
}
