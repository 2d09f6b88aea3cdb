import { describe, expect, it } from 'vitest';
import {
  catalogStats,
  duties,
  levelDescriptor,
  pathOfNode,
  pathOfUnit,
  unitByCode,
  unitsByLevel,
  unitsOfDuty,
} from '../../../src/model/ncs/index.ts';
import { loadNcsCatalog } from '../../../src/site-content/ncs.ts';

const c = loadNcsCatalog('content/ncs');

describe('NCS lookups', () => {
  it('finds the classification path of a unit', () => {
    expect(pathOfUnit(c, '0201030201_21v3').map((n) => `${n.code} ${n.name}`)).toEqual([
      '02 경영·회계·사무',
      '0201 기획사무',
      '020103 마케팅',
      '02010302 고객관리',
    ]);
    expect(pathOfUnit(c, '0000000000_00v0')).toEqual([]);
    expect(pathOfNode(c, '020103').map((n) => n.depth)).toEqual(['major', 'middle', 'minor']);
  });

  it('groups a 세분류 by level, lowest first', () => {
    expect(unitsByLevel(c, '02010302').map((g) => [g.level, g.units.length])).toEqual([
      [3, 1],
      [4, 2],
      [5, 3],
      [6, 1],
    ]);
    expect(unitsOfDuty(c, '02010301')).toEqual([]);
  });

  it('describes levels and answers null for "no level"', () => {
    expect(levelDescriptor(c, 5)!.level).toBe(5);
    expect(levelDescriptor(c, null)).toBeUndefined();
    expect(unitByCode(c, '0201030211_21v4')!.name).toBe('고객데이터 분석');
  });

  it('lists 세분류 in code order and counts the catalog', () => {
    const codes = duties(c).map((d) => d.code);
    expect(codes).toEqual([...codes].sort());
    expect(catalogStats(c)).toMatchObject({ duties: 10, dutiesWithUnits: 2, units: 8, currentUnits: 8, elements: 0 });
  });

  it('links 고객관리 to KECO 0292 with its source', () => {
    expect(c.nodes.get('02010302')!.occupations).toEqual([{ keco: '0292', name: '고객 상담원 및 모니터 요원', source: 'ncs-keco-table' }]);
  });
});
