import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { generateLessons } from '../../src/cli/generate.ts';
import { docxText as documentText } from '../render/docx-text.ts';
import { WCAG_TAGS } from '../support/axe.ts';
import { useBrowser } from '../support/browser-fixture.ts';
import { siteVariants } from '../support/sites.ts';
import { expectHiddenInPrint } from '../support/print.ts';

const work = mkdtempSync(join(tmpdir(), 'designer-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HIGH2 = 'job=cs-manager&school=high&grade=2&periods=3&minutes=50';
/** Job designs have no teacher blank; a unit design keeps one (the unit's elements, not in the site's data). */
const UNIT_HIGH2 = 'unit=0201030210_21v4&school=high&grade=2&periods=3&minutes=50';

/** The .docx `npm run generate` writes for these command-line options. */
async function cliDocx(args: string[]): Promise<Map<string, Buffer>> {
  const out = mkdtempSync(join(work, 'cli-'));
  rmSync(out, { recursive: true });
  const files = new Map<string, Buffer>();
  const result = await generateLessons([...args, '--out', out]);
  if ('help' in result) throw new Error('help');
  for (const d of result.designs) files.set(d.id, readFileSync(join(out, d.id, `${d.id}.docx`)));
  return files;
}

async function openDesigner(page: Page, origin: string, base: string, query = ''): Promise<void> {
  await page.goto(`${origin}${base}lessons/design/${query ? `?${query}` : ''}`);
  await page.waitForSelector('[data-designer][data-state="ready"]');
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(work, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const overviewValue = (page: Page, label: string) =>
  page
    .locator('.lesson-keyvalue tr', { has: page.locator(`th:text-is("${label}")`) })
    .first()
    .locator('td')
    .textContent();

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

for (const variant of siteVariants) {
  describe(`수업 설계 도우미 at ${variant.base}`, () => {
    const site = useBrowser(variant.name);
    const origin = () => inject('siteOrigins')[variant.name]!;

    it('makes the 고2 · 3차시 · 50분 CS 매니저 design: same bytes as npm run generate, a Korean file name, text with the options, and LibreOffice opens it', async () => {
      const page = await site.newPage({ acceptDownloads: true });
      const errors = watchErrors(page);
      const outside: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin())) return route.continue();
        outside.push(url);
        return route.abort();
      });
      await openDesigner(page, origin(), variant.base, HIGH2);
      expect(await overviewValue(page, '대상')).toBe('고등학교 2학년');
      expect(await overviewValue(page, '차시 수와 시간')).toBe('3차시 (차시당 50분, 모두 150분)');

      const docxScripts = () =>
        page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /lesson-docx/.test(r.name)).length);
      expect(await docxScripts()).toBe(0);
      const { name, bytes } = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 내려받기' }).click());
      expect(await docxScripts()).toBe(1);
      expect(name).toBe('진로탐구_CS매니저_고2_3차시.docx');

      // The designer names the site's pages by the address it was opened at; the CLI is told the same one.
      const address = `${origin()}${variant.base}`;
      const cli = await cliDocx([
        '--job',
        'cs-manager',
        '--school',
        'high',
        '--grade',
        '2',
        '--periods',
        '3',
        '--minutes',
        '50',
        '--address',
        address,
      ]);
      expect(bytes.equals(cli.get('job-cs-manager-high')!)).toBe(true);

      const text = documentText(bytes);
      expect(text).toContain('고등학교 2학년');
      expect(text).toContain('3차시 (차시당 50분, 모두 150분)');
      expect(text).toContain('3차시 (50분)');

      if (variant.name === 'root') {
        const file = join(work, name);
        writeFileSync(file, bytes);
        const soffice = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, file], {
          encoding: 'utf8',
          timeout: 90_000,
        });
        expect(soffice.status, soffice.stderr).toBe(0);
        const pdf = readFileSync(file.replace(/\.docx$/, '.pdf'));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('a lesson page makes its .docx in the browser, byte-identical to npm run generate with the defaults', async () => {
      const page = await site.newPage({ acceptDownloads: true });
      await page.goto(`${origin()}${variant.base}lessons/job-cs-manager/`);
      const { name, bytes } = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 만들기' }).click());
      expect(name).toBe('진로탐구_CS매니저_중1-3_2차시.docx');
      // A lesson page names the site's pages by the address it was built for (SITE_URL and the base), as the CLI does.
      const cli = await cliDocx(['--job', 'cs-manager', ...(variant.siteUrl ? ['--address', `${variant.siteUrl}${variant.base}`] : [])]);
      expect(bytes.equals(cli.get('job-cs-manager')!)).toBe(true);
      const link = page.getByRole('link', { name: '수업 설계 도우미', exact: true });
      expect(await link.getAttribute('href')).toBe(
        `${variant.base}lessons/design/?job=cs-manager&school=middle&periods=2&minutes=45&activity=role-play`,
      );
    });
  });
}

