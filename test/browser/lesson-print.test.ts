import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { pdfPages } from '../support/pdf-pages.ts';

/** A page whose body has this many text lines or fewer counts as near-empty (a spilled list of two wrapped lines has 3–4). */
const NEAR_EMPTY_LINES = 4;

describe('printing a lesson design', () => {
  const site = useBrowser('root');

  const printed = async (id: string, theme: 'light' | 'dark') => {
    const page = await site.newPage({ colorScheme: theme });
    await page.goto(`${site.origin}/lessons/${id}/`);
    // The theme button stores its choice on <html>; printing must still give a light page.
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      scheme: getComputedStyle(document.documentElement).colorScheme,
    }));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.context().close();
    return { colours, pages: pdfPages(pdf) };
  };

  for (const id of ['job-cs-manager', 'job-cs-manager-high', 'unit-0201030210_21v4', 'unit-0201030210_21v4-high']) {
    it(`${id}: every page has a page number and real content, none only a line or two`, async () => {
      const { pages } = await printed(id, 'light');
      expect(pages.length).toBeGreaterThan(4);
      pages.forEach((p, i) => {
        // "3 / 12": at least three glyph runs in the bottom margin box.
        expect(p.marginRuns, `page ${i + 1} of ${id}: page number`).toBeGreaterThanOrEqual(3);
        expect(p.bodyLines, `page ${i + 1} of ${id}: near-empty`).toBeGreaterThan(NEAR_EMPTY_LINES);
      });
    });
  }

  it('prints a light page from the dark theme, with background graphics on', async () => {
    const { colours, pages } = await printed('job-telemarketer', 'dark');
    expect(colours.scheme).toBe('light');
    expect(colours.html).toBe('rgb(255, 255, 255)');
    expect(colours.body).toBe('rgb(255, 255, 255)');
    expect(colours.text).toBe('rgb(0, 0, 0)');
    for (const p of pages) expect(p.bodyLines).toBeGreaterThan(NEAR_EMPTY_LINES);
  });

  it('repeats the header row when a long table breaks across pages and never splits a row', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/lessons/job-cs-manager/`);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const table = document.querySelector('.lesson-process')!;
      return {
        table: getComputedStyle(table).breakInside,
        head: getComputedStyle(table.querySelector('thead')!).display,
        row: getComputedStyle(table.querySelector('tbody tr')!).breakInside,
        heading: getComputedStyle(document.querySelector('#process')!).breakAfter,
      };
    });
    expect(styles).toEqual({ table: 'auto', head: 'table-header-group', row: 'avoid', heading: 'avoid' });
    await page.context().close();
  });
});
