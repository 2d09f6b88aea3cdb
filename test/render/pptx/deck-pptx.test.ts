import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteLessonDesigns } from '../../../src/site-content/site.ts';
import type { LessonDesign } from '../../../src/model/lesson/types.ts';
import { lessonDeck } from '../../../src/model/lesson/document/deck.ts';
import {} from '../../../src/model/lesson/document/deck-fit.ts';
import { inlineText } from '../../../src/model/lesson/document/walk.ts';
import type { DeckRoot } from '../../../src/model/lesson/document/nodes.ts';
import { deckPptx } from '../../../src/render/pptx/deck-pptx.ts';
import { FIXED_DOS_DATE } from '../../../src/render/docx/fixed-zip-time.ts';
import { readZip } from '../read-zip.ts';
import { unescapeXml } from './xml-text.ts';
import { slideLines } from '../../model/lesson/document/slide-text.ts';

let design: LessonDesign;
let deck: DeckRoot;
let pptx: Uint8Array;
let parts: Map<string, Buffer>;
beforeAll(async () => {
  design = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager')!;
  deck = lessonDeck(design);
  pptx = await deckPptx(deck);
  parts = readZip(pptx);
});
afterEach(() => {
  vi.useRealTimers();
});

const part = (name: string) => parts.get(name)?.toString('utf8') ?? '';
const decode = unescapeXml;
/** The text of a slide part, paragraph by paragraph. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')))
    .filter((t) => t !== '');

describe('lesson slides as .pptx', () => {
  it('has one slide a planned slide, 16:9, each with its title, its lines in order and its number', () => {
    const slides = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(deck.slides.length);
    expect(part('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    deck.slides.forEach((slide, i) => {
      const text = paragraphs(part(`ppt/slides/slide${i + 1}.xml`));
      expect(text, slide.id).toEqual([inlineText(slide.title), ...slideLines(slide.children), `${i + 1} / ${deck.slides.length}`]);
    });
  });

  it('keeps Korean text whole and sets it in Malgun Gothic for Latin and East Asian script, marked Korean', () => {
    const xml = part('ppt/slides/slide3.xml');
    expect(xml).toContain('떠오르는 낱말을 하나씩 말해요.');
    expect(xml).toMatch(/<a:ea typeface="Malgun Gothic"/);
    expect(xml).toMatch(/<a:latin typeface="Malgun Gothic"/);
    expect(xml).toMatch(/lang="ko-KR"/);
    // Type large enough for the back of a room: titles 40 pt, body 28 pt, nothing under 14 pt.
    const sizes = [...part('ppt/slides/slide3.xml').matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
    expect(sizes).toEqual(expect.arrayContaining([40, 28]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });

  it('puts teacher lines and materials in the speaker notes, never on the slide', () => {
    const step = design.periodPlans[0]!.steps[1]!;
    const index = deck.slides.findIndex((s) => s.step === 'p1-s2') + 1;
    const notes = decode(part(`ppt/notesSlides/notesSlide${index}.xml`));
    const slide = decode(part(`ppt/slides/slide${index}.xml`));
    for (const line of [...step.teacher, ...step.materials]) {
      expect(notes).toContain(line as string);
      expect(slide).not.toContain(line as string);
    }
  });

  it('gives the same bytes every time, whatever the clock says: fixed zip times and document dates', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T13:45:00Z'));
    const later = await deckPptx(deck);
    expect(Buffer.from(later).equals(Buffer.from(pptx))).toBe(true);
    const view = new DataView(pptx.buffer, pptx.byteOffset);
    expect(view.getUint16(12, true)).toBe(FIXED_DOS_DATE);
    const core = part('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>');
    expect(core).toContain(`<dc:title>${design.title}</dc:title>`);
    expect(core).not.toMatch(/PptxGenJS/);
    expect(part('docProps/app.xml')).not.toMatch(/PptxGenJS/);
  });

  it('is compressed: a two-period deck is well under 200 kB', () => {
    expect(pptx.byteLength).toBeLessThan(200_000);
    // Stored (uncompressed) entries would make it several times larger.
    const unpacked = [...parts.values()].reduce((sum, b) => sum + b.byteLength, 0);
    expect(unpacked).toBeGreaterThan(2 * pptx.byteLength);
  });
});
