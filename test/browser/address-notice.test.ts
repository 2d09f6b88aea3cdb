/**
 * The notice at the top of a page shown where the site was not built to be: opened from disk, a /
 * build served under /career2/, a /career/ build moved to /jinro/. At the wrong path the site's
 * CSS and scripts do not load, which these servings reproduce; the notice must still show, in
 * Korean, with the two paths, and make no request. Served where it belongs, no page shows it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { siteDir, siteVariants } from '../support/sites.ts';
import { serveSite } from '../support/static-server.ts';

const [root, subpath] = siteVariants;
let browser: Browser;
const servers: { close: () => Promise<void> }[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** The page at `url` with every request it made; the notice's text, or null when there is none. */
async function open(url: string): Promise<{ page: Page; notice: string | null; requests: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // The notice is made while the page is read, before anything else loads.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const box = page.locator('#address-notice');
  const notice = (await box.count()) > 0 && (await box.isVisible()) ? await box.innerText() : null;
  return { page, notice, requests };
}

/** A built site served under another base than its own, as a web server would. */
async function servedAt(dir: string, base: string): Promise<string> {
  const server = await serveSite(dir, base);
  servers.push(server);
  return `${server.origin}${base}`;
}

describe('a site shown where it was not built to be says so at the top', () => {
  it('opened from disk (file://), on any page', async () => {
    for (const path of ['index.html', 'jobs/cs-manager/index.html']) {
      const { notice, page } = await open(pathToFileURL(join(siteDir(root), path)).href);
      expect(notice, path).toContain('웹 주소(http:// 또는 https://)로 열어야 해요');
      expect(notice).toContain('npm run preview');
      await page.context().close();
    }
  });

  it('a / build served under /career2/', async () => {
    const at = await servedAt(siteDir(root), '/career2/');
    for (const path of ['', 'jobs/cs-manager/']) {
      const { page, notice, requests } = await open(`${at}${path}`);
      expect(notice, path).toContain('다른 주소에 올리도록 만들어졌어요');
      expect(notice).toContain('맨 위(/) 경로에 올릴 파일이 /career2/ 경로에서 열려 있어서');
      expect(notice).toContain('SITE_BASE=/career2/');
      // Above everything else, though the stylesheet did not load.
      expect((await page.locator('#address-notice').boundingBox())!.y).toBeLessThan(40);
      expect(requests.every((u) => u.startsWith(new URL(at).origin))).toBe(true);
      await page.context().close();
    }
  });

  it('a /career/ build moved to /jinro/, and its 404 page there', async () => {
    const at = await servedAt(siteDir(subpath), '/jinro/');
    const { page, notice } = await open(`${at}jobs/cs-manager/`);
    expect(notice).toContain('/career/ 경로에 올릴 파일이 /jinro/ 경로에서 열려 있어서');
    expect(notice).toContain('SITE_BASE=/jinro/');
    await page.context().close();
    const missing = await open(`${at}no-such-page/`);
    expect(missing.notice).toContain('/career/ 경로에 올릴 파일이 다른 경로에서 열려 있어서');
    expect(missing.notice).toContain('파일을 /career/ 경로로 옮기거나');
    await missing.page.context().close();
  });

  it('says nothing where the site belongs, on any page kind, the 404 page included', async () => {
    const origins = inject('siteOrigins');
    for (const [variant, origin] of [
      [root, origins.root!],
      [subpath, origins.subpath!],
    ] as const) {
      const page = await (await browser.newContext()).newPage();
      for (const path of ['', 'jobs/cs-manager/', 'lessons/design/', 'no-such-page/', 'index.html']) {
        await page.goto(`${origin}${variant.base}${path}`, { waitUntil: 'domcontentloaded' });
        expect(await page.locator('#address-notice').count(), `${variant.base}${path}`).toBe(0);
      }
      await page.context().close();
    }
  });
});
