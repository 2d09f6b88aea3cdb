import jsQR from 'jsqr';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { qrPng, qrSvg } from '../../src/lib/qr-code.ts';

const address = 'https://school.example.kr/career/jobs/cs-manager/';

/** What a phone's camera would read from an image of grey pixels. */
function read(width: number, height: number, grey: (x: number, y: number) => number): string | null {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = grey(x, y);
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  return jsQR(rgba, width, height)?.data ?? null;
}

describe('QR codes of the site addresses', () => {
  it('the PNG reads back as the address, and the same address gives the same bytes', () => {
    const png = qrPng(address);
    const image = decode(png);
    expect(read(image.width, image.height, (x, y) => image.data[(y * image.width + x) * image.channels]!)).toBe(address);
    expect(Buffer.from(qrPng(address)).equals(Buffer.from(png))).toBe(true);
  });

  it('the SVG draws the same code: its runs of dark modules read back as the address', () => {
    const svg = qrSvg(address);
    const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
    const dark = new Set<string>();
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
      for (let k = 0; k < Number(w); k++) dark.add(`${Number(x) + k},${y}`);
    const scale = 6;
    expect(read(side * scale, side * scale, (x, y) => (dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255))).toBe(
      address,
    );
  });

  it('adds the attributes it is given to the svg element', () => {
    expect(qrSvg(address, ' class="x"')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+" shape-rendering="crispEdges" class="x">/,
    );
  });
});
