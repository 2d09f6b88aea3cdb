/**
 * The .pptx as LibreOffice Impress lays it out (converted to PDF, read back with poppler's
 * pdftotext): one page a planned slide, every line of Korean text there, and no text below where
 * the plan (deck-fit.ts) puts the bottom of the title, the body or a card — so nothing is cut off.
 *
 * By default three decks made here. `PPTX_DIRS=out1:out2 npx vitest run test/render/pptx/libreoffice.test.ts`
 * checks instead every .pptx that `npm run generate -- --out outN` wrote there (each beside its
 * design's .json, from which the planned deck is built), and keeps the PDFs and one PNG per slide
 * in each folder's `pdf/` to look at.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLessonDesigns } from '../../../src/model/lesson/build.ts';
import { lessonInputs } from '../../../src/model/lesson/from-site.ts';
import { resolveOptions } from '../../../src/model/lesson/options.ts';
import { lessonDeck } from '../../../src/model/lesson/document/deck.ts';
import { blocksLines } from '../../../src/model/lesson/document/deck-fit.ts';
import { inlineText } from '../../../src/model/lesson/document/walk.ts';
import type { DeckRoot } from '../../../src/model/lesson/document/nodes.ts';
import type { LessonDesign } from '../../../src/model/lesson/types.ts';
import { deckPptx } from '../../../src/render/pptx/deck-pptx.ts';
import { PAGE, TYPE } from '../../../src/render/pptx/style.ts';
import { loadSite } from '../../../src/site-content/load-site.ts';
import { unescapeXml } from './xml-text.ts';
import { slideLines } from '../../model/lesson/document/slide-text.ts';

interface Word {
  text: string;
  yMax: number;
  xMax: number;
}

const work = mkdtempSync(join(tmpdir(), 'pptx-lo-'));
const decks = new Map<string, DeckRoot>();
let pages: Map<string, Word[][]>;

const generated = (process.env.PPTX_DIRS ?? '').split(':').filter(Boolean);

/** Converts the .pptx files to PDF in `outdir` and reads each PDF's words by page. */
function convert(files: { name: string; path: string }[], outdir: string): void {
  // A profile of its own, so a LibreOffice started by another test does not hold this one up.
  const profile = pathToFileURL(join(work, 'profile')).href;
  const soffice = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files.map((f) => f.path)],
    { encoding: 'utf8', timeout: 150_000 + 15_000 * files.length },
  );
  if (soffice.status !== 0) throw new Error(`soffice failed: ${soffice.stderr}`);
}

/** Every .pptx `npm run generate` wrote in `dir`, the deck planned from its design's .json beside it. */
function generatedDecks(dir: string): void {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { id: string; files: { pptx: string; json: string } }[];
  const pdf = join(dir, 'pdf');
  mkdirSync(pdf, { recursive: true });
  const files = index.map((entry) => {
    const { design } = JSON.parse(readFileSync(join(dir, entry.files.json), 'utf8')) as { design: LessonDesign };
    const name = `${dir}:${entry.id}`;
    decks.set(name, lessonDeck(design));
    return { name, path: join(dir, entry.files.pptx) };
  });
  expect(files.length).toBeGreaterThan(0);
  const pdfOf = (path: string) =>
    join(
      pdf,
      path
        .split('/')
        .at(-1)!
        .replace(/\.pptx$/, '.pdf'),
    );
  const stale = files.filter((f) => !existsSync(pdfOf(f.path)) || statSync(pdfOf(f.path)).mtimeMs < statSync(f.path).mtimeMs);
  if (stale.length > 0) convert(stale, pdf);
  for (const f of files) {
    const file = pdfOf(f.path);
    pages.set(f.name, readPdf(file));
    if (stale.includes(f)) spawnSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
  }
}

