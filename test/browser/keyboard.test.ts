import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-fixture.ts';

/** Tabs through the page and returns the href of every link that received focus, and whether focus was visible. */
async function tabThrough(page: Page, limit = 400) {
  const reached = new Set<string>();
  const invisibleFocus: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        key:
          el.tagName === 'A' ? `a:${(el as HTMLAnchorElement).href}:${el.textContent?.trim()}` : `${el.tagName}:${el.textContent?.trim()}`,
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (info === null) break;
    if (reached.has(info.key)) break;
    reached.add(info.key);
    if (!info.visible) invisibleFocus.push(info.key);
  }
  return { reached, invisibleFocus };
}

describe('keyboard use', () => {
  const site = useBrowser('subpath');

  for (const path of ['/career/', '/career/jobs/', '/career/jobs/cs-manager/']) {
    it(`reaches every visible link on ${path} with Tab, with a visible focus ring`, async () => {
      const page = await site.newPage();
      await page.goto(`${site.origin}${path}`);
      const visibleLinks = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
          .filter((a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
          .map((a) => `a:${a.href}:${a.textContent?.trim()}`),
      );
      const { reached, invisibleFocus } = await tabThrough(page);
      const unreached = visibleLinks.filter((l) => !reached.has(l));
      expect(unreached).toEqual([]);
      expect(invisibleFocus).toEqual([]);
    });
  }

  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/jobs/cs-manager/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
