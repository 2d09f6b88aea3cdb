import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/model/ncs/errors.ts';
import { loadSourceRegistry } from '../../src/site-content/sources.ts';

const work = mkdtempSync(join(tmpdir(), 'sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function content(main: string, ncs?: string): string {
  const dir = join(work, `c${n++}`);
  mkdirSync(join(dir, 'ncs'), { recursive: true });
  writeFileSync(join(dir, 'sources.yaml'), main);
  if (ncs !== undefined) writeFileSync(join(dir, 'ncs', 'sources.yaml'), ncs);
  return dir;
}
const entry = (id: string, more = '') =>
  `  - id: ${id}\n    kind: official\n    title: 자료 ${id}\n    publisher: null\n    year: null\n${more}`;
const problems = (dir: string) => {
  try {
    loadSourceRegistry(dir);
  } catch (e) {
    if (e instanceof DataError) return e.all.map((x) => `${x.file.slice(dir.length + 1)}:${x.line} ${x.record ?? ''} ${x.problem}`);
    throw e;
  }
  return [];
};

describe('loadSourceRegistry', () => {
  it('reads both files into one registry', () => {
    const dir = content(`sources:\n${entry('a')}`, `sources:\n${entry('b')}`);
    expect([...loadSourceRegistry(dir).keys()]).toEqual(['a', 'b']);
  });

  it('refuses an id defined in both files, with the line of the second', () => {
    const dir = content(`sources:\n${entry('a')}`, `sources:\n${entry('b')}${entry('a')}`);
    expect(problems(dir)).toEqual([
      'ncs/sources.yaml:7 a 같은 출처 id가 ' + join(dir, 'sources.yaml') + '에도 있어요. 출처는 한 곳에 한 번만 적어요',
    ]);
  });

  it('refuses a via that is not in the registry', () => {
    const dir = content(`sources:\n${entry('a', '    via: nowhere\n')}`);
    expect(problems(dir)).toEqual(['sources.yaml:7 a via "nowhere"가 출처 목록에 없어요']);
  });

  it('refuses our own notes as a source', () => {
    const dir = content(
      'sources:\n  - id: facts\n    kind: official\n    title: 프로젝트 사실 확인 자료\n    publisher: null\n    year: 2026\n',
    );
    expect(problems(dir)[0]).toContain('sources.yaml:4 facts "프로젝트": 프로젝트 안의 자료는 출처가 될 수 없어요');
  });

  it('needs content/sources.yaml', () => {
    const dir = join(work, 'empty');
    mkdirSync(dir);
    expect(problems(dir)).toEqual(['sources.yaml:null  출처 목록 파일이 없어요']);
  });
});
