import { describe, expect, it } from 'vitest';
import { cliHelp, parseCli } from '../../src/cli/generate-options.ts';
import { ACTIVITIES, SCHOOL_LEVELS, STYLES } from '../../src/model/lesson/option-values.ts';
import { optionLabels } from '../../src/ui/lesson-options.ts';

describe('npm run generate options', () => {
  it('takes the 문체 as --style', () => {
    expect(parseCli(['--style', 'plan']).options.style).toBe('plan');
    expect(parseCli([]).options.style).toBeUndefined();
  });

  it('refuses a style it does not know, naming the flag', () => {
    expect(() => parseCli(['--style', 'fancy'])).toThrow(/--style/);
  });

  it('takes the site address for the printed page addresses as --address, and refuses one that is not an address', () => {
    expect(parseCli(['--address', 'https://school.example.kr/career']).address).toBe('https://school.example.kr/career/');
    expect(parseCli([]).address).toBeNull();
    expect(() => parseCli(['--address', 'javascript:alert(1)'])).toThrow(/--address에 쓸 수 없는 값이에요: "javascript:alert\(1\)"/);
    expect(cliHelp).toContain('--address');
  });

  it('lists every declared value with its name in the help', () => {
    for (const v of SCHOOL_LEVELS) expect(cliHelp).toContain(`${v}(${optionLabels.school[v]})`);
    for (const v of ACTIVITIES) expect(cliHelp).toContain(`${v}(${optionLabels.activity[v]})`);
    for (const v of STYLES) expect(cliHelp).toContain(`${v}(${optionLabels.style[v]}`);
  });
});
