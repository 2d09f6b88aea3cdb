/**
 * The whole way from an official NCS file to the site: the 고객관리 export (fixture in the
 * official Excel format) is imported into a copy of content/, the site is built from it, and the
 * unit pages and lesson designs show the elements and criteria the file carries.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LessonDesign } from '../../src/model/lesson/types.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { CUSTOMER_MANAGEMENT_XLSX } from '../fixtures/ncs/customer-management.ts';
import { readZip } from '../render/read-zip.ts';
import { buildStep } from '../support/build-env.ts';

const work = mkdtempSync(join(tmpdir(), 'cs-imported-'));
// Inside the project: Astro's prerender chunks must resolve the project's packages.
const dist = '.test-dist-imported';
const content = join(work, 'content');
const UNIT = '0201030201_21v3';

const step = (command: string, args: string[], env: Record<string, string> = {}) => buildStep({ content, dist }, command, args, env);

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  step('node', ['scripts/import-ncs.ts', CUSTOMER_MANAGEMENT_XLSX, '--duty', '02010302', '--out', join(content, 'ncs')]);
  step('astro', ['build', '--silent'], { SITE_CACHE_DIR: join(work, 'cache') });
  step('node', ['scripts/write-lesson-files.ts', '--dist', dist]);
}, 180_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a site built from an imported 고객관리 export', () => {
  it('shows each unit’s elements and criteria on its page', () => {
    const html = page(`ncs/units/${UNIT}`);
    expect(html).toContain('(예시) 시험용 요소 1');
    expect(html).toContain('(예시) 시험용 수행준거 2.3');
  });

  it('fills the unit’s lesson design with them, on the page, in its design data and in the .docx made from that data', async () => {
    expect(page(`lessons/unit-${UNIT}`)).toContain('(예시) 시험용 수행준거 1.1');
    const json = readFileSync(join(dist, 'lessons', `unit-${UNIT}`, `unit-${UNIT}.json`), 'utf8');
    expect(json).toContain('(예시) 시험용 요소 2');
    // The site holds no .docx: the page's button makes it in the browser from this data, as here.
    expect(existsSync(join(dist, 'lessons', `unit-${UNIT}`, `unit-${UNIT}.docx`))).toBe(false);
    const docx = await lessonDocx((JSON.parse(json) as { design: LessonDesign }).design);
    expect(readZip(docx).get('word/document.xml')!.toString('utf8')).toContain('(예시) 시험용 요소 2');
  });
});
