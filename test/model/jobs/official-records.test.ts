import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../../src/schemas/job.ts';
import { officialRecordPlan, work24SearchUrl, type RecordLookups } from '../../../src/model/jobs/official-records.ts';
import { officialRecord, shortJobName } from '../../../src/ui/jobs.ts';

const base = {
  title: '텔레마케터',
  summary: '전화로 상품을 알리고 판매해요.',
  order: 3,
  workArea: '고객접점 서비스',
  officialName: '텔레마케터',
  dictionaryCode: 'K000007451',
  education: '고졸',
  skillPeriod: '3~6개월',
  surveyYear: 2013,
  keco: '6130',
  ksco: '5313',
  certificates: ['텔레마케팅관리사', 'CS Leaders(관리사)'],
  ncsUnits: ['0201030206_21v3', '0201030201_21v3', '0201030406_21v2'],
  sources: ['job-dictionary'],
};
const unlisted = {
  ...base,
  title: 'CS 매니저 (고객관리 매니저)',
  officialName: null,
  dictionaryCode: null,
  education: null,
  skillPeriod: null,
  surveyYear: null,
  keco: null,
  ksco: null,
  nearestRecords: [{ name: '고객상담업무관리자', code: 'K000001349' }],
};

const lookups: RecordLookups = {
  certificateIssuer: (name) => ({ 텔레마케팅관리사: '한국산업인력공단', 'CS Leaders(관리사)': '한국정보평가협회' })[name],
  dutyName: (code) => ({ '02010302': '고객관리', '02010304': '유통관리' })[code] ?? null,
};

describe('officialRecordPlan', () => {
  it('a listed job: its own record, Q-Net only for the national certificate, each 세분류 once', () => {
    const plan = officialRecordPlan(jobSchema.parse(base), lookups);
    expect(plan.own).toEqual([{ name: '텔레마케터', code: 'K000007451', education: '고졸', skillPeriod: '3~6개월', surveyYear: 2013 }]);
    expect(plan.nearest).toEqual([]);
    expect(plan.searchName).toBe('텔레마케터');
    expect(plan.qNetCertificates).toEqual(['텔레마케팅관리사']);
    expect(plan.ncsDuties).toEqual([
      { code: '02010302', name: '고객관리' },
      { code: '02010304', name: '유통관리' },
    ]);
  });

  it('an unlisted job: the nearest record, searched by its name', () => {
    const plan = officialRecordPlan(jobSchema.parse(unlisted), lookups);
    expect(plan.own).toEqual([]);
    expect(plan.nearest).toEqual([{ name: '고객상담업무관리자', code: 'K000001349' }]);
    expect(plan.searchName).toBe('고객상담업무관리자');
  });

  it('the 고용24 search link carries the name, encoded', () => {
    expect(work24SearchUrl('고객 상담')).toMatch(/topQueryData=%EA%B3%A0%EA%B0%9D%20%EC%83%81%EB%8B%B4$/);
  });
});

describe('official-record wording', () => {
  it('chooses particles by the last syllable', () => {
    expect(officialRecord.listed(['텔레마케터'])).toBe('한국직업사전에 "텔레마케터"로 실려 있어요.');
    expect(officialRecord.listed(['항공기객실승무원'])).toBe('한국직업사전에 "항공기객실승무원"으로 실려 있어요.');
    expect(officialRecord.listed(['고객서비스교육담당원', '매너강사'])).toBe(
      '한국직업사전에 "고객서비스교육담당원"과 "매너강사"로 실려 있어요.',
    );
    expect(officialRecord.notListed('CS 매니저', ['고객서비스교육담당원', '고객상담업무관리자'])).toContain(
      'CS 매니저라는 이름은 한국직업사전에 없어서',
    );
    expect(officialRecord.notListed('CX 리더', ['고객서비스교육담당원'])).toMatch(/고객서비스교육담당원이에요\.$/);
    expect(officialRecord.notListed('CX 리더', ['고객상담업무관리자'])).toMatch(/고객상담업무관리자예요\.$/);
    expect(officialRecord.careerNet.text('호텔현관사무원')).toContain('"호텔현관사무원"을 입력');
  });

  it('tells what to type into the search boxes, with the particle a code takes', () => {
    expect(officialRecord.dictionary.text([{ name: '컨텍센터상담원', code: 'K000004177' }])).toBe(
      '한국직업사전은 고용24에서 볼 수 있어요. 검색창에 기록 이름 "컨텍센터상담원"이나 코드 K000004177을 입력해 보세요.',
    );
    expect(
      officialRecord.dictionary.text([
        { name: '호텔현관사무원', code: 'K000001683' },
        { name: '호텔프런트사무원', code: 'K000006870' },
      ]),
    ).toBe(
      '한국직업사전은 고용24에서 볼 수 있어요. 검색창에 기록 이름이나 코드를 입력해 보세요: "호텔현관사무원"(K000001683), "호텔프런트사무원"(K000006870).',
    );
    expect(officialRecord.dictionary.text([{ name: '고객상담업무관리자', code: 'K000001349' }], true)).toMatch(
      /하는 일이 가장 가까운 기록이에요\.$/,
    );
    expect(officialRecord.ncs.text([{ code: '02010302', name: '고객관리' }])).toBe(
      '검색창에 세분류 이름 "고객관리"나 코드 02010302를 입력해 보세요. 그 세분류의 능력단위와 학습모듈이 나와요.',
    );
  });

  it('shortens a title to the name students use', () => {
    expect(shortJobName('CS 매니저 (고객관리 매니저)')).toBe('CS 매니저');
    expect(shortJobName('CS 리더 · CX 리더')).toBe('CS 리더 · CX 리더');
  });
});
