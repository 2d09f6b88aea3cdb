import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

describe('the home page opened from disk', () => {
  it('explains that the site must be opened over http(s), and says nothing over http', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(pathToFileURL(join(siteDir(siteVariants[0]), 'index.html')).href);
      const notice = page.locator('#file-protocol-notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('http://');
      expect(await notice.textContent()).toContain('npm run preview');

      await page.goto(`${inject('siteOrigins').root}/`);
      expect(await page.locator('#file-protocol-notice').isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
