/**
 * Every format of a design says the same thing in the same order: for every shipped design (and
 * the shapes the designer and the CLI make), the text of its HTML and of its .docx are compared.
 * The HTML drops what is for the screen only (the swipe hint of wide tables, no-print parts); the
 * .docx marks a blank "[선생님이 채워요]" for black-and-white print, which the print CSS does too, and
 * writes its list markers as text.
 */
import { describe, expect, it } from 'vitest';
import { lessonDocument } from '../../src/model/lesson/document/lesson-document.ts';
import { documentHtml } from '../../src/render/html/document/block-html.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { lessonLabels as L } from '../../src/ui/lessons.ts';
import { testDesigns } from '../model/lesson/document/designs.ts';
import { readZip } from './read-zip.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!);

const VOID = new Set(['col', 'br', 'img', 'input', 'hr', 'meta', 'link']);
const SCREEN_ONLY = /\bclass="[^"]*\b(no-print|table-scroll__hint)\b/;

/** The text of HTML a printout or a reader gets, in order, without what is for the screen only. */
function htmlText(html: string): string {
  let skipDepth = 0;
  let depth = 0;
  let out = '';
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, tag, attrs, text] = m;
    if (text !== undefined) {
      if (skipDepth === 0) out += decode(text);
    } else if (closing) {
      if (skipDepth === depth) skipDepth = 0;
      depth -= 1;
    } else if (!VOID.has(tag!)) {
      depth += 1;
      if (skipDepth === 0 && SCREEN_ONLY.test(attrs!)) skipDepth = depth;
    }
  }
  return out;
}

/** The text of a .docx body, in order, without list markers (HTML draws them with CSS). */
function docxText(docx: Uint8Array): string {
  const xml = readZip(docx).get('word/document.xml')!.toString('utf8');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => decode(m[1]!))
    .filter((run) => !/^(•|\d+\.) $/.test(run))
    .join('');
}

/** Spacing differs between formats (tags vs runs); the words and their order must not. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

function expectSameText(name: string, html: string, docx: string): void {
  if (html === docx) return;
  let i = 0;
  while (i < html.length && html[i] === docx[i]) i++;
  const at = (s: string) => s.slice(Math.max(0, i - 60), i + 60);
  expect.fail(`${name}: the texts part at character ${i}\n  HTML: …${at(html)}…\n  docx: …${at(docx)}…`);
}

describe('HTML and .docx of one lesson document', () => {
  it('carry the same text in the same order, for every shipped design and every kind the designer makes', async () => {
    const designs = testDesigns();
    expect(designs.length).toBeGreaterThan(30);
    for (const [name, design] of designs) {
      const doc = lessonDocument(design);
      const html = squeeze(design.title + design.summary + htmlText(documentHtml(doc, { base: '/' })));
      const docx = squeeze(docxText(await lessonDocx(design)).replaceAll(`[${L.blankLabel}]`, L.blankLabel));
      expectSameText(name, html, docx);
    }
  }, 60_000);

  it('leave out of the .docx only what the page shows on screen alone', async () => {
    const [, design] = testDesigns().find(([, d]) => d.kind === 'job-series')!;
    const all = squeeze(
      design.title + design.summary + htmlText(documentHtml(lessonDocument(design), { base: '/' }).replace(/class="no-print[^"]*"/g, '')),
    );
    const docx = squeeze(docxText(await lessonDocx(design)));
    expect(all).toContain(squeeze(L.handoutsIntro));
    expect(docx).not.toContain(squeeze(L.handoutsIntro));
  });
});
