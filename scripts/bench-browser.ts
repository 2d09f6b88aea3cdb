/**
 * Chromium timings of the 수업 설계 도우미 on a built site (used by scripts/bench.ts): time from
 * navigation start to the designer's "ready" mark, and the .docx files of the largest choice
 * (4 units, 4 periods) from click to download, as a teacher gets them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.ts';
import { serveSite } from '../test/support/static-server.ts';
import type { DesignerIndex, DutyUnits } from '../src/model/lesson/designer-data.ts';

export interface BrowserTimings {
  readyMs: number;
  readyWarmMs: number;
  designs: number;
  periods: number;
  docxMs: number;
  docxLargestMs: number;
}

async function readyMark(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('[data-designer][data-state="ready"]', { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('designer-ready')[0]!.startTime);
}

export async function browserTimings(dist: string): Promise<BrowserTimings> {
  const dataDir = join(dist, 'lessons/design/data');
  const index = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as DesignerIndex;
  const duty = index.duties.find((d) => d.units >= 4) ?? index.duties[0]!;
  const units = (JSON.parse(readFileSync(join(dataDir, 'units', `${duty.code}.json`), 'utf8')) as DutyUnits).slice(0, 4);
  const query = `${units.map((u) => `unit=${u.code}`).join('&')}&school=high&grade=2&periods=4&minutes=50`;

  const server = await serveSite(dist, '/');
  const url = `${server.origin}/lessons/design/?${query}`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const readyMs = await readyMark(page, url);
    const readyWarmMs = await readyMark(page, url);
    const count = await page.locator('[data-design-choice] option').count();
    const designs = Math.max(1, count);
    let docxMs = 0;
    let docxLargestMs = 0;
    for (let i = 0; i < designs; i++) {
      if (count > 1) await page.locator('[data-design-choice] select').selectOption(String(i));
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="docx"]').click()]);
      await download.path();
      const ms = Date.now() - started;
      docxMs += ms;
      docxLargestMs = Math.max(docxLargestMs, ms);
    }
    return { readyMs, readyWarmMs, designs, periods: 4, docxMs, docxLargestMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
