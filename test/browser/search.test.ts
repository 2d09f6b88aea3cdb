import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { siteVariants } from '../support/sites.ts';
import { INDEX_ONLY_MARK } from '../../src/model/search/index-terms.ts';
import { unitByCode } from '../../src/model/ncs/index.ts';
import { loadSite } from '../../src/site-content/load-site.ts';
import { careerNetSearchUrl, work24SearchUrl } from '../../src/model/jobs/official-records.ts';

/** Types `query` into the open search dialog and waits for its first results. */
async function searchInDialog(page: Page, query: string): Promise<void> {
  await page.locator('#search-dialog-input').fill(query);
  await page.waitForSelector('.search-dialog .search-hit');
}

const hrefs = (page: Page, scope: string) =>
  page.$$eval(`${scope} .search-hit__link`, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

for (const variant of siteVariants) {
  describe(`search at ${variant.base}`, () => {
    const site = useBrowser(variant.name);
    const base = variant.base;
    const newPage = (options: { javaScriptEnabled?: boolean } = {}) => site.newPage(options);

    it('Ctrl+K opens the dialog, results appear while typing, with badge, title and marked excerpt', async () => {
      const page = await newPage();
      await page.goto(`${site.origin}${base}jobs/cs-manager/`);
      await page.keyboard.press('Control+k');
      const input = page.locator('#search-dialog-input');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      // 고객관리를: a particle the index never saw; typed slowly, as a student would.
      await input.pressSequentially('고객관리를', { delay: 60 });
      await page.waitForSelector('.search-dialog .search-hit');
      expect((await hrefs(page, '.search-dialog'))[0]).toBe(`${base}jobs/cs-manager/`);
      const first = page.locator('.search-dialog .search-hit').first();
      expect(await first.locator('.search-hit__kind').textContent()).toBe('직업');
      expect(await first.locator('.search-hit__title').textContent()).toContain('CS 매니저');
      expect(await first.locator('mark').count()).toBeGreaterThan(0);
      const shown = (await page.locator('.search-dialog').textContent()) ?? '';
      expect(shown).not.toContain(INDEX_ONLY_MARK);
      const axe = await new AxeBuilder({ page }).include('.search-dialog').withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    });

    // What does not depend on the address (matching, chips, layout) is checked at the first base only.
    if (variant === siteVariants[0]) {
      it('a noun inside a compound finds the page (매니저 in 고객관리매니저)', async () => {
        const page = await newPage();
        await page.goto(`${site.origin}${base}`);
        await page.keyboard.press('/');
        await searchInDialog(page, '관리매니저');
        expect(await hrefs(page, '.search-dialog')).toContain(`${base}jobs/cs-manager/`);
      });

      it('filter chips narrow the results to one kind', async () => {
        const page = await newPage();
        await page.goto(`${site.origin}${base}`);
        await page.keyboard.press('Control+k');
        await searchInDialog(page, '매니저');
        const chip = page.locator('.search-dialog .search-chip', { hasText: '진로 경로' });
        await chip.click();
        await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
        await expect
          .poll(async () => [...new Set(await page.$$eval('.search-dialog .search-hit__kind', (els) => els.map((e) => e.textContent)))])
          .toEqual(['진로 경로']);
        await page.locator('.search-dialog .search-chip', { hasText: '전체' }).first().click();
        await expect
          .poll(async () => new Set(await page.$$eval('.search-dialog .search-hit__kind', (els) => els.map((e) => e.textContent))).size)
          .toBeGreaterThan(1);
      });

      it('NCS 수준 chips appear for NCS pages and keep only units of that level', async () => {
        const catalog = loadSite('content').ncs;
        const page = await newPage();
        await page.goto(
          `${site.origin}${base}search/?q=${encodeURIComponent('고객')}&${encodeURIComponent('종류')}=${encodeURIComponent('NCS 능력단위')}`,
        );
        await page.waitForSelector('main .search-hit');
        const chip = page.locator('main .search-chip', { hasText: '수준 5' });
        await chip.click();
        await expect.poll(() => new URL(page.url()).searchParams.get('NCS 수준')).toBe('수준 5');
        await expect
          .poll(async () => {
            const paths = await hrefs(page, 'main');
            return paths.length > 0 && paths.every((p) => unitByCode(catalog, /units\/([^/]+)\/$/.exec(p)?.[1] ?? '')?.level === 5);
          })
          .toBe(true);
      });
    }

    it('arrows move through the results, Enter opens one, Escape closes and gives focus back', async () => {
      const page = await newPage();
      await page.goto(`${site.origin}${base}guides/`);
      const button = page.locator('.search-open--button');
      await button.click();
      await searchInDialog(page, '텔레마케터');
      const links = await hrefs(page, '.search-dialog');
      const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? document.activeElement?.id);
      await page.keyboard.press('ArrowDown');
      expect(new URL(await focused()).pathname).toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      expect(new URL(await focused()).pathname).toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
      await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      await button.press('Enter');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(`**${links[0]}`), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(links[0]);
    });

    it('search/?q=… renders the results of the shared link as an ordered list of links in <main>', async () => {
      const page = await newPage();
      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent('고객 관리 매니저')}`);
      await page.waitForSelector('main ol .search-hit');
      expect(await page.locator('#search-page-input').inputValue()).toBe('고객 관리 매니저');
      const links = await page.$$eval('main ol#search-page-results > li a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      expect(links[0]).toBe(`${base}jobs/cs-manager/`);
      expect(links.every((l) => l.startsWith(base))).toBe(true);

      await page.goto(
        `${site.origin}${base}search/?q=${encodeURIComponent('상담')}&${encodeURIComponent('종류')}=${encodeURIComponent('직업')}`,
      );
      await page.waitForSelector('main ol .search-hit');
      expect(new Set(await page.$$eval('main .search-hit__kind', (els) => els.map((e) => e.textContent)))).toEqual(new Set(['직업']));

      // Typing on the page keeps the address shareable.
      await page.locator('#search-page-input').fill('승무원');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('승무원');
    });

    it('without JavaScript the search page links to a full list of every page', async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(`${site.origin}${base}search/?q=x`);
      expect(await page.locator('main .search-more').isVisible()).toBe(false);
      await page.locator('main a', { hasText: '모든 페이지 목록 보기' }).click();
      expect(new URL(page.url()).pathname).toBe(`${base}search/all/`);
      const listed = await page.$$eval('#all-pages a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(listed).toContain(`${base}jobs/cs-manager/`);
      expect(listed).toContain(`${base}guides/field-overview/`);
      expect(listed.length).toBeGreaterThan(20);
      // The header offers the search page as a plain link.
      expect(await page.locator('.search-open--link').isVisible()).toBe(true);
    });

    it('a query that finds nothing offers a near spelling that does, and the list of all pages', async () => {
      const page = await newPage();
      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent('리셉숀')}`);
      const help = page.locator('main .search-help');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await page.locator('main .search-hit').count()).toBe(0);
      expect(await help.locator('a').getAttribute('href')).toBe(`${base}search/all/`);
      await help.locator('button', { hasText: '리셉션' }).click();
      await page.waitForSelector('main .search-hit');
      expect(await page.locator('main .search-form__input, main input[type=search]').first().inputValue()).toBe('리셉션');
      expect((await hrefs(page, 'main')).slice(0, 5)).toContain(`${base}jobs/hotel-front-desk/`);
      await expect.poll(() => help.isVisible()).toBe(false);

      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent('우주비행사')}`);
      await expect.poll(() => page.locator('main .search-help').isVisible()).toBe(true);
      expect(await page.locator('main .search-help button').count()).toBe(0);
      expect(await page.locator('main .search-help a').textContent()).toBe('모든 페이지 목록에서 찾아보기');
    });

    it('a job the site does not cover gets one line and the same words searched on 커리어넷 and 고용24, in the dialog too', async () => {
      const page = await newPage();
      const q = '은행 창구 직원';
      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('main .search-elsewhere:not([hidden])');
      const line = page.locator('main .search-elsewhere');
      expect(await line.textContent()).toContain(`"${q}"`);
      expect(await line.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]))).toEqual([
        ['커리어넷', careerNetSearchUrl(q)],
        ['고용24', work24SearchUrl(q)],
      ]);
      const axe = await new AxeBuilder({ page }).include('main').withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Control+k');
      await page.locator('#search-dialog-input').fill(q);
      await page.waitForSelector('.search-dialog .search-elsewhere:not([hidden])');

      // A job the site has: no such line, and its page first.
      await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent('승무원 되려면')}`);
      await page.waitForSelector('main .search-hit');
      expect((await hrefs(page, 'main'))[0]).toBe(`${base}jobs/flight-attendant/`);
      expect(await page.locator('main .search-elsewhere').isVisible()).toBe(false);
    });

    if (variant === siteVariants[0]) {
      it('results arriving on the search page move nothing already drawn (space kept for chips, status and results)', async () => {
        const page = await site.newPage({ viewport: { width: 390, height: 844 } });
        await page.addInitScript(() => {
          const w = window as unknown as { shifted: number };
          w.shifted = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!e.hadRecentInput) w.shifted += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        for (const q of ['고객관리', '유튜버']) {
          await page.goto(`${site.origin}${base}search/?q=${encodeURIComponent(q)}`);
          await page.waitForSelector('main .search-hit, main .search-help:not([hidden])');
          await page.waitForTimeout(300);
          // The header's search button replacing its link shifts a few pixels on every page; the results must add nothing.
          expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted), q).toBeLessThan(0.01);
        }
      });
    }
  });
}
