/**
 * The whole way from an official NCS file to the site, with hostile names everywhere: every
 * free-text field of a copy of content/ and every name and text of an imported NCS file (the
 * 고객관리 export in the official Excel format, through npm run import:ncs) ends in HOSTILE, a string
 * that breaks out of HTML text and attributes if anything writes it unescaped. The site built from
 * them must show it as the text it is, on every page, in the designer and in search results, and hold
 * no element or attribute the content did not ask for.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribute, childrenOf, elementsOf, isElement, isText, parsePage, textOf, type HtmlNode } from '../../src/lib/html-tree.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { writeNcsXlsx } from '../../src/ncs-import/official-writers.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { customerManagementFixture } from '../fixtures/ncs/customer-management.ts';
import { readZip } from '../render/read-zip.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildStep } from '../support/build-env.ts';
import { builtPages } from '../support/built-pages.ts';
import { hostileCatalog, HOSTILE, poisonContent } from '../support/hostile-content.ts';
import { pageKind, PAGE_KINDS } from '../support/page-kinds.ts';
import { testDistRoot } from '../support/sites.ts';
import { serveSite } from '../support/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
const content = join(work, 'content');
// Inside the project: Astro's prerender chunks must resolve the project's packages.
const dist = join(testDistRoot, 'hostile');
const UNIT = '0201030201_21v3';

const step = (command: string, args: string[], env: Record<string, string> = {}) => buildStep({ content, dist }, command, args, env);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  // SKIP_SITE_BUILD=1 reuses the last hostile build, as it does the other test builds.
  if (process.env.SKIP_SITE_BUILD !== '1' || !existsSync(join(dist, 'index.html'))) await buildHostileSite();
  server = await serveSite(dist, '/');
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function buildHostileSite() {
  rmSync(dist, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  poisonContent(content);
  const xlsx = join(work, 'hostile-ncs.xlsx');
  await writeNcsXlsx(xlsx, hostileCatalog(customerManagementFixture));
  step('node', ['scripts/import-ncs.ts', xlsx, '--duty', '02010302', '--out', join(content, 'ncs')]);
  step('astro', ['build', '--silent'], { SITE_CACHE_DIR: join(work, 'cache') });
  step('node', ['scripts/write-lesson-files.ts', '--dist', dist]);
  step('node', ['scripts/index-search.ts', '--dist', dist]);
}

/** HOSTILE up to its single quote, unencoded. */
const RAW_START = HOSTILE.trim().slice(0, HOSTILE.trim().indexOf("'"));

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What HOSTILE would have made had it been written as markup, found in a parsed page. */
function injected(page: HtmlNode): string[] {
  const found: string[] = [];
  for (const el of elementsOf(page)) {
    if (el.tagName === 'img' && attribute(el, 'src') === 'x') found.push('<img src=x>');
    if (el.tagName === 'script') {
      const text = textOf(el);
      // A data island may carry the names, as JSON that still parses (so nothing ended it early).
      if (attribute(el, 'type') === 'application/json') {
        if (!parsesAsJson(text)) found.push('<script type=application/json> cut');
      } else if (text.includes('alert(')) found.push('<script>alert…');
    }
    for (const { name, value } of el.attrs) {
      if (name.startsWith('on')) found.push(`${el.tagName}[${name}]`);
      // An attribute may hold the whole string (a label) or an encoded form of it (an address, a file
      // name), never its raw beginning without its end: that is a value a quote cut short.
      if (value.includes(RAW_START) && !value.includes(HOSTILE.trim())) found.push(`${el.tagName}[${name}] cut: ${value.slice(0, 80)}`);
    }
  }
  return found;
}

/** The text a reader sees: everything but scripts, styles and templates. */
function visibleText(node: HtmlNode): string {
  if (isText(node)) return node.value;
  if (isElement(node) && ['script', 'style', 'template', 'head'].includes(node.tagName)) return '';
  return childrenOf(node).map(visibleText).join('');
}

/** Page kinds that show no content field of their own (the designer draws its design in the browser, checked below; /teachers/ holds only UI strings). */
const NO_CONTENT = new Set(['not found', 'search', 'designer', 'teachers']);

