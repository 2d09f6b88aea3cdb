import { describe, expect, it } from 'vitest';
import { designFileText, readDesignFile, DESIGN_FILE_KIND, MAX_STATE_CHARS } from '../../src/designer/design-file.ts';
import { designFileBase } from '../../src/designer/file-name.ts';
import { siteLessonDesigns } from '../../src/site-content/site.ts';

const state = { query: 'job=cs-manager&school=high', edits: { 'job-cs-manager': { title: { from: 'a', to: 'b' } } } };

describe('design file', () => {
  it('reads back what it wrote, and says what it is', () => {
    const text = designFileText(state);
    expect(JSON.parse(text).purpose).toContain('설계 파일');
    expect(readDesignFile(text)).toEqual({ ok: true, state });
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004', '수업 설계 파일이 아니에요'],
    ['another JSON', '{"formatVersion":1,"design":{}}', '저장한 설계 파일이 아니에요'],
    ['an array', '[1,2]', '저장한 설계 파일이 아니에요'],
    ['a newer format', JSON.stringify({ kind: DESIGN_FILE_KIND, formatVersion: 2, query: '', edits: {} }), '더 새로운 도우미(파일 형식 2)'],
    [
      'damaged edits',
      JSON.stringify({ kind: DESIGN_FILE_KIND, formatVersion: 1, query: '', edits: { x: { title: { from: 1 } } } }),
      '손상됐어요',
    ],
    ['an unknown field', JSON.stringify({ kind: DESIGN_FILE_KIND, formatVersion: 1, query: '', edits: {}, run: 'x' }), '손상됐어요'],
    [
      'a hostile path',
      JSON.stringify({ kind: DESIGN_FILE_KIND, formatVersion: 1, query: '', edits: { x: { '<img>': { from: '', to: '' } } } }),
      '손상됐어요',
    ],
    ['a huge file', 'x'.repeat(MAX_STATE_CHARS + 1), '너무 커요'],
  ])('refuses %s with a Korean message', (_, text, message) => {
    const result = readDesignFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('names files in Korean by what they hold', () => {
    const job = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager')!;
    expect(designFileBase(job, null)).toBe('진로탐구_CS매니저_중1-3_2차시');
    expect(designFileBase({ ...job, audience: { ...job.audience, school: 'high' }, periods: 3 }, 2)).toBe('진로탐구_CS매니저_고2_3차시');
  });

  it('makes a file name any file system takes from a hostile name: no path, no hidden reversal, not too long', () => {
    const job = siteLessonDesigns('content').find((d) => d.id === 'job-cs-manager')!;
    const title = `../..\\고객\u202Excod.exe\u200B<script>"${'가'.repeat(300)}`;
    const base = designFileBase({ ...job, job: { ...job.job!, title } }, null);
    expect(base).toMatch(/^진로탐구_\.\.\.\.고객xcod\.exescript가+_중1-3_2차시$/);
    expect(Buffer.byteLength(`${base}.docx`)).toBeLessThan(255);
  });
});
