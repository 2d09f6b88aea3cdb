import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../src/cli/import-ncs-options.ts';
import { UsageError } from '../../src/lib/usage-error.ts';

describe('npm run import:ncs flags', () => {
  it('reads files, duties (repeated or comma-separated), and the folders', () => {
    expect(
      parseImportArgs([
        'a.xlsx',
        'b.csv',
        '--duty',
        '02010302,02010304',
        '--duty',
        '12030101',
        '--out',
        'x',
        '--base',
        'y',
        '--year',
        '2026',
      ]),
    ).toEqual({
      files: ['a.xlsx', 'b.csv'],
      duties: ['02010302', '02010304', '12030101'],
      includeRetired: false,
      out: 'x',
      base: 'y',
      year: 2026,
      help: false,
    });
  });

  it('refuses to skip the check before new data replaces the old (--no-verify is gone)', () => {
    expect(() => parseImportArgs(['a.xlsx', '--no-verify'])).toThrow(UsageError);
    expect(() => parseImportArgs(['a.xlsx', '--no-verify'])).toThrow(/^없는 옵션이에요: --no-verify. 쓸 수 있는 옵션: --duty, /);
  });

  it('names what is wrong: no file, a year that is not four digits', () => {
    expect(() => parseImportArgs([])).toThrow('가져올 파일을 적어 주세요');
    expect(() => parseImportArgs(['a.xlsx', '--year', '26'])).toThrow(
      '--year에 쓸 수 없는 값이에요: "26". 쓸 수 있는 값: 네 자리 연도 (예: 2026)',
    );
  });

  it('gives help without files', () => {
    expect(parseImportArgs(['--help']).help).toBe(true);
  });
});
