import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  nameKey,
  type DesignerIndex,
  type DesignerLessonData,
  type DutyUnits,
  type NameShard,
} from '../../src/model/lesson/designer-data.ts';
import { siteLessonDesigns, siteLessonInputs } from '../../src/site-content/site.ts';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { lessonJson } from '../../src/render/lesson-json.ts';
import { writeSiteLessonFiles } from '../../src/build/site-lesson-files.ts';

const FIXTURE = 'test/fixtures/site';
let designs: LessonDesign[];
let dist: string;
beforeAll(() => {
  designs = siteLessonDesigns(FIXTURE).slice(0, 3);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function builtSite(ids: string[]): string {
  dist = mkdtempSync(join(tmpdir(), 'lesson-files-'));
  for (const id of [...ids, 'design']) {
    mkdirSync(join(dist, 'lessons', id), { recursive: true });
    writeFileSync(join(dist, 'lessons', id, 'index.html'), '<!doctype html>');
  }
  return dist;
}

const read = <T>(...path: string[]): T => JSON.parse(readFileSync(join(dist, 'lessons', 'design', 'data', ...path), 'utf8')) as T;

describe('lesson files in the built site', () => {
  it('puts each design’s .json beside its page and no .docx (the browser makes it)', () => {
    builtSite(designs.map((d) => d.id));
    writeSiteLessonFiles(dist, designs, siteLessonInputs(FIXTURE));
    const d = designs[1]!;
    expect(readFileSync(join(dist, 'lessons', d.id, `${d.id}.json`), 'utf8')).toBe(lessonJson(d));
    expect(readdirSync(join(dist, 'lessons', d.id)).sort()).toEqual([`${d.id}.json`, 'index.html'].sort());
  });

  it('writes the designer data: an index without units, one file per 세분류, name files by first letter', () => {
    builtSite(designs.map((d) => d.id));
    const inputs = siteLessonInputs(FIXTURE);
    writeSiteLessonFiles(dist, designs, inputs);
    const index = read<DesignerIndex>('index.json');
    expect(index.jobs.map((j) => j.slug)).toContain('example-agent');
    expect(JSON.stringify(index)).not.toContain('9101010101_21v1');
    expect(index.duties.reduce((n, d) => n + d.units, 0)).toBe(inputs.units.length);
    const duty = read<DutyUnits>('units', '91010101.json');
    expect(duty.map((u) => u.code)).toContain('9101010101_21v1');
    expect(duty.every((u) => u.code.startsWith('91010101'))).toBe(true);
    const key = nameKey('예시')!;
    expect(index.names[key]).toBeGreaterThan(0);
    const shard = read<NameShard>('names', `${key}.json`);
    expect(shard).toHaveLength(index.names[key]!);
    expect(shard.every(([, name]) => name.split(/\s+/).some((w) => w.startsWith('예시')))).toBe(true);
    const lesson = read<DesignerLessonData>('lesson.json');
    expect(lesson.templates.defaults).toEqual(inputs.templates.defaults);
  });

  it('refuses a site built without one of the pages, and writes nothing', () => {
    builtSite(designs.slice(0, 2).map((d) => d.id));
    const missing = designs[2]!.id;
    expect(() => writeSiteLessonFiles(dist, designs, siteLessonInputs(FIXTURE))).toThrow(new RegExp(`lessons/${missing}/index.html`));
    for (const d of designs.slice(0, 2)) expect(readdirSync(join(dist, 'lessons', d.id))).toEqual(['index.html']);
    expect(existsSync(join(dist, 'lessons', missing))).toBe(false);
    expect(existsSync(join(dist, 'lessons', 'design', 'data'))).toBe(false);
  });
});
