import { beforeAll, describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { FIXED_DOS_DATE } from '../../src/render/docx/fixed-zip-time.ts';
import { lessonJson } from '../../src/render/lesson-json.ts';
import { readZip } from './read-zip.ts';

let design: LessonDesign;
let docx: Uint8Array;
let xml: string;
beforeAll(async () => {
  design = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager')!;
  docx = await lessonDocx(design);
  xml = readZip(docx).get('word/document.xml')!.toString('utf8');
});

describe('lesson .docx', () => {
  it('is a zip with the parts Word needs', () => {
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    const parts = [...readZip(docx).keys()];
    expect(parts).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it('gives the same bytes every time (fixed zip times and document dates)', async () => {
    const again = await lessonDocx(design);
    expect(Buffer.from(again).equals(Buffer.from(docx))).toBe(true);
    const view = new DataView(docx.buffer, docx.byteOffset);
    expect(view.getUint16(12, true)).toBe(FIXED_DOS_DATE);
    const core = readZip(docx).get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('2026-01-01T00:00:00Z');
    expect(core).toContain(`<dc:title>${design.title}</dc:title>`);
  });

  it("links every page of the site it names, with the page's address and a QR code that reads back, the same bytes every time", async () => {
    const address = 'https://school.example.kr/career/';
    const withAddress = await lessonDocx(design, { siteAddress: address });
    expect(Buffer.from(await lessonDocx(design, { siteAddress: address })).equals(Buffer.from(withAddress))).toBe(true);
    const parts = readZip(withAddress);
    const doc = parts.get('word/document.xml')!.toString('utf8');
    const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    const pages = design.periodPlans.flatMap((p) => p.steps.flatMap((s) => s.pages));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const url = new URL(page.route, address).href;
      expect(doc).toContain(`<w:t xml:space="preserve">${url}</w:t>`);
      const id = new RegExp(`Id="(rIdSiteLink\\d+)"[^>]*Target="${url.replace(/[.?]/g, '\\$&')}" TargetMode="External"`).exec(rels)?.[1];
      expect(id, url).toBeDefined();
      expect(doc).toContain(`r:id="${id}"`);
    }
    const images = [...parts.keys()].filter((k) => k.startsWith('word/media/'));
    expect(images.length).toBe(new Set(pages.map((p) => p.route)).size);
    // Without the site's address, no link and no QR code: the page's place in the site and where the rest comes from.
    expect(xml).not.toContain('rIdSiteLink');
    expect(xml).toContain('이 사이트 주소 뒤에 /jobs/cs-manager/');
  });

  it('is A4 with a Korean font set for East Asian text', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = readZip(docx).get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/w:eastAsia="Malgun Gothic"/);
  });

  it('has real headings and tables whose header rows repeat on each page', () => {
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    const tables = xml.match(/<w:tbl>/g)?.length ?? 0;
    // overview, plan, one process table per period, assessment, rubric, NCS
    expect(tables).toBeGreaterThanOrEqual(5 + design.periods);
    expect(xml.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(design.periods + 3);
  });

  it('carries the model text: title, every process step and the period totals', () => {
    expect(xml).toContain(design.title);
    for (const p of design.periodPlans) {
      for (const s of p.steps) expect(xml).toContain(s.element);
      expect(xml).toContain(`${p.steps.reduce((a, s) => a + s.minutes, 0)}분`);
    }
    for (const s of design.standards) expect(xml).toContain(s.text);
    for (const h of design.handouts) expect(xml).toContain(h.title);
    for (const p of design.supplies) for (const item of p.items) expect(xml).toContain(item.replace(/'/g, '&apos;'));
  });

  it('says where a quoted standard still has to be checked against the 고시', () => {
    expect(design.standardsCheck).not.toBeNull();
    expect(xml).toContain('고시 원문과 대조해 확인하세요');
  });

  it('prints every situation card of the set, each in a dashed cut-out box', () => {
    const cards = design.handouts.find((h) => h.kind === 'cards');
    expect(cards?.kind).toBe('cards');
    if (cards?.kind !== 'cards') return;
    for (const card of cards.cards) expect(xml).toContain(card.title);
    expect(xml).toContain('w:val="dashed"');
  });
});

describe('lesson .docx of a high-school unit design', () => {
  it("quotes the 전문교과 area of the same name with every standard and says it is not the unit's criteria", async () => {
    const unit = siteLessonDesigns('content').find((d) => d.id === 'unit-0201030210_21v4-high')!;
    const unitXml = readZip(await lessonDocx(unit))
      .get('word/document.xml')!
      .toString('utf8');
    expect(unitXml).toContain('같은 이름의 전문교과 영역: 「고객 관계 관리」');
    for (const s of unit.vocational!.standards) expect(unitXml).toContain(s.text);
    expect(unitXml).toContain('수행준거가 아니라');
    expect(unitXml).toContain('[12진로02-02]');
  });
});

describe('lesson JSON', () => {
  it('sorts keys at every depth and round-trips the model', () => {
    const json = lessonJson(design);
    const parsed = JSON.parse(json);
    expect(parsed.design).toEqual(JSON.parse(JSON.stringify(design)));
    expect(Object.keys(parsed.design)).toEqual([...Object.keys(parsed.design)].sort());
    expect(json.endsWith('\n')).toBe(true);
  });
});
