import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';

const slugs = ['agent-to-cx-leader', 'cabin-hotel-to-instructor', 'major-to-first-job', 'beyond-cs'];

describe('career path pages', () => {
  const site = useBrowser('subpath');

  for (const slug of slugs) {
    it(`${slug}: one named diagram shows at each width, followed by the same steps as a list`, async () => {
      for (const width of [390, 1280]) {
        const page = await site.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${site.origin}/career/paths/${slug}/`);
        const visible = page.locator('.path-diagram svg[role="img"]:visible');
        expect(await visible.count(), `visible diagrams at ${width}px`).toBe(1);
        const name = await visible.evaluate((svg) => {
          const ids = svg.getAttribute('aria-labelledby')!.split(' ');
          return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
        });
        expect(name).toContain('진로 경로 그림');
        const box = await visible.boundingBox();
        expect(box!.width).toBeLessThanOrEqual(width);
        const boxes = await visible.locator('rect').count();
        const steps = await page.locator('ol.path-steps > li').count();
        expect(boxes).toBe(steps);
        // The list comes right after the diagram.
        const order = await page.evaluate(() => {
          const fig = document.querySelector('.path-diagram')!;
          const list = document.querySelector('ol.path-steps')!;
          return fig.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
        });
        expect(order).toBeTruthy();
      }
    });
  }

  it('the index previews every path and links to it', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/paths/`);
    const hrefs = await page.locator('.path-cards a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toEqual(slugs.map((s) => `/career/paths/${s}/`));
    expect(await page.locator('.path-cards svg[aria-hidden="true"]').count()).toBe(slugs.length);
  });

  it('a job page links back to every path it appears in (listed in its table of contents), and a path step links to the job', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/career/jobs/contact-center-agent/`);
    const back = await page.locator('.related-paths a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(back).toEqual(['/career/paths/agent-to-cx-leader/', '/career/paths/major-to-first-job/', '/career/paths/beyond-cs/']);
    // The list ends 관련 직업, and the table of contents lists it just before 자료와 출처.
    const toc = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(toc.slice(-2)).toEqual(['#related-paths', '#sources']);
    await page.goto(`${site.origin}/career/paths/agent-to-cx-leader/`);
    const first = page.locator('ol.path-steps > li').first();
    expect(await first.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).toContain(
      '/career/jobs/contact-center-agent/',
    );
  });
});
