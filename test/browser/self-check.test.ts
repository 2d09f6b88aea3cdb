import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-fixture.ts';

/** Presses Tab until a radio button has focus; returns false if none comes within `limit` presses. */
async function tabToRadio(page: Page, limit = 60): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const isRadio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    if (isRadio) return true;
  }
  return false;
}

describe('self-check', () => {
  const site = useBrowser('subpath');

  it('can be answered with the keyboard only, and announces a result that links to job pages', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/self-check/`);
    const groups = await page.locator('fieldset.self-check__item').count();
    expect(groups).toBeGreaterThanOrEqual(10);

    // In each radio group: Tab lands on the first option, arrow keys move to and check "정말 그래요".
    for (let g = 0; g < groups; g++) {
      expect(await tabToRadio(page), `radio group ${g + 1} reachable with Tab`).toBe(true);
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    }
    const checked = await page.locator('input[type=radio]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(checked).toEqual(Array(groups).fill('3'));

    // Tab on to the submit button and press Enter.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const onSubmit = await page.evaluate(() => document.activeElement?.classList.contains('self-check__submit'));
      if (onSubmit) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('self-check__submit'))).toBe(true);
    const pageY = () => page.locator('.self-check__submit').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await pageY();
    await page.keyboard.press('Enter');

    const status = page.locator('.self-check__status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent()).toContain('결과가 나왔어요');
    const links = await page.locator('.self-check__jobs a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^\/career\/jobs\/[a-z-]+\/$/);
    for (const l of links) expect((await page.request.get(`${site.origin}${l}`)).status()).toBe(200);
    // The result appears below the button: nothing the reader has just used moves.
    expect(await pageY()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('self-check__submit'))).toBe(true);
  });

  it('asks for more answers before suggesting anything', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/self-check/`);
    await page.locator('input[name="q-people"][value="3"]').check();
    await page.locator('.self-check__submit').click();
    await expect.poll(() => page.locator('.self-check__status').textContent()).toContain('절반 이상');
    expect(await page.locator('.self-check__jobs a').count()).toBe(0);
  });

  it('without JavaScript still shows every question with its choices and the guide to reading the answers', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/career/self-check/`);
    const legends = await page.locator('fieldset.self-check__item legend').allTextContents();
    expect(legends.length).toBeGreaterThanOrEqual(10);
    for (const fieldset of await page.locator('fieldset.self-check__item').all()) {
      expect(await fieldset.locator('input[type=radio]').count()).toBe(4);
      expect(await fieldset.isVisible()).toBe(true);
    }
    // The reading guide lists every statement, so a printed page can be scored by hand.
    expect(await page.locator('table.self-check__key tbody tr').count()).toBe(legends.length);
    expect(await page.locator('#how-to-read').isVisible()).toBe(true);
    // Controls that need the script stay hidden rather than doing nothing.
    expect(await page.locator('.self-check__submit').isVisible()).toBe(false);
    await context.close();
  });

  it('links each competence to its own section of the competences guide', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/self-check/`);
    const targets = [
      ...new Set(
        await page
          .locator('table.self-check__key a[href*="guides/competences/#"]')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
      ),
    ];
    expect(targets.length).toBe(6);
    for (const target of targets) {
      await page.goto(target);
      const id = decodeURIComponent(new URL(target).hash.slice(1));
      expect(await page.evaluate((x) => document.getElementById(x)?.tagName, id), target).toBe('H2');
    }
  });
});
