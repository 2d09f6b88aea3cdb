/**
 * Figures of the lesson slides, on a built site: `node scripts/bench-slides.ts [--dist dist] [--runs 5]`.
 * For the shipped designs with the fewest and the most slides it prints the slides, the .pptx's
 * bytes, and the time Chromium takes to make it from the page's button (click → download): the
 * first time, which loads the .pptx code, and the median of later runs; then the bytes of that
 * code and of the 수업 화면 page, and the same .pptx made in Node for comparison.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { lessonDeck } from '../src/model/lesson/document/deck.ts';
import { lessonPptx } from '../src/render/pptx/lesson-pptx.ts';
import { siteLessonDesigns } from '../src/site-content/site.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/static-server.ts';

const { values } = readCommandLine({
  usage: 'npm run bench:slides',
  summary: '수업 슬라이드 재기: 가장 짧고 긴 설계서의 장 수, .pptx 크기, Chromium과 Node에서 만드는 시간',
  options: {
    dist: { type: 'string', hint: '폴더', default: 'dist', help: '빌드된 사이트' },
    runs: { type: 'integer', min: 1, max: 100, default: 5, help: '중앙값을 낼 반복 횟수' },
  },
});
const { dist, runs } = values;
try {
  statSync(join(dist, 'lessons'));
} catch {
  console.error(`빌드된 사이트가 없어요: ${join(dist, 'lessons')}. 먼저 npm run build 를 실행하세요 (다른 폴더는 --dist 폴더).`);
  process.exit(2);
}

const designs = siteLessonDesigns();
const bySlides = designs.map((d) => ({ design: d, slides: lessonDeck(d).slides.length })).sort((a, b) => a.slides - b.slides);
const picked = [bySlides[0]!, bySlides.at(-1)!];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await serveSite(dist, '/');
const browser = await launchBrowser();
try {
  console.log(`design | slides | .pptx bytes | Chromium first (ms) | Chromium median of ${runs} (ms) | Node median (ms) | page bytes`);
  let codeBytes = 0;
  for (const { design, slides } of picked) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}/lessons/${design.id}/slides/`);
    const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '발표 파일(.pptx) 내려받기' }).click(),
      ]);
      const path = await download.path();
      times.push(performance.now() - started);
      bytes = readFileSync(path).byteLength;
      await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-lesson-pptx]')!.disabled);
    }
    codeBytes = await page.evaluate(
      (from) =>
        performance
          .getEntriesByType('resource')
          .slice(from)
          .filter((r) => r.name.endsWith('.js'))
          .reduce((sum, r) => sum + (r as PerformanceResourceTiming).encodedBodySize, 0),
      before,
    );
    const node: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await lessonPptx(design);
      node.push(performance.now() - started);
    }
    const pageBytes = statSync(join(dist, 'lessons', design.id, 'slides', 'index.html')).size;
    console.log(
      `${design.id} | ${slides} | ${bytes.toLocaleString('en')} | ${times[0]!.toFixed(0)} | ${median(times.slice(1)).toFixed(0)} | ${median(node).toFixed(0)} | ${pageBytes.toLocaleString('en')}`,
    );
    await context.close();
  }
  console.log(`.pptx code loaded on the first click: ${codeBytes.toLocaleString('en')} bytes (as served, uncompressed)`);
} finally {
  await browser.close();
  await server.close();
}
