/**
 * Screenshots of built pages at phone and desktop widths, in light and dark themes.
 *   node scripts/screenshots.ts [--dist dist] [--base /] [--out report/tmp/screens] [--print] [--first-screen] path…
 * Serves the built folder itself on 127.0.0.1 and drives Debian's chromium (for looking, not testing).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/static-server.ts';

const { values, positionals } = readCommandLine({
  usage: 'node scripts/screenshots.ts',
  summary: '빌드된 쪽의 휴대전화·데스크톱 화면 사진 (밝게·어둡게)',
  positionals: { name: '경로…', help: '찍을 쪽의 경로 (기본: 첫 화면)' },
  options: {
    dist: { type: 'string', hint: '폴더', default: 'dist', help: '빌드된 사이트' },
    base: { type: 'string', hint: '경로', default: '/', help: '사이트의 하위 경로' },
    out: { type: 'string', hint: '폴더', default: 'report/tmp/screens', help: '사진 폴더' },
    print: { type: 'boolean', help: '인쇄 PDF도 만들기' },
    // Only the first screen: full pages of long documents shrink too much to read.
    'first-screen': { type: 'boolean', help: '첫 화면만 찍기' },
  },
});
const paths = positionals.length > 0 ? positionals : [''];
mkdirSync(values.out, { recursive: true });
const server = await serveSite(values.dist, values.base);
const browser = await launchBrowser();
try {
  for (const path of paths) {
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${server.origin}${values.base}${path}`);
        const file = join(values.out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values['first-screen'] });
        console.log(file);
        await context.close();
      }
    }
    if (values.print) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}${values.base}${path}`);
      const file = join(values.out, `${name}-print.pdf`);
      await page.pdf({ path: file, format: 'A4', printBackground: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
