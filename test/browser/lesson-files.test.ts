/**
 * A teacher takes both files of a unit design, the .docx to edit and the slides' .pptx, from every
 * place that offers them: its lesson page, and the designer (one unit, a two-unit series). Each
 * file is the bytes `npm run generate` writes for the same options, so what
 * test/render/pptx/libreoffice.test.ts proves of generated decks holds for these. Job designs'
 * buttons are checked in designer.test.ts and present.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLessons } from '../../src/cli/generate.ts';
import { useBrowser } from '../support/browser-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'lesson-files-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Place {
  what: string;
  /** The page's address under the site's base. */
  path: string;
  /** The buttons' names there. */
  docx: string;
  pptx: string;
  /** The same design from `npm run generate`. */
  cli: string[];
  id: string;
}

const PAGE_BUTTONS = { docx: '편집용 문서(.docx) 만들기', pptx: '발표 파일(.pptx) 만들기' };
const DESIGNER_BUTTONS = { docx: '편집용 문서(.docx) 내려받기', pptx: '발표 파일(.pptx) 내려받기' };
const SERIES = ['0201030201_21v3', '0201030206_21v3'];

const places: Place[] = [
  {
    what: 'a one-unit design’s lesson page',
    path: 'lessons/unit-0201030201_21v3/',
    ...PAGE_BUTTONS,
    cli: ['--unit', '0201030201_21v3'],
    id: 'unit-0201030201_21v3',
  },
  {
    what: 'the designer, a one-unit design',
    path: 'lessons/design/?unit=0201030206_21v3&school=high&periods=2',
    ...DESIGNER_BUTTONS,
    cli: ['--unit', '0201030206_21v3', '--school', 'high', '--periods', '2'],
    id: 'unit-0201030206_21v3-high',
  },
  {
    what: 'the designer, a two-unit series',
    path: `lessons/design/?${SERIES.map((u) => `unit=${u}`).join('&')}&school=middle&periods=3`,
    ...DESIGNER_BUTTONS,
    cli: [...SERIES.flatMap((u) => ['--unit', u]), '--school', 'middle', '--periods', '3'],
    id: `unit-${SERIES.join('+')}`,
  },
];

/** The two files `npm run generate` writes for a place's options. */
async function generated(place: Place, address: string): Promise<{ docx: Buffer; pptx: Buffer }> {
  const out = join(work, `cli-${place.id}`);
  // The designer names site pages by the address it was opened at; a built page by SITE_URL + base.
  const at = place.path.startsWith('lessons/design/') ? ['--address', address] : [];
  const result = await generateLessons([...place.cli, ...at, '--out', out]);
  if ('help' in result) throw new Error('help');
  const file = (ext: string) => readFileSync(join(out, place.id, `${place.id}.${ext}`));
  return { docx: file('docx'), pptx: file('pptx') };
}

async function downloadFrom(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const path = join(work, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('both files of a unit design, from every place that offers them', () => {
  const site = useBrowser('root');

  for (const place of places) {
    it(`${place.what}: the .docx and the .pptx, each the bytes npm run generate writes, under one Korean name`, async () => {
      const page = await site.newPage({ acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${site.origin}/${place.path}`);
      if (place.path.startsWith('lessons/design/')) await page.waitForSelector('[data-designer][data-state="ready"]');
      const docx = await downloadFrom(page, place.docx);
      const pptx = await downloadFrom(page, place.pptx);
      const cli = await generated(place, `${site.origin}/`);
      expect(docx.bytes.equals(cli.docx), 'docx').toBe(true);
      expect(pptx.bytes.equals(cli.pptx), 'pptx').toBe(true);
      expect(docx.name).toMatch(/[가-힣].*\.docx$/);
      expect(pptx.name).toBe(docx.name.replace(/\.docx$/, '.pptx'));
      expect(errors).toEqual([]);
    });
  }
});
