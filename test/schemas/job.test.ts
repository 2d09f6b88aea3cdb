import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schemas/job.ts';

const valid = {
  title: '텔레마케터',
  summary: '전화로 상품을 알리고 판매해요.',
  day: ['상품을 익혀요', '전화를 걸어요'],
  good: ['일을 빨리 익혀요'],
  hard: ['거절을 자주 겪어요'],
  order: 3,
  workArea: '고객접점 서비스',
  officialName: '텔레마케터',
  dictionaryCode: 'K000007451',
  education: '고졸',
  skillPeriod: '3~6개월',
  surveyYear: 2013,
  keco: '6130',
  ksco: '5313',
  figures: [{ label: '종사자 수', value: '약 4만 5천 명', year: 2015, source: 'keis-2016' }],
  sources: ['keis-2016'],
};

const firstIssue = (input: unknown) => jobSchema.safeParse(input).error!.issues[0]!;

describe('jobSchema', () => {
  it('accepts a complete job and fills list defaults', () => {
    const job = jobSchema.parse(valid);
    expect(job.ncsUnits).toEqual([]);
    expect(job.relatedJobs).toEqual([]);
    expect(job.certificates).toEqual([]);
    expect(job.alsoListed).toEqual([]);
    expect(job.officialPay).toBeNull();
  });

  it('accepts unknown official facts as null', () => {
    const unknown = {
      ...valid,
      officialName: null,
      dictionaryCode: null,
      keco: null,
      ksco: null,
      education: null,
      skillPeriod: null,
      surveyYear: null,
    };
    expect(jobSchema.safeParse(unknown).success).toBe(true);
  });

  it('names the field of a figure whose source is not listed', () => {
    const issue = firstIssue({ ...valid, figures: [{ ...valid.figures[0], source: 'nowhere' }] });
    expect(issue.path).toEqual(['figures', 0, 'source']);
    expect(issue.message).toContain('nowhere');
  });

  it('refuses official pay whose source is not listed', () => {
    const pay = { label: '평균 임금', value: '1원', year: 2024, source: 'nowhere' };
    expect(firstIssue({ ...valid, officialPay: pay }).path).toEqual(['officialPay', 'source']);
  });

  it('refuses a figure without a year', () => {
    const { year: _year, ...noYear } = valid.figures[0]!;
    expect(firstIssue({ ...valid, figures: [noYear] }).path).toEqual(['figures', 0, 'year']);
  });

  it('refuses a malformed 직업사전 code and NCS unit code', () => {
    expect(firstIssue({ ...valid, dictionaryCode: 'K123' }).path).toEqual(['dictionaryCode']);
    expect(firstIssue({ ...valid, ncsUnits: ['02010302'] }).path).toEqual(['ncsUnits', 0]);
  });

  // Whether a unit, a related job or a certificate exists is the site loader's check
  // (test/site-content/load-site.test.ts); the schema checks the shape.
  it('accepts NCS unit codes of the one unit-code pattern only', () => {
    expect(jobSchema.safeParse({ ...valid, ncsUnits: ['0201030201_21v3', '0201030406_21v2'] }).success).toBe(true);
    expect(firstIssue({ ...valid, ncsUnits: ['0201030406-21v3'] }).path).toEqual(['ncsUnits', 0]);
  });

  it('accepts related jobs written as slugs only', () => {
    expect(jobSchema.safeParse({ ...valid, relatedJobs: ['cs-manager', 'cx-leader'] }).success).toBe(true);
    expect(firstIssue({ ...valid, relatedJobs: ['CS Manager'] }).path).toEqual(['relatedJobs', 0]);
  });

  it('accepts only the three work areas, and certificates as names', () => {
    expect(firstIssue({ ...valid, workArea: '영업' }).path).toEqual(['workArea']);
    expect(jobSchema.safeParse({ ...valid, certificates: ['텔레마케팅관리사', 'CCXP'] }).success).toBe(true);
    expect(firstIssue({ ...valid, certificates: [''] }).path).toEqual(['certificates', 0]);
  });

  it('refuses an education level the dictionary does not use', () => {
    expect(firstIssue({ ...valid, education: '중졸' }).path).toEqual(['education']);
  });

  it('checks further dictionary entries field by field', () => {
    const entry = { name: '매너강사', code: 'K000005922', education: '전문대졸', skillPeriod: '1~2년', surveyYear: 2012 };
    expect(jobSchema.parse({ ...valid, alsoListed: [entry] }).alsoListed).toEqual([entry]);
    expect(firstIssue({ ...valid, alsoListed: [{ ...entry, code: '5922' }] }).path).toEqual(['alsoListed', 0, 'code']);
  });

  it('needs the survey year of every dictionary record, and none without a record', () => {
    // Each 정규교육 and 숙련기간 is shown with the year its record was surveyed (facts §8).
    const { surveyYear: _year, ...noYear } = valid;
    const issue = firstIssue(noYear);
    expect(issue.path).toEqual(['surveyYear']);
    expect(issue.message).toContain('조사 연도');
    expect(firstIssue({ ...valid, dictionaryCode: null, officialName: null }).path).toEqual(['surveyYear']);
    const entry = { name: '매너강사', code: 'K000005922', education: '전문대졸', skillPeriod: '1~2년' };
    expect(firstIssue({ ...valid, alsoListed: [entry] }).path).toEqual(['alsoListed', 0, 'surveyYear']);
  });

  it('starts with the job: a one-sentence summary, a day of two to four steps, good and hard sides', () => {
    expect(firstIssue({ ...valid, summary: '전화로 상품을 알려요. 판매도 해요.' }).message).toBe('요약(summary)은 한 문장으로 써요');
    expect(firstIssue({ ...valid, day: ['하나'] }).path).toEqual(['day']);
    expect(firstIssue({ ...valid, day: ['하나', '둘', '셋', '넷', '다섯'] }).path).toEqual(['day']);
    const { good: _good, ...noGood } = valid;
    expect(firstIssue(noGood).path).toEqual(['good']);
    expect(firstIssue({ ...valid, hard: [] }).path).toEqual(['hard']);
  });

  it('keeps each first-screen line short enough for a phone', () => {
    const long = '고객의 전화를 받아 주문과 배송과 요금과 예약을 모두 처리하고 기록해요';
    const issue = firstIssue({ ...valid, good: [long] });
    expect(issue.path).toEqual(['good', 0]);
    expect(issue.message).toContain('34자');
  });

  it('takes the pay-search names as a pair', () => {
    expect(jobSchema.parse({ ...valid, payNames: { work24: '고객상담원', careerNet: '고객상담원' } }).payNames?.work24).toBe('고객상담원');
    expect(firstIssue({ ...valid, payNames: { work24: '고객상담원' } }).path).toEqual(['payNames', 'careerNet']);
  });

  it('refuses two sources with the same id', () => {
    const issue = firstIssue({ ...valid, sources: [valid.sources[0], valid.sources[0]] });
    expect(issue.path).toEqual(['sources', 1]);
  });

  it('needs at least one source', () => {
    expect(firstIssue({ ...valid, figures: [], sources: [] }).path).toEqual(['sources']);
  });
});
