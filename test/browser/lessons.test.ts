import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-fixture.ts';
import { siteVariants } from '../support/sites.ts';
import { expectHiddenInPrint } from '../support/print.ts';

describe('lesson designs in a browser', () => {
  const site = useBrowser('root');

  const visibleIds = (page: Page) =>
    page.$$eval('.lesson-index tbody tr', (rows) =>
      rows
        .filter((r) => !(r as HTMLElement).hidden)
        .map((r) => r.querySelector('a')!.getAttribute('href')!.replace(/\/$/, '').split('/').pop()!),
    );

  it('filters the index by job, unit, level and school level with labelled controls', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/lessons/`);
    const all = await visibleIds(page);
    expect(all).toContain('job-cs-manager');
    expect(all).toContain('unit-0201030201_21v3');

    await page.getByLabel('직업').selectOption('cs-manager');
    const forJob = await visibleIds(page);
    expect(forJob).toContain('job-cs-manager');
    expect(forJob).toContain('unit-0201030201_21v3');
    expect(forJob).not.toContain('job-telemarketer');
    expect(await page.locator('[data-lesson-count]').textContent()).toContain(`${all.length}개 가운데 ${forJob.length}개`);

    await page.getByLabel('NCS 수준').selectOption('5');
    const level5 = await visibleIds(page);
    expect(level5.length).toBeGreaterThan(0);
    expect(level5).not.toContain('unit-0201030210_21v4');

    await page.getByRole('button', { name: '조건 지우기' }).click();
    await expect.poll(() => visibleIds(page)).toEqual(all);

    await page.getByLabel('능력단위').selectOption('0201030201_21v3');
    const forUnit = await visibleIds(page);
    expect(forUnit).toContain('unit-0201030201_21v3');
    expect(forUnit).toContain('job-cs-manager');
    expect(forUnit).not.toContain('unit-0201030206_21v3');

    await page.getByLabel('능력단위').selectOption('');
    await page.getByLabel('학교급').selectOption('middle');
    const middle = await visibleIds(page);
    expect(middle).toContain('job-cs-manager');
    expect(middle).not.toContain('job-cs-manager-high');
    expect(middle.length * 2).toBe(all.length);
    expect(await page.locator('[data-school-section="high"]').isVisible()).toBe(false);
    expect(await page.locator('#school-middle').textContent()).toBe('중학교 설계서 (17개)');
    await page.getByLabel('학교급').selectOption('high');
    const high = await visibleIds(page);
    expect(high).toContain('job-cs-manager-high');
    expect(high).toContain('unit-0201030210_21v4-high');
    expect(high.every((id) => id.endsWith('-high'))).toBe(true);
  });

  it('draws a wrapped teacher blank as one box, not one dashed box per line', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.origin}/lessons/unit-0201030210_21v4/`);
    const blank = page.locator('.lesson-unit .lesson-blank').first();
    const boxes = await blank.evaluate((el) => ({ rects: el.getClientRects().length, height: el.getBoundingClientRect().height }));
    // The text wraps over several lines on a phone, yet it is one box.
    expect(boxes.height).toBeGreaterThan(60);
    expect(boxes.rects).toBe(1);
  });

  it("shows the 「고객 관리」 area of the same name on the unit page, as a quotation, never as the unit's criteria", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/ncs/units/0201030210_21v4/`);
    const section = page.locator('.lesson-vocational');
    expect(await section.locator('h2').textContent()).toBe('같은 이름의 전문교과 영역: 「고객 관계 관리」');
    expect(await section.locator('blockquote').count()).toBe(7);
    expect(await section.textContent()).toContain('수행준거가 아니라');
    expect(await page.locator('.doc__toc a[href="#vocational"]').count()).toBe(1);
    await page.goto(`${site.origin}/ncs/units/0201030201_21v3/`);
    expect(await page.locator('.lesson-vocational').count()).toBe(0);
  });

  it('is a plain full table without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/lessons/`);
    expect(await page.locator('[data-lesson-filter]').isVisible()).toBe(false);
    const rows = page.locator('.lesson-index tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
  });

  it('a 세분류 page lists the unit lesson designs of its units, in its table of contents, and the links open', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/ncs/02010302/`);
    expect(await page.locator('.doc__toc a[href="#lessons"]').count()).toBe(1);
    const links = page.locator('#lessons ~ ul.ncs-lessons a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Seven units, each with a middle- and a high-school design.
    expect(hrefs).toHaveLength(14);
    expect(hrefs).toContain('/lessons/unit-0201030201_21v3/');
    expect(hrefs).toContain('/lessons/unit-0201030201_21v3-high/');
    for (const h of hrefs) expect(h).toMatch(/^\/lessons\/unit-02010302\d{2}_\d{2}v\d+(-high)?\/$/);
    expect(await links.first().textContent()).toBe('고객 필요정보 제공');

    for (const h of hrefs) {
      const response = await page.goto(`${site.origin}${h}`);
      expect(response?.status(), h).toBe(200);
      expect(await page.locator('h1').count(), h).toBe(1);
    }
  });

  for (const variant of siteVariants) {
    it(`next to a design: a .docx button fed by the page's design data, and valid JSON (${variant.base})`, async () => {
      const origin = inject('siteOrigins')[variant.name]!;
      const page = await site.newPage();
      for (const id of ['job-cs-manager', 'unit-0201030201_21v3']) {
        await page.goto(`${origin}${variant.base}lessons/${id}/`);
        // The design data feeds the page's .docx button; it is no download of its own (a teacher has no use for it).
        expect(await page.locator('a.lesson-download[href$=".json"]').count()).toBe(0);
        const button = page.locator('button[data-lesson-docx]');
        expect(await button.isVisible()).toBe(true);
        const jsonHref = await button.getAttribute('data-lesson-docx');
        expect(jsonHref).toBe(`${variant.base}lessons/${id}/${id}.json`);
        // The site holds no .docx files: the browser makes them (test/browser/designer.test.ts).
        expect((await fetch(new URL(`${variant.base}lessons/${id}/${id}.docx`, origin))).status).toBe(404);

        const json = await fetch(new URL(jsonHref!, origin));
        expect(json.status).toBe(200);
        const data = JSON.parse(await json.text());
        expect(data.design.id).toBe(id);
        expect(await page.locator('h1').textContent()).toBe(data.design.title);
      }
    });
  }

  it('prints a design as a document: no download buttons or designer link, worksheet on its own page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/lessons/job-cs-manager/`);
    await page.emulateMedia({ media: 'print' });
    await expectHiddenInPrint(page, ['.lesson-downloads', '.lesson-regenerate', '.site-header', '.doc__toc']);
    expect(await page.locator('.lesson-worksheet').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.locator('.lesson-process').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
