import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { lessonJson } from '../../src/render/lesson-json.ts';
import { writeSiteLessonFiles } from '../../src/build/site-lesson-files.ts';

let designs: LessonDesign[];
let dist: string;
beforeAll(() => {
  designs = siteLessonDesigns('test/fixtures/site').slice(0, 3);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function builtSite(ids: string[]): string {
  dist = mkdtempSync(join(tmpdir(), 'lesson-files-'));
  for (const id of ids) {
    mkdirSync(join(dist, 'lessons', id), { recursive: true });
    writeFileSync(join(dist, 'lessons', id, 'index.html'), '<!doctype html>');
  }
  return dist;
}

describe('lesson downloads in the built site', () => {
  it('puts each design’s .json and .docx beside its page', async () => {
    builtSite(designs.map((d) => d.id));
    const { files } = await writeSiteLessonFiles(dist, designs);
    expect(files).toBe(designs.length * 2);
    const d = designs[1]!;
    expect(readFileSync(join(dist, 'lessons', d.id, `${d.id}.json`), 'utf8')).toBe(lessonJson(d));
    expect(readFileSync(join(dist, 'lessons', d.id, `${d.id}.docx`)).equals(Buffer.from(await lessonDocx(d)))).toBe(true);
  });

  it('refuses a site built without one of the pages, and writes nothing', async () => {
    builtSite(designs.slice(0, 2).map((d) => d.id));
    const missing = designs[2]!.id;
    await expect(writeSiteLessonFiles(dist, designs)).rejects.toThrow(new RegExp(`lessons/${missing}/index.html`));
    for (const d of designs.slice(0, 2)) expect(readdirSync(join(dist, 'lessons', d.id))).toEqual(['index.html']);
    expect(existsSync(join(dist, 'lessons', missing))).toBe(false);
  });
});
