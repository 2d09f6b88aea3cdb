import { describe, expect, it } from 'vitest';
import { indexByUnit } from '../../../src/model/ncs/reverse-index.ts';

describe('indexByUnit', () => {
  const jobs = [
    { slug: 'cs-manager', title: 'CS 매니저', units: ['0201030201_21v3', '0201030210_21v4'] },
    { slug: 'telemarketer', title: '텔레마케터', units: ['0201030201_21v3', '0201030201_21v3'] },
    { slug: 'flight-attendant', title: '승무원', units: [] },
  ];
  const index = indexByUnit(
    jobs,
    (j) => j.units,
    (j) => ({ label: j.title, path: `jobs/${j.slug}/` }),
  );

  it('lists every page that names a unit, once each, in input order', () => {
    expect(index.get('0201030201_21v3')).toEqual([
      { label: 'CS 매니저', path: 'jobs/cs-manager/' },
      { label: '텔레마케터', path: 'jobs/telemarketer/' },
    ]);
    expect(index.get('0201030210_21v4')!.map((p) => p.path)).toEqual(['jobs/cs-manager/']);
  });

  it('has no entry for units nobody names', () => {
    expect(index.has('0201030211_21v4')).toBe(false);
    expect(index.size).toBe(2);
  });
});
