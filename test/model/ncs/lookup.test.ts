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

// The test site's catalog: one named 세분류 with two units (levels 3 and 5), one 세분류 with a code only.
const c = loadNcsCatalog('test/fixtures/site/ncs');

describe('NCS lookups', () => {
  it('finds the classification path of a unit', () => {
    expect(pathOfUnit(c, '9101010101_21v1').map((n) => `${n.code} ${n.name}`)).toEqual([
      '91 예시 대분류',
      '9101 예시 중분류',
      '910101 예시 소분류',
      '91010101 예시 세분류',
    ]);
    expect(pathOfUnit(c, '0000000000_00v0')).toEqual([]);
    expect(pathOfNode(c, '910101').map((n) => n.depth)).toEqual(['major', 'middle', 'minor']);
  });

  it('groups a 세분류 by level, lowest first', () => {
    expect(unitsByLevel(c, '91010101').map((g) => [g.level, g.units.map((u) => u.code)])).toEqual([
      [3, ['9101010101_21v1']],
      [5, ['9101010102_21v2']],
    ]);
    expect(unitsOfDuty(c, '91010102')).toEqual([]);
  });

  it('describes levels and answers null for "no level"', () => {
    expect(levelDescriptor(c, 5)!.level).toBe(5);
    expect(levelDescriptor(c, null)).toBeUndefined();
    expect(unitByCode(c, '9101010102_21v2')!.name).toBe('예시 능력단위 둘');
  });

  it('lists 세분류 in code order and counts the catalog', () => {
    expect(duties(c).map((d) => d.code)).toEqual(['91010101', '91010102']);
    expect(catalogStats(c)).toMatchObject({ duties: 2, dutiesWithUnits: 1, units: 2, currentUnits: 2, elements: 1 });
  });

  it('links a 세분류 to its occupations with their source', () => {
    expect(c.nodes.get('91010101')!.occupations).toEqual([{ keco: '9999', name: '예시 직업', source: 'example-ncs' }]);
  });
});
