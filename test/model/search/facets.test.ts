import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facetsFor } from '../../../src/model/search/facets.ts';

describe('facetsFor', () => {
  const dist = mkdtempSync(join(tmpdir(), 'facets-'));
  mkdirSync(join(dist, 'lessons', 'job-x'), { recursive: true });
  writeFileSync(
    join(dist, 'lessons', 'job-x', 'job-x.json'),
    JSON.stringify({ design: { audience: { school: 'high', label: '고등학교' } } }),
  );
  const sources = { dist, unitLevel: (code: string) => (code === '0201030201_21v3' ? 5 : null) };

  it('gives unit pages and unit lessons their NCS level', () => {
    expect(facetsFor(sources, '/ncs/units/0201030201_21v3/')).toEqual({ 'NCS 수준': ['수준 5'] });
    expect(facetsFor(sources, '/lessons/unit-0201030201_21v3/')).toEqual({ 'NCS 수준': ['수준 5'] });
  });

  it('leaves the level out when the data has none', () => {
    expect(facetsFor(sources, '/ncs/units/0201030206_21v3/')).toEqual({});
  });

  it('reads the school level of a lesson design from its JSON', () => {
    expect(facetsFor(sources, '/lessons/job-x/')).toEqual({ 학교급: ['고등학교'] });
    expect(facetsFor(sources, '/lessons/job-missing/')).toEqual({});
  });
});
