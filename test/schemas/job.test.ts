import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schemas/job.ts';

const valid = {
  title: '텔레마케터',
  summary: '전화로 상품을 알리고 판매해요.',
  order: 3,
  officialName: '텔레마케터',
  dictionaryCode: 'K000007451',
  keco: '6130',
  ksco: '5313',
  figures: [{ label: '종사자 수', value: '약 4만 5천 명', year: 2015, source: 'keis-2016' }],
  sources: [{ id: 'keis-2016', title: '중장기 인력수급 전망', publisher: '한국고용정보원', year: 2016, kind: 'research' }],
};

describe('jobSchema', () => {
  it('accepts a complete job and fills list defaults', () => {
    const job = jobSchema.parse(valid);
    expect(job.ncsUnits).toEqual([]);
    expect(job.relatedJobs).toEqual([]);
  });

  it('accepts unknown official facts as null', () => {
    expect(jobSchema.safeParse({ ...valid, officialName: null, dictionaryCode: null, keco: null, ksco: null }).success).toBe(true);
  });

  it('names the field of a figure whose source is not listed', () => {
    const result = jobSchema.safeParse({ ...valid, figures: [{ ...valid.figures[0], source: 'nowhere' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['figures', 0, 'source']);
    expect(result.error!.issues[0]!.message).toContain('nowhere');
  });

  it('refuses a figure without a year', () => {
    const { year: _year, ...noYear } = valid.figures[0]!;
    const result = jobSchema.safeParse({ ...valid, figures: [noYear] });
    expect(result.error!.issues[0]!.path).toEqual(['figures', 0, 'year']);
  });

  it('refuses a malformed 직업사전 code and NCS unit code', () => {
    expect(jobSchema.safeParse({ ...valid, dictionaryCode: 'K123' }).error!.issues[0]!.path).toEqual(['dictionaryCode']);
    expect(jobSchema.safeParse({ ...valid, ncsUnits: ['02010302'] }).error!.issues[0]!.path).toEqual(['ncsUnits', 0]);
  });

  it('needs at least one source', () => {
    expect(jobSchema.safeParse({ ...valid, figures: [], sources: [] }).error!.issues[0]!.path).toEqual(['sources']);
  });
});
