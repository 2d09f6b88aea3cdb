import { describe, expect, it } from 'vitest';
import { NcsImportError } from '../../src/ncs-import/errors.ts';
import { cleanName, compareNumbered, fullClassCode, parseLevel } from '../../src/ncs-import/values.ts';

const at = { file: 'a.xlsx', sheet: '02', row: 7, column: '수준 (K열)' };

describe('cleanName', () => {
  it('strips ordering prefixes such as "01." and collapses spaces', () => {
    expect(cleanName('01.고객관리 계획 수립')).toEqual({ name: '고객관리 계획 수립', retired: null });
    expect(cleanName(' 3)  고객  관계 관리 ')).toEqual({ name: '고객 관계 관리', retired: null });
  });
  it('keeps digits that are part of the name', () => {
    expect(cleanName('3D 프린팅 설계').name).toBe('3D 프린팅 설계');
  });
  it('recognises retired markers and takes them off the name', () => {
    expect(cleanName('고객관리 실행(구버전)')).toEqual({ name: '고객관리 실행', retired: '구버전' });
    expect(cleanName('고객만족도 관리 (20년 삭제)')).toEqual({ name: '고객만족도 관리', retired: '20년삭제' });
  });
});

describe('parseLevel', () => {
  it('reads 1–8, and 0 or empty as "no level"', () => {
    expect(parseLevel('5', at)).toBe(5);
    expect(parseLevel('0', at)).toBeNull();
    expect(parseLevel('', at)).toBeNull();
  });
  it('refuses non-numeric and out-of-range levels, naming the place', () => {
    expect(() => parseLevel('다섯', at)).toThrow(NcsImportError);
    expect(() => parseLevel('다섯', at)).toThrow(
      '파일 a.xlsx, 시트 02, 행 7, 열 수준 (K열): 수준은 0부터 8까지의 숫자여야 합니다 (받은 값: "다섯")',
    );
    expect(() => parseLevel('9', at)).toThrow(/받은 값: "9"/);
  });
});

describe('fullClassCode', () => {
  it('accepts full and parent-relative codes', () => {
    expect(fullClassCode('0201', '02', 2, at)).toBe('0201');
    expect(fullClassCode('01', '02', 2, at)).toBe('0201');
  });
  it('refuses a code that does not fit its parent', () => {
    expect(() => fullClassCode('0301', '02', 2, at)).toThrow(/상위 분류 02/);
  });
});

it('compareNumbered sorts 1.2 before 1.10', () => {
  expect(['1.10', '1.2', '2.1', '1.1'].sort(compareNumbered)).toEqual(['1.1', '1.2', '1.10', '2.1']);
});
