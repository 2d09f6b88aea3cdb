import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { WCAG_TAGS } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { siteModel } from '../../src/site-content/site.ts';

const phone = { viewport: { width: 390, height: 844 } };
const jobs = [...siteModel('content').jobs].sort((a, b) => a.data.order - b.data.order);
const bar = '.job-bar';

/** Waits until the page has stopped scrolling (the site scrolls smoothly unless motion is reduced). */
async function settle(page: Page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(window.scrollY))));
    if (y === last) return;
    last = y;
    await page.waitForTimeout(60);
  }
}

/** Scrolls so that the h2 saying `text` is at the top of the window, then lets the bar catch up. */
async function scrollToPart(page: Page, text: string) {
  await page
    .locator('h2', { hasText: text })
    .first()
    .evaluate((h) => window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top));
  await settle(page);
}

const barText = (page: Page) =>
  page.locator(bar).evaluate((b) => ({
    shown: !(b as HTMLElement).hidden && b.getBoundingClientRect().height > 0,
    now: b.querySelector('[data-job-bar-now]')!.textContent,
    // The link's words as shown: where it leads (hidden when there is none), the part or page, the arrow.
    next: [...b.querySelectorAll<HTMLElement>('a > span')]
      .filter((s) => !s.hidden)
      .map((s) => s.textContent!.trim())
      .join(' '),
    href: b.querySelector('a')!.getAttribute('href'),
  }));

describe('a job page’s next step stays in sight on a phone', () => {
  const site = useBrowser('subpath');

  it('hidden on the first screen, then names the part being read and links the next one', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/jobs/telemarketer/`);
    expect((await barText(page)).shown).toBe(false);
    await scrollToPart(page, '되는 길');
    expect(await barText(page)).toMatchObject({ shown: true, now: '되는 길', next: '다음 임금과 전망 ↓' });
    await page.locator(`${bar} a`).click();
    await expect
      .poll(() => page.locator('h2', { hasText: '임금과 전망' }).evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThan(100);
    await expect.poll(async () => (await barText(page)).now).toBe('임금과 전망');
    expect((await barText(page)).next).toBe('다음 관련 직업 ↓');
  });

  it('in the last part it leads to the next job, and it steps aside when the pager shows', async () => {
    const page = await site.newPage(phone);
    const [job, nextJob] = [jobs[0]!, jobs[1]!];
    await page.goto(`${site.origin}/career/jobs/${job.id}/`);
    await scrollToPart(page, '관련 직업');
    const shortName = nextJob.data.title.replace(/\s*\(.*\)\s*$/, '');
    expect(await barText(page)).toMatchObject({
      shown: true,
      now: '관련 직업',
      next: `다음 직업 ${shortName} →`,
      href: `/career/jobs/${nextJob.id}/`,
    });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await barText(page)).shown).toBe(false);
    expect(await page.locator('.pager').isVisible()).toBe(true);
  });

  it('the last job leads on to the jobs list', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/jobs/${jobs.at(-1)!.id}/`);
    await scrollToPart(page, '관련 직업');
    expect(await barText(page)).toMatchObject({ shown: true, next: '다른 직업도 보기 →', href: '/career/jobs/' });
  });

  it('on a wide screen the contents beside the text do this job, and the bar never shows', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/career/jobs/cs-manager/`);
    await scrollToPart(page, '되는 길');
    expect(await page.locator(bar).isVisible()).toBe(false);
    expect(await page.locator('.doc__toc .toc').isVisible()).toBe(true);
  });

  /** Where the focused element is, and whether the shown bar covers it. */
  const focusState = (page: Page) =>
    page.evaluate((selector) => {
      const el = document.activeElement as HTMLElement | null;
      const b = document.querySelector<HTMLElement>(selector)!;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const shown = !b.hidden && b.getBoundingClientRect().height > 0;
      return {
        label: el.textContent!.trim().slice(0, 30),
        shown,
        under: shown && !b.contains(el) && r.bottom > b.getBoundingClientRect().top + 1,
        ring: getComputedStyle(el).outlineStyle !== 'none' && el.matches(':focus-visible'),
      };
    }, bar);

  it('tabbing through the whole page, the bar never covers the focused link', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/jobs/cs-manager/`);
    const covered: string[] = [];
    let sawBar = false;
    let steps = 0;
    for (; steps < 150; steps++) {
      await page.keyboard.press('Tab');
      await settle(page);
      const state = await focusState(page);
      if (state === null) break;
      if (steps > 0 && state.label === '본문으로 건너뛰기') break; // round the page and back to the start
      if (state.shown) sawBar = true;
      if (state.under) covered.push(state.label);
    }
    expect(steps).toBeGreaterThan(20);
    expect(sawBar).toBe(true);
    expect(covered).toEqual([]);
  });

  it('a link already on screen but under the bar is lifted above it when the keyboard reaches it', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/jobs/cs-manager/`);
    const links = page.locator('.pay-box__links a');
    // The 커리어넷 link wholly on screen but under the bar, the 고용24 link before it focused quietly.
    await links.nth(1).evaluate((a) => {
      document.documentElement.style.scrollBehavior = 'auto';
      window.scrollTo(0, window.scrollY + a.getBoundingClientRect().bottom - (window.innerHeight - 4));
      document.documentElement.style.scrollBehavior = '';
    });
    await settle(page);
    await links.nth(0).evaluate((a) => (a as HTMLElement).focus({ preventScroll: true }));
    expect((await barText(page)).shown).toBe(true);
    expect(await links.nth(1).evaluate((a) => a.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    await page.keyboard.press('Tab');
    await settle(page);
    expect(await focusState(page)).toMatchObject({ label: expect.stringContaining('커리어넷'), shown: true, under: false });
  });

  it('the bar’s link works from the keyboard, with a visible focus ring', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/jobs/cs-manager/`);
    await scrollToPart(page, '되는 길');
    await page.locator(`${bar} a`).focus();
    expect(await focusState(page)).toMatchObject({ shown: true, ring: true });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('h2', { hasText: '임금과 전망' }).evaluate((h) => Math.round(h.getBoundingClientRect().top)))
      .toBeLessThan(100);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations while it shows (${scheme} theme)`, async () => {
      const page = await site.newPage({ ...phone, colorScheme: scheme });
      await page.goto(`${site.origin}/career/jobs/flight-attendant/`);
      await scrollToPart(page, '되는 길');
      expect((await barText(page)).shown).toBe(true);
      const axe = await new AxeBuilder({ page }).include(bar).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
