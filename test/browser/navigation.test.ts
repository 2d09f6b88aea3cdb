import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-fixture.ts';

const phone = { viewport: { width: 390, height: 844 } };
const desktop = { viewport: { width: 1280, height: 900 } };
const menu = 'nav[aria-label="주 메뉴"]';

/** Paths (under the base) of the links in the main menu, closed menus included. */
async function menuTargets(page: Page): Promise<string[]> {
  return page.locator(`${menu} a`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('the main menu: students first, teachers behind one door', () => {
  const site = useBrowser('subpath');

  it('links the self-check and, under 궁금해요, the FAQ and the guides students ask about', async () => {
    const page = await site.newPage(desktop);
    await page.goto(`${site.origin}/career/jobs/telemarketer/`);
    const targets = await menuTargets(page);
    expect(targets).toContain('/career/self-check/');
    expect(targets).toContain('/career/guides/faq/');
    for (const guide of ['emotional-labour', 'certificates', 'getting-a-job']) expect(targets).toContain(`/career/guides/${guide}/`);
    // The students' doors come first; 수업 설계 and NCS are no longer doors of their own.
    const top = await page.locator(`${menu} > ul > li > a, ${menu} > ul > li > details > summary`).allTextContents();
    expect(top.map((t) => t.trim())).toEqual(['직업', '진로 경로', '나에게 맞는 직업 찾기', '궁금해요', '선생님 자료']);
  });

  it('the teachers’ door opens with one click and holds the lesson designs and the NCS pages', async () => {
    const page = await site.newPage(desktop);
    await page.goto(`${site.origin}/career/`);
    const lessons = page.locator(`${menu} a[href="/career/lessons/"]`);
    await expect.poll(() => lessons.isVisible()).toBe(false);
    await page.getByText('선생님 자료', { exact: true }).click();
    await expect.poll(() => lessons.isVisible()).toBe(true);
    expect(await page.locator(`${menu} a[href="/career/ncs/"]`).isVisible()).toBe(true);
    await lessons.click();
    await page.waitForURL(`${site.origin}/career/lessons/`);
    // On a teachers' page the door itself is marked as the current part of the site.
    expect(await page.locator(`${menu} .nav-menu--teachers summary`).getAttribute('aria-current')).toBe('true');
  });

  it('opens and closes with the keyboard: Enter opens, Tab reaches the links, Escape closes and returns focus', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/`);
    const summary = page.locator(`${menu} .nav-menu--questions summary`);
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      href: (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused.href).toBe('/career/guides/faq/');
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Escape');
    expect(await page.locator(`${menu} .nav-menu--questions`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opening one menu closes the other, and a click elsewhere closes both', async () => {
    const page = await site.newPage(desktop);
    await page.goto(`${site.origin}/career/`);
    const open = () => page.locator(`${menu} details`).evaluateAll((ds) => ds.map((d) => (d as HTMLDetailsElement).open));
    await page.locator(`${menu} .nav-menu--questions summary`).click();
    await page.locator(`${menu} .nav-menu--teachers summary`).click();
    await expect.poll(open).toEqual([false, true]);
    await page.locator('h1').click();
    await expect.poll(open).toEqual([false, false]);
  });

  it('on a phone every door is on screen, none hidden sideways', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/career/`);
    const boxes = await page.locator(`${menu} > ul > li`).evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().right));
    expect(boxes).toHaveLength(5);
    for (const right of boxes) expect(right).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('the home page asks the students’ questions first', () => {
  const site = useBrowser('root');

  it('its first section after the title is the students’ questions, and the teachers’ note comes last', async () => {
    const page = await site.newPage(phone);
    await page.goto(`${site.origin}/`);
    const headings = (await page.locator('main h2').allTextContents()).map((t) => t.trim());
    expect(headings[0]).toBe('무엇이 궁금해요?');
    expect(headings.at(-1)).toBe('선생님이세요?');
    // The first question card is on the first phone screen.
    const first = await page.locator('.home-questions .card').first().boundingBox();
    expect(first && first.y + first.height).toBeLessThanOrEqual(844);
    // The pay question goes straight to the FAQ's answer.
    expect(await page.locator('.home-questions a', { hasText: '돈은 얼마나 벌어요?' }).getAttribute('href')).toMatch(/^\/guides\/faq\/#/);
  });

  it('the 궁금해요 page lists every FAQ question as a link to its answer', async () => {
    const page = await site.newPage(desktop);
    await page.goto(`${site.origin}/questions/`);
    const links = await page.locator('.question-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const href of links) expect(href).toMatch(/^\/guides\/faq\/#.+/);
    await page.goto(`${site.origin}/guides/faq/`);
    for (const href of links) {
      const id = decodeURIComponent(href.split('#')[1]!);
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
  });
});
