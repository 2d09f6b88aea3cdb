import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../../src/schemas/job.ts';
import {
  careerNetSearchUrl,
  officialRecordPlan,
  payLinks,
  work24SearchUrl,
  type RecordLookups,
} from '../../../src/model/jobs/official-records.ts';
import { officialRecord, shortJobName } from '../../../src/ui/jobs.ts';

const base = {
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

  it('the 커리어넷 search link carries the name, encoded', () => {
    expect(careerNetSearchUrl('비행기승무원')).toBe(
      `https://www.career.go.kr/cloud/w/search/intro?text=${encodeURIComponent('비행기승무원')}`,
    );
  });

  it('pay links search each portal by the name it knows the job by, else by the 직업사전 record', () => {
    const plain = payLinks({}, { searchName: '텔레마케터' });
    expect(plain.map((l) => [l.portal, l.term])).toEqual([
      ['work24', '텔레마케터'],
      ['careerNet', '텔레마케터'],
    ]);
    expect(plain[0]!.url).toBe(work24SearchUrl('텔레마케터'));
    const named = payLinks({ payNames: { work24: '항공기객실승무원', careerNet: '비행기승무원' } }, { searchName: '항공기객실승무원' });
    expect(named.map((l) => l.url)).toEqual([work24SearchUrl('항공기객실승무원'), careerNetSearchUrl('비행기승무원')]);
  });

  it('a job the dictionary lacks has its pay searched by the nearest record', () => {
    const job = jobSchema.parse(unlisted);
    const plan = officialRecordPlan(job, lookups);
    expect(payLinks(job, plan).map((l) => l.term)).toEqual(['고객상담업무관리자', '고객상담업무관리자']);
  });
});

describe('official-record wording', () => {
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
