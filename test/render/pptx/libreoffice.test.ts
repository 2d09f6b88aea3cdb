/**
 * The .pptx as LibreOffice Impress lays it out (converted to PDF, read back with poppler's
 * pdftotext): one page a planned slide, every line of Korean text there, and no text below where
 * the plan (deck-fit.ts) puts the bottom of the title, the body or a card — so nothing is cut off.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** A middle-school job series (situation cards), a one-period high-school design (long title and goals), a high-school unit lesson (task cards). */
beforeAll(async () => {
  const inputs = lessonInputs(loadSite('content'));
  const pick = (opts: Parameters<typeof resolveOptions>[1], id: string) =>
    buildLessonDesigns(inputs, resolveOptions(inputs.templates.defaults, opts)).find((d) => d.id === id)!;
  const designs = [
    pick({ jobs: ['cs-manager'], units: [] }, 'job-cs-manager'),
    pick({ jobs: ['cs-manager'], units: [], school: 'high', periods: 1 }, 'job-cs-manager-high'),
    pick({ jobs: [], units: ['0201030201_21v3'], school: 'high' }, 'unit-0201030201_21v3-high'),
  ];
  const files: string[] = [];
  for (const [i, design] of designs.entries()) {
    const deck = lessonDeck(design);
    const name = `deck${i}`;
    decks.set(name, deck);
    writeFileSync(join(work, `${name}.pptx`), await deckPptx(deck));
    files.push(join(work, `${name}.pptx`));
  }
  // A profile of its own, so a LibreOffice started by another test does not hold this one up.
  const profile = pathToFileURL(join(work, 'profile')).href;
  const soffice = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...files],
    {
      encoding: 'utf8',
      timeout: 150_000,
    },
  );
  if (soffice.status !== 0) throw new Error(`soffice failed: ${soffice.stderr}`);
  pages = new Map([...decks.keys()].map((name) => [name, readPdf(join(work, `${name}.pdf`))]));
}, 180_000);

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
    for (const [name, deck] of decks)
      deck.slides.forEach((slide, i) => {
        const words = pages.get(name)![i]!;
        const footer = pt(PAGE.footerTop);
        const title = words.filter((w) => w.yMax < pt(PAGE.bodyTop));
        const body = words.filter((w) => w.yMax >= pt(PAGE.bodyTop) && w.yMax < footer);
        expect(title.length, `${name} ${slide.id}`).toBeGreaterThan(0);
        for (const w of title)
          expect(w.yMax, `${name} ${slide.id} ${w.text}`).toBeLessThanOrEqual(pt(PAGE.titleTop + PAGE.titleHeight) + slack);
        const planned = pt(PAGE.bodyTop) + blocksLines(slide.children) * TYPE.bodyLine + slack;
        for (const w of body) expect(w.yMax, `${name} ${slide.id} ${w.text}`).toBeLessThanOrEqual(planned);
        for (const w of words) expect(w.xMax, `${name} ${slide.id} ${w.text}`).toBeLessThanOrEqual(pt(PAGE.width - PAGE.margin) + slack);
        // Below the body only the slide number.
        expect(
          words
            .filter((w) => w.yMax >= footer)
            .map((w) => w.text)
            .join(' '),
        ).toBe(`${i + 1} / ${deck.slides.length}`);
      });
  });
});
