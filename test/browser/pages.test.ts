/**
 * Every built page under both bases: read as HTML (title, one h1, lang, in-page link targets) and
 * every internal link and asset fetched from the server. One page of each kind (the largest, so the
 * most components) is also opened in Chromium under both bases: no request to any outside host, and
 * links its scripts add are checked too; axe runs on it under the second base (/career/), where
 * the pages are the same as at / but for their addresses, unless the kind's own test runs it (AXE_ELSEWHERE).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { attribute, elementsOf, parsePage, textOf } from '../../src/lib/html-tree.ts';
import { WCAG_TAGS } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { kindedPages, largestOfEachKind } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

const AXE_BASE = siteVariants[siteVariants.length - 1]!.base;
/** Page kinds whose own test runs axe on more than this one would (the designer drawn, with edits, in both themes). */
const AXE_ELSEWHERE = new Map([['designer', 'test/browser/designer.test.ts']]);

for (const variant of siteVariants) {
  describe(`every built page at ${variant.base}`, () => {
    const pages = kindedPages(siteDir(variant), variant.base);
    const representatives = largestOfEachKind(pages).map((p) => ({
      ...p,
      axe: variant.base === AXE_BASE && !AXE_ELSEWHERE.has(p.kind ?? ''),
    }));
    const site = useBrowser(variant.name);
    let context: BrowserContext;
    let origin: string;
    /** Internal URLs (links, styles, scripts, images) seen on any page, with one page that uses each. */
    const references = new Map<string, string>();
    const refer = (url: URL, from: string) => {
      if (url.origin !== origin) return;
      url.hash = '';
      if (!references.has(url.href)) references.set(url.href, from);
    };

    beforeAll(async () => {
      origin = site.origin;
      context = await site.browser.newContext();
    });

    it('has pages of every kind, and every page is of a known kind', () => {
      expect(pages.length).toBeGreaterThan(3);
      expect(pages.filter((p) => p.kind === undefined).map((p) => p.path)).toEqual([]);
    });

    it('every page has a title, one h1, lang="ko" and a target for each in-page link', () => {
      const problems: string[] = [];
      for (const { file, path } of pages) {
        const doc = parsePage(readFileSync(file, 'utf8'));
        const ids = new Set<string>();
        const h1s: string[] = [];
        let title = '';
        let lang: string | undefined;
        const anchors: string[] = [];
        for (const el of elementsOf(doc)) {
          const id = attribute(el, 'id');
          if (id !== undefined) ids.add(id);
          if (el.tagName === 'html') lang = attribute(el, 'lang');
          if (el.tagName === 'title') title = textOf(el).trim();
          if (el.tagName === 'h1') h1s.push(textOf(el));
          const href = el.tagName === 'a' || el.tagName === 'link' ? attribute(el, 'href') : undefined;
          const raw = href ?? (['script', 'img', 'source'].includes(el.tagName) ? attribute(el, 'src') : undefined);
          if (raw === undefined) continue;
          if (href?.startsWith('#') && el.tagName === 'a' && href.length > 1) anchors.push(decodeURIComponent(href.slice(1)));
          refer(new URL(raw, `${origin}${path}`), path);
        }
        if (!title) problems.push(`${path}: no title`);
        if (h1s.length !== 1) problems.push(`${path}: ${h1s.length} h1`);
        if (lang !== 'ko') problems.push(`${path}: lang=${lang}`);
        for (const id of anchors) if (!ids.has(id)) problems.push(`${path}: in-page link #${id} has no target`);
        refer(new URL(`${origin}${path}`), path);
      }
      expect(problems).toEqual([]);
    });

    it.each(representatives)('$kind ($path) loads in Chromium with no outside requests (axe: $axe)', async ({ path, axe: runAxe }) => {
      const page = await context.newPage();
      // Requests are watched, not intercepted: routing every request through the test costs a
      // quarter of each page load, and a request that went out fails the test all the same.
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title()).not.toBe('');
      expect(await page.locator('h1').count()).toBe(1);

      // What the page's scripts drew counts too: its links and their in-page targets.
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
      for (const url of found.urls) refer(new URL(url), path);

      if (runAxe) {
        const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `axe violations on ${path}`).toEqual([]);
      }
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
        await res.arrayBuffer();
        if (res.status !== 200) broken.push(`${url} → ${res.status} (on ${from})`);
      }
      expect(broken).toEqual([]);
    });
  });
}
