import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from '../support/browser-fixture.ts';
import { builtPages } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const variant of siteVariants) {
  describe(`every built page at ${variant.base}`, () => {
    // The 수업 화면 pages share one template (present.test.ts checks it in both themes): two of them stand for all.
    const pages = builtPages(siteDir(variant), variant.base).filter(
      (p) => !p.path.endsWith('/slides/') || /\/(job-cs-manager|unit-0201030201_21v3-high)\/slides\/$/.test(p.path),
    );
    const site = useBrowser(variant.name);
    let context: BrowserContext;
    let origin: string;
    /** Internal URLs (links, styles, scripts, images) seen on any page, with one page that uses each. */
    const references = new Map<string, string>();

    beforeAll(async () => {
      origin = site.origin;
      context = await site.browser.newContext();
    });

    it('has pages to check', () => {
      expect(pages.length).toBeGreaterThan(3);
    });

    it.each(pages)('$path loads with a title, one h1, no outside requests and no axe violations', async ({ path }) => {
      const page = await context.newPage();
      const outside: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
        outside.push(url);
        return route.abort();
      });
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title()).not.toBe('');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');

      const found = await page.evaluate(() => {
        const urls: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], source[src]')) {
          const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
          urls.push(new URL(raw, document.baseURI).href);
        }
        const missingTargets = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
          .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
          .filter((id) => id !== '' && !document.getElementById(id));
        return { urls, missingTargets };
      });
      expect(found.missingTargets, `in-page links without a target on ${path}`).toEqual([]);
      for (const url of found.urls) {
        const u = new URL(url);
        if (u.origin !== origin) continue;
        u.hash = '';
        if (!references.has(u.href)) references.set(u.href, path);
      }

      const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `axe violations on ${path}`).toEqual([]);
      expect(outside, `requests to outside hosts from ${path}`).toEqual([]);
      await page.close();
    });

    it('every internal link and asset resolves under the base', async () => {
      expect(references.size).toBeGreaterThan(pages.length);
      const broken: string[] = [];
      for (const [url, from] of references) {
        if (!new URL(url).pathname.startsWith(variant.base)) {
          broken.push(`${url} (outside the base, on ${from})`);
          continue;
        }
        const res = await fetch(url);
        if (res.status !== 200) broken.push(`${url} → ${res.status} (on ${from})`);
      }
      expect(broken).toEqual([]);
    });
  });
}
