import { beforeAll, describe, expect, it } from 'vitest';
import type { DataError } from '../../src/model/lesson/errors.ts';
import type { CurriculumEntry } from '../../src/model/lesson/templates.ts';
import { checkCurricula } from '../../src/site-content/lesson-templates.ts';
import { loadSite } from '../../src/site-content/load-site.ts';

let curricula: CurriculumEntry[];
beforeAll(() => {
  curricula = loadSite('content').lessons.curricula;
});
const byId = (id: string) => curricula.find((c) => c.curriculum.id === id)!.curriculum;

describe('curriculum data (content/curriculum)', () => {
  it('holds the 14 middle-school and 15 high-school 「진로와 직업」 standards and the 16 of 「고객 관리」', () => {
    expect(byId('career-middle-2022').standards).toHaveLength(14);
    expect(byId('career-high-2022').standards).toHaveLength(15);
    expect(byId('customer-management-2022').standards).toHaveLength(16);
    expect(byId('career-middle-2022').school).toBe('middle');
    expect(byId('customer-management-2022').kind).toBe('vocational');
  });

  it('keeps codes unique within each curriculum and every code inside its own area', () => {
    for (const { curriculum: c } of curricula) {
      const codes = c.standards.map((s) => s.code);
      expect(new Set(codes).size, c.id).toBe(codes.length);
      for (const s of c.standards) {
        expect(c.areas.map((a) => a.code)).toContain(s.area);
        expect(s.code.startsWith(`${c.codePrefix}${s.area}-`), `${c.id} ${s.code}`).toBe(true);
      }
    }
    expect(byId('career-middle-2022').standards.filter((s) => s.area === '02')).toHaveLength(6);
    expect(byId('career-high-2022').standards.filter((s) => s.area === '02')).toHaveLength(7);
    expect(byId('customer-management-2022').areas.map((a) => a.name)).toEqual(['고객 필요 정보 제공', '고객 관계 관리']);
  });

  it('gives every standard an official sentence and a confidence, with a note whenever it is below H', () => {
    for (const { curriculum: c } of curricula) {
      expect(c.gosi).toMatch(/고시 제\d{4}-\d+호/);
      for (const s of c.standards) {
        expect(['H', 'M', 'L']).toContain(s.confidence);
        expect(s.text).toMatch(/(한다|있다|지닌다|갖는다|함양한다|인식한다|생각한다|점검한다|설계한다)\.$/);
        if (s.confidence !== 'H') expect(s.note, `${c.id} ${s.code}`).toBeTruthy();
      }
    }
    // High-school wording is from one copy only: nothing there may claim H.
    expect(byId('career-high-2022').standards.every((s) => s.confidence !== 'H')).toBe(true);
  });

  it('never mixes in the special-education curriculum, which reuses the same codes with other sentences', () => {
    for (const { curriculum: c } of curricula) {
      expect(c.gosi).not.toContain('2022-34');
      expect(`${c.name} ${c.gosi}`).not.toMatch(/특수교육|기본 교육과정/);
    }
    // The general curriculum's sentence for [9진로02-02], not the special-education one.
    expect(byId('career-middle-2022').standards.find((s) => s.code === '[9진로02-02]')!.text).toBe(
      '진로경로의 다양성과 가변성을 이해하고, 유연한 진로 탐색 태도를 함양한다.',
    );
  });

  it('rejects a special-education curriculum, a duplicate code, a code outside its area and a low confidence without a note', () => {
    const base = curricula.find((c) => c.curriculum.id === 'career-middle-2022')!;
    const variant = (change: (c: CurriculumEntry['curriculum']) => void): CurriculumEntry => {
      const copy = structuredClone(base);
      change(copy.curriculum);
      return copy;
    };
    const problem = (entry: CurriculumEntry) => {
      try {
        checkCurricula([entry]);
      } catch (e) {
        return (e as DataError).message;
      }
      return null;
    };
    expect(problem(base)).toBeNull();
    expect(problem(variant((c) => (c.gosi = '교육부 고시 제2022-34호 [별책3] 특수교육 기본 교육과정')))).toContain('특수교육');
    expect(problem(variant((c) => (c.standards[1]!.code = c.standards[0]!.code)))).toContain('두 번');
    expect(problem(variant((c) => (c.standards[0]!.area = '02')))).toContain('[9진로02-');
    expect(
      problem(
        variant((c) => {
          c.standards[0]!.confidence = 'L';
          delete c.standards[0]!.note;
        }),
      ),
    ).toContain('note');
  });
});