describe('수업 설계 도우미: using it', () => {
  const site = useBrowser('root');
  const origin = () => inject('siteOrigins').root!;
  const base = siteVariants[0].base;

  it('every option can be chosen with the keyboard alone, and the design follows', async () => {
    const page = await site.newPage();
    await openDesigner(page, origin(), base, 'job=cs-manager');
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('name') ?? document.activeElement?.id ?? '');
    const tabTo = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await focused()) === name) return;
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await page.locator('body').focus();
    await tabTo('school');
    await page.keyboard.press('ArrowRight');
    await tabTo('grade');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo('periods');
    await page.keyboard.press('ArrowDown');
    await tabTo('minutes');
    await page.keyboard.type('40');
    await page.keyboard.press('Tab');
    await expect.poll(() => overviewValue(page, '차시 수와 시간')).toBe('3차시 (차시당 40분, 모두 120분)');
    expect(await overviewValue(page, '대상')).toBe('고등학교 2학년');
    expect(new URL(page.url()).search).toBe('?job=cs-manager&school=high&grade=2&periods=3&minutes=40&activity=role-play&style=haeyo');
    // The activity radio group: the second activity with the arrow key.
    await page.locator('input[name=activity]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('activity')).toBe('self-check');
    // The 문체 radio group: the 지도안 style with the arrow key.
    await page.locator('input[name=style]:checked').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('style')).toBe('plan');
  });

  it('finds units by name, code or 세분류 and makes a 2-unit 고객관리 series, without loading a list of every unit', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await openDesigner(page, origin(), base);
    await page.getByLabel('NCS 역량 수업 (능력단위 하나 이상)').check();
    await page.getByLabel('능력단위 이름이나 코드로 찾기').fill('고객 관계');
    await page.getByRole('button', { name: '고객 관계 관리 더하기' }).click();
    await page.getByLabel('능력단위 이름이나 코드로 찾기').fill('0201030201');
    await page.getByRole('button', { name: '고객관리 계획 수립 더하기' }).click();
    await expect.poll(() => page.locator('[data-chosen] li').count()).toBe(2);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('unit')).toEqual(['0201030210_21v4', '0201030201_21v3']);
    // Two units make ONE series: a period for each, no choice of designs, both units in the NCS table.
    expect(await page.locator('[data-design-choice]').isHidden()).toBe(true);
    const title = await page.locator('#designer-design-title').textContent();
    expect(title).toContain('고객 관계 관리');
    expect(title).toContain('고객관리 계획 수립');
    expect(await overviewValue(page, '차시 수와 시간')).toBe('2차시 (차시당 45분, 모두 90분)');
    const preview = (await page.locator('[data-design]').textContent()) ?? '';
    expect(preview).toContain('0201030210_21v4');
    expect(preview).toContain('0201030201_21v3');
    const docx = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 내려받기' }).click());
    expect(docx.name).toBe('NCS역량수업_고객관계관리외1_중1-3_2차시.docx');
    expect(documentText(docx.bytes)).toContain('고객관리 계획 수립');

    await page.getByLabel('세분류로 찾기').selectOption('02010302');
    await expect.poll(() => page.locator('[data-results] li').count()).toBeGreaterThan(5);

    const data = requested.filter((p) => p.includes('/lessons/design/data/'));
    expect(data.some((p) => p.endsWith('/units/02010302.json'))).toBe(true);
    expect(data.filter((p) => p.includes('/units/')).every((p) => /\/units\/\d{8}\.json$/.test(p))).toBe(true);
    const index = JSON.parse(readFileSync(join('.test-dist', 'root', 'lessons/design/data/index.json'), 'utf8'));
    expect(JSON.stringify(index)).not.toContain('0201030210_21v4');
  });

  it('keeps her words: title, a goal and a blank of a unit design survive a reload and reach the .docx', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openDesigner(page, origin(), base, UNIT_HIGH2);
    const title = page.getByRole('textbox', { name: '단원명' });
    await title.fill('우리 반 고객 관계 관리');
    const blank = page.getByRole('textbox', { name: /^선생님이 채워요/ }).first();
    await blank.fill('1. 신규 고객 유형 분류하기');
    await page.getByRole('textbox', { name: '학습목표 1' }).fill('고객을 만나는 직업의 하루를 말할 수 있어요.');
    await page.locator('body').click();
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('[data-designer][data-state="ready"]');
    expect(await page.locator('#designer-design-title').textContent()).toBe('우리 반 고객 관계 관리');
    expect(
      await page
        .getByRole('textbox', { name: /^선생님이 채워요/ })
        .first()
        .textContent(),
    ).toBe('1. 신규 고객 유형 분류하기');
    expect(new URL(page.url()).search).toBe(`?${UNIT_HIGH2}`);

    const { bytes } = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 내려받기' }).click());
    const text = documentText(bytes);
    expect(text).toContain('우리 반 고객 관계 관리');
    expect(text).toContain('1. 신규 고객 유형 분류하기');
    expect(text).toContain('고객을 만나는 직업의 하루를 말할 수 있어요.');
    await context.close();
  });

  describe('a series of two 고객관리 units (특성화고 고2)', () => {
    const SERIES = 'unit=0201030201_21v3&unit=0201030206_21v3&school=high&grade=2&periods=2&minutes=50';
    const blanks = (page: Page) => page.getByRole('textbox', { name: /^선생님이 채워요/ });

    async function writeInSeries(page: Page): Promise<void> {
      await openDesigner(page, origin(), base, SERIES);
      await page.getByRole('textbox', { name: '단원명' }).fill('고객관리 두 차시');
      await page.getByRole('textbox', { name: '학습목표 2' }).fill('고객 정보를 분류해 응대 계획에 쓸 수 있다.');
      // Left in the field: the words are saved when the page goes away.
      await blanks(page).first().fill('우리 학교 실습실 예약 문의');
    }

    it('keeps her words through a reload', async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const errors = watchErrors(page);
      await writeInSeries(page);
      // A reload right after typing (no pause for the delayed save).
      await page.reload();
      await page.waitForSelector('[data-designer][data-state="ready"]');
      expect(new URL(page.url()).search).toBe(`?${SERIES}`);
      expect(await page.locator('#designer-design-title').textContent()).toBe('고객관리 두 차시');
      expect(await page.getByRole('textbox', { name: '학습목표 2' }).textContent()).toBe('고객 정보를 분류해 응대 계획에 쓸 수 있다.');
      expect(await blanks(page).first().textContent()).toBe('우리 학교 실습실 예약 문의');
      expect(await page.locator('[data-kept]').isHidden()).toBe(true);
      expect(await page.locator('[data-status]').textContent()).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('saves a file that opens on a fresh browser with her words, and the .docx holds them', async () => {
      const first = await site.newPage({ acceptDownloads: true });
      await writeInSeries(first);
      const saved = await downloadFrom(first, () => first.getByRole('button', { name: '설계 파일로 저장' }).click());
      expect(saved.name).toBe('NCS역량수업_고객관리계획수립외1_고2_2차시_설계파일.json');

      const context = await site.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await openDesigner(page, origin(), base, 'job=telemarketer');
      await page.locator('#designer-file').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
      await expect.poll(() => page.locator('[data-status]').textContent()).toBe('설계 파일을 열었어요.');
      expect(new URL(page.url()).search).toBe(`?${SERIES}`);
      expect(await page.locator('#designer-design-title').textContent()).toBe('고객관리 두 차시');
      expect(await blanks(page).first().textContent()).toBe('우리 학교 실습실 예약 문의');
      const docx = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 내려받기' }).click());
      const text = documentText(docx.bytes);
      for (const words of ['고객관리 두 차시', '고객 정보를 분류해 응대 계획에 쓸 수 있다.', '우리 학교 실습실 예약 문의'])
        expect(text).toContain(words);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('its .docx without edits is the same bytes as npm run generate with the same units', async () => {
      const page = await site.newPage({ acceptDownloads: true });
      await openDesigner(page, origin(), base, SERIES);
      const docx = await downloadFrom(page, () => page.getByRole('button', { name: '편집용 문서(.docx) 내려받기' }).click());
      const cli = await cliDocx([
        '--unit',
        '0201030201_21v3',
        '--unit',
        '0201030206_21v3',
        '--school',
        'high',
        '--grade',
        '2',
        '--periods',
        '2',
        '--minutes',
        '50',
      ]);
      expect(docx.bytes.equals(cli.get('unit-0201030201_21v3+0201030206_21v3-high')!)).toBe(true);
    });
  });

  it('words that no longer fit the design are listed in her words and kept, through a reload', async () => {
    const context = await site.browser.newContext();
    // What a browser holds after the site changed the title of this design: her title replaced an older one.
    await context.addInitScript(() => {
      if (localStorage.getItem('cs-career.lesson-designer') !== null) return;
      const edits = { 'job-cs-manager': { title: { from: '예전 틀의 단원명', to: '우리 반 CS 매니저 탐구' } } };
      localStorage.setItem(
        'cs-career.lesson-designer',
        JSON.stringify({ kind: 'cs-career-lesson-design', formatVersion: 1, query: '', edits }),
      );
    });
    const page = await context.newPage();
    for (let i = 0; i < 2; i++) {
      if (i === 0) await openDesigner(page, origin(), base, 'job=cs-manager');
      else {
        await page.reload();
        await page.waitForSelector('[data-designer][data-state="ready"]');
      }
      const kept = page.locator('[data-kept]');
      expect(await kept.isVisible()).toBe(true);
      const text = (await kept.textContent()) ?? '';
      expect(text).toContain('단원명');
      expect(text).toContain('예전 틀의 단원명');
      expect(text).toContain('우리 반 CS 매니저 탐구');
      expect(text).not.toMatch(/job-cs-manager|title/);
    }
    const stored = await page.evaluate(() => localStorage.getItem('cs-career.lesson-designer'));
    expect(stored).toContain('우리 반 CS 매니저 탐구');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '보관한 글 1 지우기' }).click();
    await expect.poll(() => page.locator('[data-kept]').isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('cs-career.lesson-designer'))).not.toContain('우리 반 CS 매니저 탐구');
    await context.close();
  });

  it('saves the design as a file that opens again on a fresh browser; bad, damaged and newer files change nothing', async () => {
    const first = await site.newPage({ acceptDownloads: true });
    await openDesigner(first, origin(), base, 'job=cs-manager&school=high&periods=4');
    await first.getByRole('textbox', { name: '단원명' }).fill('저장해 둔 설계');
    await first.locator('body').click();
    const saved = await downloadFrom(first, () => first.getByRole('button', { name: '설계 파일로 저장' }).click());
    expect(saved.name).toMatch(/^진로탐구_CS매니저_고1-3_4차시_설계파일\.json$/);

    const page = await site.newPage();
    const errors = watchErrors(page);
    await openDesigner(page, origin(), base, 'job=telemarketer');
    const before = await page.locator('[data-design]').innerHTML();
    const open = (name: string, buffer: Buffer) =>
      page.locator('#designer-file').setInputFiles({ name, mimeType: 'application/json', buffer });
    const status = page.locator('[data-status]');

    await open('photo.json', Buffer.from('\x89PNG not a design'));
    await expect.poll(() => status.textContent()).toContain('수업 설계 파일이 아니에요');
    await open('other.json', Buffer.from(JSON.stringify({ hello: 1 })));
    await expect.poll(() => status.textContent()).toContain('설계 도우미가 저장한 설계 파일이 아니에요');
    const good = JSON.parse(saved.bytes.toString('utf8'));
    await open('newer.json', Buffer.from(JSON.stringify({ ...good, formatVersion: 9 })));
    await expect.poll(() => status.textContent()).toContain('더 새로운 도우미');
    await open('damaged.json', Buffer.from(JSON.stringify({ ...good, edits: { 'job-cs-manager': { title: { from: 1 } } } })));
    await expect.poll(() => status.textContent()).toContain('손상됐어요');
    expect(await page.locator('[data-design]').innerHTML()).toBe(before);
    expect(new URL(page.url()).searchParams.get('job')).toBe('telemarketer');

    await open('good.json', saved.bytes);
    await expect.poll(() => page.locator('#designer-design-title').textContent()).toBe('저장해 둔 설계');
    expect(await overviewValue(page, '차시 수와 시간')).toBe('4차시 (차시당 50분, 모두 200분)');
    expect(errors).toEqual([]);
  });

  it('hostile or bad addresses get a Korean message beside the option, safe defaults, and nothing runs', async () => {
    const page = await site.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      (window as unknown as { hacked: number }).hacked = 0;
    });
    const script = '<script>window.hacked=1</script>';
    const img = '<img src=x onerror="window.hacked=2">';
    const query = new URLSearchParams([
      ['job', script],
      ['periods', '9'],
      ['minutes', 'abc'],
      ['grade', img],
      ['school', '"><svg onload=window.hacked=3>'],
      ['activity', 'dance'],
    ]);
    await openDesigner(page, origin(), base, query.toString());
    const problem = (field: string) => page.locator(`[data-problem="${field}"]`).textContent();
    expect(await problem('job')).toContain('직업은 없어요');
    expect(await problem('periods')).toContain('"9"는 쓸 수 없어요 (1~4)');
    expect(await problem('minutes')).toContain('"abc"');
    expect(await problem('grade')).toContain('<img src=x');
    expect(await problem('school')).toContain('학교급');
    expect(await problem('activity')).toContain('"dance"');
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(5);
    expect(await overviewValue(page, '차시 수와 시간')).toBe('2차시 (차시당 45분, 모두 90분)');
    expect(await page.locator('[data-designer] img, [data-designer] svg script, [data-designer] script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked: number }).hacked)).toBe(0);

    await openDesigner(page, origin(), base, 'unit=9999999999_99v9&unit=0201030201_21v3&unit=%3Cb%3E');
    expect(await problem('unit')).toContain('"9999999999_99v9"라는 능력단위는 없어요');
    expect(await problem('unit')).toContain('"<b>"는 능력단위 코드 꼴');
    expect(new URL(page.url()).searchParams.getAll('unit')).toEqual(['0201030201_21v3']);

    // Fewer periods than units: said next to 차시 수, and no unit is left out.
    await openDesigner(page, origin(), base, 'unit=0201030201_21v3&unit=0201030210_21v4&periods=1');
    expect(await problem('periods')).toContain('능력단위 2개를 한 연속 수업으로 만들려면');
    expect(await overviewValue(page, '차시 수와 시간')).toBe('2차시 (차시당 45분, 모두 90분)');
    expect(await page.locator('#designer-design-title').textContent()).toContain('고객 관계 관리');
    expect(errors).toEqual([]);
  });

  it('keeps working offline once loaded: other options redraw the design from what it already has', async () => {
    const page = await site.newPage();
    await openDesigner(page, origin(), base, HIGH2);
    await page.context().setOffline(true);
    await page.getByLabel('차시 수').selectOption('4');
    await expect.poll(() => overviewValue(page, '차시 수와 시간')).toBe('4차시 (차시당 50분, 모두 200분)');
    await page.getByLabel('중학교').check();
    await expect.poll(() => overviewValue(page, '대상')).toBe('중학교 2학년');
    expect(await page.locator('[data-status]').textContent()).toBe('');
  });

  it('says what it needs without JavaScript and links to the ready-made designs', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${base}lessons/design/`);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('.designer-noscript').isVisible()).toBe(true);
    expect(await page.locator('.designer-noscript').textContent()).toContain('자바스크립트가 켜져 있어야');
    expect(await page.locator('[data-designer]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '미리 만든 수업 설계서 보기' }).getAttribute('href')).toBe('/lessons/');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations and valid HTML once drawn, with edits in place (${theme} theme)`, async () => {
      const context = await site.browser.newContext();
      await context.addInitScript((t) => localStorage.setItem('theme', t), theme);
      const page = await context.newPage();
      await openDesigner(page, origin(), base, 'unit=0201030201_21v3&unit=0201030210_21v4&school=high');
      await page
        .getByRole('textbox', { name: /^선생님이 채워요/ })
        .first()
        .fill('채운 칸');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The teacher's fields are contenteditable spans with role="textbox", not <input>: her words flow in
      // the design's own text, and print as text.
      const validator = new HtmlValidate({
        extends: ['html-validate:standard', 'html-validate:a11y'],
        rules: { 'prefer-native-element': ['error', { exclude: ['textbox'] }] },
      });
      const report = await validator.validateString(await page.content());
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`))).toEqual([]);
      await context.close();
    });
  }

  it('prints the design alone on A4', async () => {
    const page = await site.newPage();
    await openDesigner(page, origin(), base, HIGH2);
    await page.emulateMedia({ media: 'print' });
    await expectHiddenInPrint(page, ['.designer-form', '.designer-actions', '.site-header', '.doc__head']);
    expect(await page.locator('#designer-design-title').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
