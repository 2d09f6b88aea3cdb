import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLessons } from '../../src/cli/generate.ts';
import { lessonDeck } from '../../src/model/lesson/document/deck.ts';
import { lessonPptx } from '../../src/render/pptx/lesson-pptx.ts';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import { readZip } from '../render/read-zip.ts';
import { WCAG_TAGS } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'present-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const design = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager')!;
const deck = lessonDeck(design);
const count = deck.slides.length;
const indexOf = (id: string) => deck.slides.findIndex((s) => s.id === id);

describe('수업 화면 (present mode)', () => {
  const site = useBrowser('root');
  const url = (hash = '') => `${site.origin}/lessons/job-cs-manager/slides/${hash}`;

  const shown = (page: Page) =>
    page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((s) => !s.hidden);
      return {
        ids: visible.map((s) => s.id),
        position: document.querySelector('[data-present-position]')?.textContent ?? '',
        hash: location.hash,
        clock: document.querySelector<HTMLElement>('[data-present-clock]')!.hidden
          ? null
          : document.querySelector('[data-present-clock]')!.textContent,
      };
    });
  const at = async (page: Page, id: string) => {
    const s = await shown(page);
    expect(s.ids).toEqual([id]);
    expect(s.position).toBe(`${indexOf(id) + 1} / ${count}`);
  };

  it('moves with the keys a keyboard and a clicker send, and keeps its place in the address', async () => {
    const page = await site.newPage();
    await page.goto(url());
    await at(page, 'p1');
    expect((await shown(page)).hash).toBe('');
    for (const key of ['PageDown', 'ArrowRight', 'Space', 'ArrowDown']) await page.keyboard.press(key);
    await at(page, deck.slides[4]!.id);
    expect((await shown(page)).hash).toBe(`#${deck.slides[4]!.id}`);
    for (const key of ['PageUp', 'ArrowLeft', 'Shift+Space']) await page.keyboard.press(key);
    await at(page, deck.slides[1]!.id);
    await page.keyboard.press('End');
    await at(page, deck.slides.at(-1)!.id);
    await page.keyboard.press('PageDown');
    await at(page, deck.slides.at(-1)!.id);
    await page.keyboard.press('Home');
    await at(page, 'p1');
    await page.keyboard.press('ArrowLeft');
    await at(page, 'p1');
    // A reload (or a link) opens the slide the address names.
    await page.goto(url('#p2-s4'));
    await at(page, 'p2-s4');
    expect(await page.getByRole('group', { name: `${count}장 중 ${indexOf('p2-s4') + 1}번째` }).isVisible()).toBe(true);
  });

  it('works by keyboard alone: every control in tab order with a visible focus ring, Space on a button presses it', async () => {
    const page = await site.newPage();
    await page.goto(url('#p1-s1'));
    const names: string[] = [];
    for (let i = 0; i < 40 && names.length < 12; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          name: el.textContent?.trim() ?? '',
          outline: style.outlineStyle,
          width: style.outlineWidth,
          inPresent: !!el.closest('[data-present]'),
        };
      });
      if (!info.inPresent) continue;
      expect(info.outline, info.name).not.toBe('none');
      expect(parseFloat(info.width)).toBeGreaterThanOrEqual(2);
      names.push(info.name);
      if (info.name === '시간 재기 시작') {
        await page.keyboard.press('Space');
        expect(await page.getByRole('button', { name: '시간 재기 멈춤' }).getAttribute('aria-pressed')).toBe('true');
        // Space on the button pressed it; it did not also turn the slide.
        await at(page, 'p1-s1');
      }
    }
    expect(names).toEqual(expect.arrayContaining(['← 이전', '다음 →', '시간 재기 시작', '처음 시간으로', '선생님 메모 보기']));
    // The notes open and close from the keyboard and show the teacher's lines of this slide.
    await page.getByRole('button', { name: '선생님 메모 보기' }).focus();
    await page.keyboard.press('Enter');
    const notes = page.locator('#present-notes');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain(design.periodPlans[0]!.steps[0]!.teacher[0] as string);
    await page.keyboard.press('ArrowRight');
    expect(await notes.textContent()).toContain(design.periodPlans[0]!.steps[1]!.teacher[0] as string);
  });

  it('shows a timer for each step: T starts and pauses it, R sets it back, card slides run on their step, another step pauses it', async () => {
    const page = await site.newPage();
    const start = new Date('2026-03-02T09:00:00+09:00');
    await page.clock.install({ time: start });
    await page.goto(url('#p2-s4'));
    // Time stands still between steps of the test, and moves only by runFor.
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    const minutes = design.periodPlans[1]!.steps[3]!.minutes;
    const nextMinutes = design.periodPlans[1]!.steps[4]!.minutes;
    expect((await shown(page)).clock).toBe(`${minutes}:00`);
    await page.keyboard.press('t');
    await page.clock.runFor(61_000);
    expect((await shown(page)).clock).toBe(`${minutes - 2}:59`);
    // Its situation cards keep the step's timer running.
    await page.keyboard.press('PageDown');
    await at(page, 'p2-s4-situation-cards-1');
    await page.clock.runFor(60_000);
    expect((await shown(page)).clock).toBe(`${minutes - 3}:59`);
    // The next step shows its own time, not running; the step before is paused where it was.
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
    await at(page, 'p2-s5');
    expect((await shown(page)).clock).toBe(`${nextMinutes}:00`);
    await page.clock.runFor(30_000);
    expect((await shown(page)).clock).toBe(`${nextMinutes}:00`);
    await page.keyboard.press('PageUp');
    await at(page, 'p2-s4-situation-cards-8');
    expect((await shown(page)).clock).toBe(`${minutes - 3}:59`);
    // Past the planned time it counts on, marked, and says so once.
    await page.keyboard.press('t');
    await page.clock.runFor(5 * 60_000);
    expect((await shown(page)).clock).toMatch(/^\+\d+:\d\d$/);
    expect(await page.locator('[data-present-clock]').getAttribute('class')).toContain('present__clock--over');
    expect(await page.locator('[data-present-status]').textContent()).toBe('정해진 시간이 다 됐어요.');
    await page.keyboard.press('r');
    expect((await shown(page)).clock).toBe(`${minutes}:00`);
    expect(await page.getByRole('button', { name: '시간 재기 시작' }).getAttribute('aria-pressed')).toBe('false');
    // Title, goals and closing slides have no timer, and T does nothing there.
    await page.keyboard.press('Home');
    expect((await shown(page)).clock).toBeNull();
    await page.keyboard.press('t');
    expect(await page.getByRole('button', { name: '시간 재기 시작' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('works offline once loaded: with the network gone it asks for nothing and still moves and times', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(url());
    await page.waitForLoadState('networkidle');
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url()));
    await context.setOffline(true);
    await page.route('**/*', (route) => route.abort());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (let i = 0; i < count; i++) await page.keyboard.press('PageDown');
    await at(page, deck.slides.at(-1)!.id);
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    await expect
      .poll(async () => (await shown(page)).clock, { timeout: 10_000 })
      .not.toBe(`${design.periodPlans[0]!.steps[1]!.minutes}:00`);
    await page.getByRole('button', { name: '선생님 메모 보기' }).click();
    // Chromium looks at the tab icon again when the address changes (from its cache, offline); the page asks for nothing.
    expect(asked.filter((u) => !u.endsWith('/favicon.svg'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('goes full screen with F or its button, the slide filling the screen, and back', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url('#p1-s2'));
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-present') ?? false)).toBe(true);
    expect(await page.getByRole('button', { name: '전체 화면 끝내기' }).isVisible()).toBe(true);
    const box = await page.locator('#p1-s2').boundingBox();
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  it('in a 1280×720 window, a move brings the slide and its controls into view below the page heading', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url());
    const inView = () =>
      page.evaluate(() => {
        const top = document.querySelector('.present__stage')!.getBoundingClientRect().top;
        const bottom = document.querySelector('[data-present-controls]')!.getBoundingClientRect().bottom;
        return top >= 0 && bottom <= innerHeight + 1;
      });
    expect(await inView()).toBe(false);
    await page.keyboard.press('PageDown');
    expect(await inView()).toBe(true);
    await page.getByRole('button', { name: /다음/ }).click();
    await page.keyboard.press('PageUp');
    expect(await inView()).toBe(true);
    await at(page, deck.slides[1]!.id);
  });

  it('in a window wider than the page, sets every slide at its own size: text and timer inside the slide', async () => {
    const page = await site.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(url());
    await page.keyboard.press('t');
    const problems: string[] = [];
    for (const slide of deck.slides) {
      problems.push(
        ...(await page.evaluate((id) => {
          const el = document.getElementById(id)!;
          const box = el.getBoundingClientRect();
          const inside = (r: DOMRect) =>
            r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          const out: string[] = [];
          const clock = document.querySelector<HTMLElement>('[data-present-clock]')!;
          if (!clock.hidden && !inside(clock.getBoundingClientRect())) out.push(`${id}: the timer is outside the slide`);
          const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let t = texts.nextNode(); t; t = texts.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(t);
            if (t.textContent!.trim() && !inside(range.getBoundingClientRect()))
              out.push(`${id}: "${t.textContent!.trim()}" runs out of the slide`);
          }
          return out;
        }, slide.id)),
      );
      await page.keyboard.press('PageDown');
    }
    expect(problems).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations and valid HTML on a step, and on a card with the notes open (${theme} theme)`, async () => {
      const context = await site.browser.newContext();
      await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
      const page = await context.newPage();
      for (const hash of ['#p1-s2', '#p2-s4-situation-cards-1']) {
        await page.goto(url(hash));
        if (hash !== '#p1-s2') await page.getByRole('button', { name: '선생님 메모 보기' }).click();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(
          axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          hash,
        ).toEqual([]);
      }
      const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
      const report = await validator.validateString(await page.content());
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
      await context.close();
    });
  }

  it('shows every slide one under another without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.locator('[data-slide]:visible').count()).toBe(count);
    expect(await page.locator('[data-present-controls]').isVisible()).toBe(false);
  });

  it('makes the .pptx in the browser, byte-identical to the generator, under a Korean file name, loading its code only when asked', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(url());
    const pptxScripts = () =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /lesson-pptx|pptxgen/.test(r.name)).length);
    expect(await pptxScripts()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '발표 파일(.pptx) 내려받기' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('진로탐구_CS매니저_중1-3_2차시.pptx');
    const path = join(work, 'browser.pptx');
    await download.saveAs(path);
    expect(readFileSync(path).equals(Buffer.from(await lessonPptx(design)))).toBe(true);
    expect(await pptxScripts()).toBeGreaterThan(0);
    expect(await page.locator('[data-file-status]').textContent()).toContain('내려받았어요');
  });
});

describe('the slides beside the .docx', () => {
  const site = useBrowser('root');

  /** The .pptx `npm run generate` writes for these options. */
  async function cliPptx(args: string[], id: string): Promise<Buffer> {
    const out = join(work, `cli-${Date.now()}`);
    const result = await generateLessons([...args, '--out', out]);
    if ('help' in result) throw new Error('help');
    return readFileSync(join(out, id, `${id}.pptx`));
  }
  async function downloadFrom(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const path = join(work, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('a lesson page opens its 수업 화면 and makes its .pptx next to the .docx, the same bytes as npm run generate', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.origin}/lessons/job-cs-manager/`);
    const open = page.getByRole('link', { name: '수업 화면(슬라이드) 열기' });
    expect(await open.getAttribute('href')).toBe('/lessons/job-cs-manager/slides/');
    const { name, bytes } = await downloadFrom(page, '발표 파일(.pptx) 만들기');
    expect(name).toBe('진로탐구_CS매니저_중1-3_2차시.pptx');
    expect(bytes.equals(await cliPptx(['--job', 'cs-manager'], 'job-cs-manager'))).toBe(true);
    expect(await page.locator('[data-file-status]').textContent()).toBe(`${name} 파일을 내려받았어요.`);
    await open.click();
    await page.waitForURL('**/lessons/job-cs-manager/slides/');
  });

  it('the designer makes the .pptx of the design she sees, her own goal on its slide, loading the code only when asked', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.origin}/lessons/design/?job=cs-manager&school=high&grade=2&periods=3&minutes=50`);
    await page.waitForSelector('[data-designer][data-state="ready"]');
    const pptxScripts = () =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /lesson-pptx/.test(r.name)).length);
    expect(await pptxScripts()).toBe(0);
    const plain = await downloadFrom(page, '발표 파일(.pptx) 내려받기');
    expect(plain.name).toBe('진로탐구_CS매니저_고2_3차시.pptx');
    const args = ['--job', 'cs-manager', '--school', 'high', '--grade', '2', '--periods', '3', '--minutes', '50'];
    expect(plain.bytes.equals(await cliPptx(args, 'job-cs-manager-high'))).toBe(true);
    expect(await pptxScripts()).toBe(1);

    await page.getByRole('textbox', { name: '학습목표 1' }).fill('우리 반이 만난 CS 매니저의 하루를 말할 수 있어요.');
    const edited = await downloadFrom(page, '발표 파일(.pptx) 내려받기');
    const slides = [...readZip(edited.bytes)]
      .filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
      .map(([, xml]) => xml.toString('utf8'));
    expect(slides.some((xml) => xml.includes('우리 반이 만난 CS 매니저의 하루를 말할 수 있어요.'))).toBe(true);
  });
});
