import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { kindedPages, largestOfEachKind } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

const root = siteVariants[0];

/**
 * The lesson designs and their slides (68 pages) are drawn by one renderer from data, each kind
 * with the same tables, so the largest page of each kind (the longest texts) stands for it; every
 * other page is measured, as its tables are written by hand.
 */
const RENDERED_KINDS = new Set(['job lesson', 'unit lesson', 'job lesson slides', 'unit lesson slides']);

function pagesToMeasure(): string[] {
  const pages = kindedPages(siteDir(root), root.base).filter((p) => p.path.endsWith('/'));
  const rendered = largestOfEachKind(pages.filter((p) => RENDERED_KINDS.has(p.kind ?? '')));
  expect(rendered.length).toBe(RENDERED_KINDS.size);
  return [...pages.filter((p) => !RENDERED_KINDS.has(p.kind ?? '')), ...rendered].map((p) => p.path);
}

describe('wide tables on a phone (390 px)', () => {
  const site = useBrowser(root.name);
  const phone = { viewport: { width: 390, height: 844 } };

  it('the certificates table shows the swipe hint, takes keyboard focus and scrolls with the arrow keys', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/guides/certificates/`);
    const wide = page.locator('[data-table-scroll][data-wide]').first();
    await expect.poll(() => wide.count()).toBe(1);
    expect(await wide.locator('.table-scroll__hint').isVisible()).toBe(true);
    // Boxes that fit leave the tab order once the page script has measured them.
    await expect.poll(() => page.locator('.table-scroll__box[tabindex]').count()).toBe(1);
    let focused = false;
    for (let i = 0; i < 100 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () =>
          document.activeElement?.closest('[data-wide]') !== null &&
          document.activeElement?.classList.contains('table-scroll__box') === true,
      );
    }
    expect(focused).toBe(true);
    const before = await page.evaluate(() => document.activeElement!.scrollLeft);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Scrolling may be smooth: wait for it to move.
    await expect.poll(() => page.evaluate(() => document.activeElement!.scrollLeft)).toBeGreaterThan(before);
  });

  it('on every page, a table wider than the screen sits in a focusable box with the hint shown', async () => {
    const page = await site.newPage(phone);
    const paths = pagesToMeasure();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.origin}${path}`);
      await page.evaluate(() => document.fonts.ready);
      problems.push(
        ...(await page.$$eval('main table', (tables) =>
          tables.flatMap((table) => {
            // The element that scrolls (or would have to): the wrapper box, else the table itself.
            const box = table.closest<HTMLElement>('.table-scroll__box') ?? table;
            if (box.scrollWidth <= box.clientWidth + 1) return [];
            const name = table.querySelector('caption, th')?.textContent?.trim() ?? '?';
            const wrapper = box.closest('[data-table-scroll]');
            const hint = wrapper?.querySelector<HTMLElement>('.table-scroll__hint');
            const ok = box.tabIndex === 0 && hint !== null && hint!.offsetParent !== null;
            return ok ? [] : [`${location.pathname}: "${name}"`];
          }),
        )),
      );
    }
    expect(problems).toEqual([]);
  });
});