/** A middle-school job series (situation cards), a one-period high-school design (long title and goals), a high-school unit lesson (task cards). */
beforeAll(async () => {
  pages = new Map();
  if (generated.length > 0) {
    for (const dir of generated) generatedDecks(dir);
    return;
  }
  const inputs = lessonInputs(loadSite('content'));
  const pick = (opts: Parameters<typeof resolveOptions>[1], id: string) =>
    buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, opts)).find((d) => d.id === id)!;
  const designs = [
    pick({ jobs: ['cs-manager'], units: [] }, 'job-cs-manager'),
    pick({ jobs: ['cs-manager'], units: [], school: 'high', periods: 1 }, 'job-cs-manager-high'),
    pick({ jobs: [], units: ['0201030201_21v3'], school: 'high' }, 'unit-0201030201_21v3-high'),
  ];
  const files: { name: string; path: string }[] = [];
  for (const [i, design] of designs.entries()) {
    const deck = lessonDeck(design);
    const name = `deck${i}`;
    decks.set(name, deck);
    writeFileSync(join(work, `${name}.pptx`), await deckPptx(deck));
    files.push({ name, path: join(work, `${name}.pptx`) });
  }
  convert(files, work);
  for (const { name } of files) pages.set(name, readPdf(join(work, `${name}.pdf`)));
}, 1_800_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function readPdf(file: string): Word[][] {
  const out = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
  return out.stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMax: Number(m[1]),
        yMax: Number(m[2]),
        text: unescapeXml(m[3]!),
      })),
    );
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** A word that is only closing punctuation, which may hang at the end of a line. */
const HANGING = /^[.,!?)\]」』”’…·:;]+$/;
const pt = (inches: number) => inches * 72;

describe('the .pptx in LibreOffice Impress', () => {
  it('gives one page a planned slide', () => {
    for (const [name, deck] of decks) expect(pages.get(name)!.length, name).toBe(deck.slides.length);
  });

  it('shows every line of Korean text of every slide, whole and in order', () => {
    for (const [name, deck] of decks)
      deck.slides.forEach((slide, i) => {
        const text = squeeze(
          pages
            .get(name)!
            [i]!.map((w) => w.text)
            .join(''),
        );
        let from = 0;
        for (const line of [inlineText(slide.title), ...slideLines(slide.children)]) {
          const at = text.indexOf(squeeze(line), from);
          expect(at, `${name} ${slide.id}: ${line}`).toBeGreaterThanOrEqual(from);
          from = at + squeeze(line).length;
        }
      });
  });

  it('cuts nothing off: titles, bodies and cards end where the plan ends them, inside the slide', () => {
    const slack = 6;
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => void (ok || problems.push(what));
    for (const [name, deck] of decks)
      deck.slides.forEach((slide, i) => {
        const words = pages.get(name)![i]!;
        const at = `${name} ${slide.id}`;
        const footer = pt(PAGE.footerTop);
        const title = words.filter((w) => w.yMax < pt(PAGE.bodyTop));
        const body = words.filter((w) => w.yMax >= pt(PAGE.bodyTop) && w.yMax < footer);
        check(title.length > 0, `${at}: no title`);
        const titleEnd = pt(PAGE.titleTop + PAGE.titleHeight) + slack;
        for (const w of title) check(w.yMax <= titleEnd, `${at}: title word "${w.text}" ends at ${w.yMax} pt, below ${titleEnd}`);
        const planned = pt(PAGE.bodyTop) + blocksLines(slide.children) * TYPE.bodyLine + slack;
        for (const w of body) check(w.yMax <= planned, `${at}: "${w.text}" ends at ${w.yMax} pt, below the planned ${planned}`);
        for (const w of words) {
          // Korean typesetting (Impress and PowerPoint alike: the master's hangingPunct) lets a
          // closing mark hang past the box into the margin; it stays well inside the slide.
          const right = HANGING.test(w.text) ? pt(PAGE.width - PAGE.margin / 2) : pt(PAGE.width - PAGE.margin) + slack;
          check(w.xMax <= right, `${at}: "${w.text}" ends at ${w.xMax} pt, right of ${right}`);
        }
        // Below the body only the slide number.
        const below = words
          .filter((w) => w.yMax >= footer)
          .map((w) => w.text)
          .join(' ');
        check(below === `${i + 1} / ${deck.slides.length}`, `${at}: below the body "${below}"`);
      });
    expect(problems).toEqual([]);
  });
});