describe('a site whose content and imported NCS data hold hostile names', () => {
  it('every built page parses to the elements the site wrote, with the names as literal text', () => {
    const pages = builtPages(dist, '/');
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    const shownOn = new Map<string, number>();
    for (const { file, path } of pages) {
      const tree = parsePage(readFileSync(file, 'utf8'));
      for (const p of injected(tree)) problems.push(`${path}: ${p}`);
      const text = visibleText(tree);
      if (text.includes('&amp;amp;') || text.includes('&lt;img')) problems.push(`${path}: escaped twice`);
      const kind = pageKind(path.slice(1)) ?? `unknown: ${path}`;
      if (text.includes(HOSTILE.trim())) shownOn.set(kind, (shownOn.get(kind) ?? 0) + 1);
    }
    expect(problems).toEqual([]);
    const kinds = PAGE_KINDS.map(([kind]) => kind).filter((kind) => !NO_CONTENT.has(kind));
    expect(
      kinds.filter((kind) => !shownOn.has(kind)),
      'kinds of page that never show the names',
    ).toEqual([]);
  });

  it('the imported unit’s elements and criteria reach its page and its lesson as text', () => {
    const unitPage = visibleText(parsePage(readFileSync(join(dist, 'ncs', 'units', UNIT, 'index.html'), 'utf8')));
    expect(unitPage).toContain(`(예시) 시험용 요소 1${HOSTILE}`);
    expect(unitPage).toContain(`(예시) 시험용 수행준거 2.3${HOSTILE}`);
    for (const path of [`ncs/units/${UNIT}`, `lessons/unit-${UNIT}`]) {
      const text = visibleText(parsePage(readFileSync(join(dist, path, 'index.html'), 'utf8')));
      expect(text, path).toContain(`(예시) 시험용 수행준거 1.1${HOSTILE}`);
    }
  });

  it('the .docx made from a design holds the names as text in well-formed XML', async () => {
    const json = readFileSync(join(dist, 'lessons', `unit-${UNIT}`, `unit-${UNIT}.json`), 'utf8');
    // The site holds no .docx: the lesson page's button makes it in the browser from this data, as here.
    expect(existsSync(join(dist, 'lessons', `unit-${UNIT}`, `unit-${UNIT}.docx`))).toBe(false);
    const docx = readZip(await lessonDocx((JSON.parse(json) as { design: LessonDesign }).design));
    expect(docx.get('word/document.xml')!.toString('utf8')).toContain('(예시) 시험용 요소 2');
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      const xml = docx.get(part)!.toString('utf8');
      expect(xml, part).not.toContain('<img');
      expect(xml, part).not.toContain('<script');
      expect(xml, part).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  describe('in Chromium', () => {
    const dialogs: string[] = [];
    const open = async (path: string): Promise<Page> => {
      const page = await (await browser.newContext()).newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.origin}${path}`);
      return page;
    };
    /** Elements and attributes HOSTILE would make in the live DOM, after scripts ran. */
    const liveInjections = (page: Page) =>
      page.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('<img src=x>');
          if (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes('alert(')) found.push('<script>alert…');
          for (const a of el.attributes) if (a.name.startsWith('on')) found.push(`${el.tagName}[${a.name}]`);
        }
        return found;
      });

    it('the designer draws a design of the imported unit and a job with the names as text', async () => {
      for (const query of [`unit=${UNIT}`, 'job=cs-manager']) {
        const page = await open(`/lessons/design/?${query}`);
        await page.waitForSelector('[data-designer][data-state="ready"]');
        expect(await liveInjections(page), query).toEqual([]);
        expect(await page.locator('main').innerText(), query).toContain(HOSTILE.trim());
        await page.context().close();
      }
      expect(dialogs).toEqual([]);
    });

    it.each([
      ['markup', HOSTILE, `${HOSTILE.trim().slice(0, 40)}…`],
      ['a path, a hidden reversal and a zero-width mark', '../../../etc/\u202Epasswd\u200B', '../../../etc/passwd'],
      ['a very long value', `${'가'.repeat(300)}x`, `${'가'.repeat(40)}…`],
    ])('the designer answers an address with %s in Korean, as text, fetching nothing it names', async (_, value, echoed) => {
      const page = await (await browser.newContext()).newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (['fetch', 'xhr'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
      });
      await page.goto(`${server.origin}/lessons/design/?unit=${encodeURIComponent(value)}&school=${encodeURIComponent(value)}`);
      await page.waitForSelector('[data-designer][data-state="ready"]');
      expect(await liveInjections(page)).toEqual([]);
      const problems = await page.locator('[data-problem="unit"]').innerText();
      expect(problems).toContain('능력단위 코드');
      expect(problems).toContain(`"${echoed}"`);
      expect(problems).not.toMatch(/[\u200B\u202E]/);
      expect(await page.locator('[data-problem="school"]').innerText()).toMatch(/[가-힣]/);
      // Only the designer's own data files, none named by the address.
      expect(fetched.filter((p) => !p.startsWith('/lessons/design/data/') || p.includes('passwd'))).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.context().close();
    });

    it('search finds the names and shows them, and a hostile query, as text', async () => {
      for (const q of ['onerror', HOSTILE]) {
        const page = await open(`/search/?q=${encodeURIComponent(q)}`);
        await page.waitForSelector('main .search-status:not(:empty)');
        if (q === 'onerror') {
          await page.waitForSelector('main .search-hit');
          const titles = await page.locator('main .search-hit__title').allTextContents();
          expect(
            titles.some((t) => t.includes(HOSTILE.trim())),
            titles.join('\n'),
          ).toBe(true);
        }
        expect(await liveInjections(page), q).toEqual([]);
        await page.context().close();
      }
      expect(dialogs).toEqual([]);
    });
  });
});
