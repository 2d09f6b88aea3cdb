import { describe, expect, it } from 'vitest';
import { jobSchema, type Job } from '../../../src/schemas/job.ts';
import { byOrder, comparisonRow, comparisonTable, groupByWorkArea, type JobEntry } from '../../../src/model/jobs/comparison.ts';

function job(id: string, fields: Partial<Record<keyof Job, unknown>>): JobEntry {
  const data = jobSchema.parse({
    title: id,
    summary: '요약이에요.',
    day: ['첫 일', '둘째 일'],
    good: ['좋은 점'],
    hard: ['힘든 점'],
    order: 1,
    workArea: '고객접점 서비스',
    officialName: null,
    dictionaryCode: null,
    education: null,
    skillPeriod: null,
    keco: null,
    ksco: null,
    sources: ['s'],
    ...fields,
  });
  return { id, data };
}

describe('comparisonRow', () => {
  it('takes education, skill period and the first certificate from the frontmatter', () => {
    const row = comparisonRow(
      job('telemarketer', {
        officialName: '텔레마케터',
        dictionaryCode: 'K000007451',
        education: '고졸',
        skillPeriod: '3~6개월',
        surveyYear: 2013,
        certificates: ['텔레마케팅관리사', 'CCXP'],
      }),
    );
    expect(row).toEqual({
      slug: 'telemarketer',
      title: 'telemarketer',
      workArea: '고객접점 서비스',
      education: [{ value: '고졸', surveyYear: 2013 }],
      skillPeriods: [{ value: '3~6개월', surveyYear: 2013 }],
      mainCertificate: '텔레마케팅관리사',
    });
  });

  it('lists the education and skill period of every dictionary entry instead of picking the lower one', () => {
    const hotel = job('hotel-front-desk', {
      officialName: '호텔현관사무원',
      dictionaryCode: 'K000001683',
      education: '전문대졸',
      skillPeriod: '3~6개월',
      surveyYear: 2021,
      alsoListed: [{ name: '호텔프런트사무원', code: 'K000006870', education: '대졸', skillPeriod: null, surveyYear: 2012 }],
    });
    const row = comparisonRow(hotel);
    // Each figure keeps the survey year of its own record.
    expect(row.education).toEqual([
      { value: '전문대졸', surveyYear: 2021 },
      { value: '대졸', surveyYear: 2012 },
    ]);
    expect(row.skillPeriods).toEqual([{ value: '3~6개월', surveyYear: 2021 }]);
  });

  it('shows a level two records share once', () => {
    const row = comparisonRow(
      job('x', {
        officialName: '가',
        dictionaryCode: 'K000000001',
        education: '대졸',
        skillPeriod: '1~2년',
        surveyYear: 2012,
        alsoListed: [{ name: '나', code: 'K000000002', education: '대졸', skillPeriod: '1~2년', surveyYear: 2012 }],
      }),
    );
    expect(row.education).toEqual([{ value: '대졸', surveyYear: 2012 }]);
    expect(row.skillPeriods).toHaveLength(2);
  });

  it('keeps missing facts missing', () => {
    const row = comparisonRow(job('cx-leader', {}));
    expect(row.education).toEqual([]);
    expect(row.skillPeriods).toEqual([]);
    expect(row.mainCertificate).toBeNull();
  });
});

describe('groupByWorkArea', () => {
  const jobs = [
    job('c', { order: 3, workArea: '고객접점 서비스' }),
    job('a', { order: 1, workArea: '고객만족·VOC' }),
    job('b', { order: 2, workArea: '고객접점 서비스' }),
  ];

  it('returns the three areas in the site order, jobs in page order, empty areas kept', () => {
    const groups = groupByWorkArea(jobs);
    expect(groups.map((g) => g.workArea)).toEqual(['서비스 기획·운영', '고객만족·VOC', '고객접점 서비스']);
    expect(groups.map((g) => g.jobs.map((j) => j.id))).toEqual([[], ['a'], ['b', 'c']]);
  });

  it('builds the comparison table in the same order as the groups', () => {
    expect(comparisonTable(jobs).map((r) => r.slug)).toEqual(['a', 'b', 'c']);
  });

  it('breaks order ties by slug so the output is stable', () => {
    expect(byOrder([job('z', { order: 1 }), job('m', { order: 1 })]).map((j) => j.id)).toEqual(['m', 'z']);
  });
});
