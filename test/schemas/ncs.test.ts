import { describe, expect, it } from 'vitest';
import { classificationFileSchema, ncsSourceSchema, unitSchema } from '../../src/schemas/ncs.ts';

const unit = { code: '0201030201_21v3', name: '고객관리 계획 수립', level: 5, source: 'ncs-api-2026' };

describe('unitSchema', () => {
  it('fills empty defaults for what the official data has not given yet', () => {
    expect(unitSchema.parse(unit)).toMatchObject({
      definition: null,
      elements: [],
      basicCompetences: [],
      ksaOverview: null,
      retired: false,
    });
  });

  it('accepts "no level" as null and refuses 0 and 9', () => {
    expect(unitSchema.safeParse({ ...unit, level: null }).success).toBe(true);
    expect(unitSchema.safeParse({ ...unit, level: 0 }).error!.issues[0]!.path).toEqual(['level']);
    expect(unitSchema.safeParse({ ...unit, level: 9 }).error!.issues[0]!.path).toEqual(['level']);
  });

  it('refuses codes that do not follow 세분류 + serial + _YYvN', () => {
    for (const code of ['020103020121v3', '0201030201_2021v3', '201030201_21v3', '0201030201_21V3']) {
      expect(unitSchema.safeParse({ ...unit, code }).success, code).toBe(false);
    }
  });

  it('marks a definition as official or our summary, nothing else', () => {
    const summary = { text: '요약', kind: 'summary', source: 'site-summary' };
    expect(unitSchema.safeParse({ ...unit, definition: summary }).success).toBe(true);
    expect(unitSchema.safeParse({ ...unit, definition: { ...summary, kind: 'guess' } }).error!.issues[0]!.path).toEqual([
      'definition',
      'kind',
    ]);
  });

  it('refuses misspelt keys instead of dropping them', () => {
    const r = unitSchema.safeParse({ ...unit, defintion: null });
    expect(r.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('defaults element lists and checks element levels', () => {
    const e = unitSchema.parse({ ...unit, elements: [{ no: 1, name: '가', level: 4 }] }).elements[0]!;
    expect(e).toEqual({ no: 1, name: '가', level: 4, criteria: [], knowledge: [], skills: [], attitudes: [] });
    expect(unitSchema.safeParse({ ...unit, elements: [{ no: 1, name: '가', level: 0 }] }).error!.issues[0]!.path).toEqual([
      'elements',
      0,
      'level',
    ]);
  });
});

describe('classificationFileSchema', () => {
  it('keeps codes as strings of the right length per depth and allows unknown names', () => {
    const ok = {
      majors: [{ code: '02', name: null, source: 's' }],
      middles: [],
      minors: [],
      duties: [{ code: '02010302', name: '고객관리', source: 's' }],
    };
    expect(classificationFileSchema.parse(ok).duties[0]!.occupations).toEqual([]);
    expect(classificationFileSchema.safeParse({ ...ok, majors: [{ code: 2, name: null, source: 's' }] }).success).toBe(false);
    expect(
      classificationFileSchema.safeParse({ ...ok, duties: [{ code: '0201030', name: 'x', source: 's' }] }).error!.issues[0]!.path,
    ).toEqual(['duties', 0, 'code']);
  });
});

describe('ncsSourceSchema', () => {
  it('allows an unverified year or publisher as null but not as a guess-shaped string', () => {
    const s = { id: 'seed-000', title: '강의', publisher: null, year: null, kind: 'seed' };
    expect(ncsSourceSchema.safeParse(s).success).toBe(true);
    expect(ncsSourceSchema.safeParse({ ...s, year: '2020년경' }).success).toBe(false);
  });
});
