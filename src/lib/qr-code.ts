/**
 * QR codes for the site's addresses on printed designs: the `qrcode` package makes the code, this
 * file draws it as SVG (page and print) and as a PNG (the .docx, through `fast-png`). Plain
 * TypeScript: the build and the browser draw the same code, and the same address always gives
 * the same bytes.
 */
import QRCode from 'qrcode';
import { encode } from 'fast-png';

/** The white border every reader needs around a code, in modules (the standard asks for four). */
const QUIET = 4;
/** Pixels per module in the PNG: crisp when Word or LibreOffice print it at 2 cm. */
const PNG_SCALE = 8;

interface Matrix {
  size: number;
  dark: (row: number, column: number) => boolean;
}

const cache = new Map<string, Matrix>();

function matrix(text: string): Matrix {
  let m = cache.get(text);
  if (!m) {
    // Level M: a printed page may be creased or smudged.
    const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    m = { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) };
    cache.set(text, m);
  }
  return m;
}

/** The code as an SVG element: one path of dark runs, sized by CSS (its viewBox includes the quiet zone). */
export function qrSvg(text: string, attributes = ''): string {
  const { size, dark } = matrix(text);
  let d = '';
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size;) {
      if (!dark(row, column)) {
        column++;
        continue;
      }
      let end = column;
      while (end < size && dark(row, end)) end++;
      d += `M${column + QUIET} ${row + QUIET}h${end - column}v1h${column - end}z`;
      column = end;
    }
  }
  const side = size + 2 * QUIET;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"${attributes}>` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

/** The code as an 8-bit grey PNG with its quiet zone. */
export function qrPng(text: string): Uint8Array {
  const { size, dark } = matrix(text);
  const side = (size + 2 * QUIET) * PNG_SCALE;
  const data = new Uint8Array(side * side).fill(255);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!dark(row, column)) continue;
      for (let y = 0; y < PNG_SCALE; y++) {
        const start = ((row + QUIET) * PNG_SCALE + y) * side + (column + QUIET) * PNG_SCALE;
        data.fill(0, start, start + PNG_SCALE);
      }
    }
  }
  return encode({ width: side, height: side, data, channels: 1, depth: 8 });
}
