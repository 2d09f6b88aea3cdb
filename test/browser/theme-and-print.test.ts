import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

describe('themes and print', () => {
  const site = useBrowser('root');

  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system theme until a theme is chosen, and remembers the choice', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.origin}/jobs/cs-manager/`);
    const systemDark = await background(page);
    const toggle = page.locator('.theme-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);

    await toggle.click(); // system → light
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const light = await background(page);
    expect(light).not.toBe(systemDark);

    await toggle.click(); // light → dark
    expect(await background(page)).toBe(systemDark);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');

    await page.locator('.theme-toggle').click(); // dark → system
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    await context.close();
  });

  it('prints content only: no header, navigation, table of contents or footer', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/jobs/cs-manager/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.pager', '.toc']) {
      const hidden = await page.locator(selector).evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'));
      expect(hidden, selector).toBe(true);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
