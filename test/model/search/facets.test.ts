import { describe, expect, it } from 'vitest';
import { facetsFor, type FacetSources } from '../../../src/model/search/facets.ts';

describe('facetsFor', () => {
  const sources: FacetSources = {
    unitLevel: (code) => (code === '0201030201_21v3' ? 5 : null),
    lessonSchool: (id) => (id === 'job-x' ? 'high' : id === 'unit-0201030201_21v3' ? 'middle' : undefined),
  };

  it('gives unit pages and unit lessons their NCS level', () => {
    expect(facetsFor(sources, '/ncs/units/0201030201_21v3/')).toEqual({ 'NCS 수준': ['수준 5'] });
    expect(facetsFor(sources, '/lessons/unit-0201030201_21v3/')).toEqual({ 'NCS 수준': ['수준 5'], 학교급: ['중학교'] });
  });

  it('leaves the level out when the data has none', () => {
    expect(facetsFor(sources, '/ncs/units/0201030206_21v3/')).toEqual({});
  });

  it('takes the school level of a lesson design from the site model', () => {
    expect(facetsFor(sources, '/lessons/job-x/')).toEqual({ 학교급: ['고등학교'] });
    expect(facetsFor(sources, '/lessons/job-missing/')).toEqual({});
  });

  it('gives pages other than units and lessons no facets', () => {
    expect(facetsFor(sources, '/jobs/x/')).toEqual({});
    expect(facetsFor(sources, '/ncs/02010302/')).toEqual({});
  });
});
