import { describe, expect, it } from 'vitest';
import { coveredJobNames, isCoveredJobWord, isUncovered } from '../../../src/model/search/coverage.ts';
import { planQuery } from '../../../src/model/search/query.ts';

const jobs = [
  {
    title: 'CS 강사 (고객서비스교육담당원 · 매너강사)',
    officialName: '고객서비스교육담당원',
    otherNames: ['CS강사'],
    alsoListed: [{ name: '매너강사' }],
  },
  { title: '항공기 객실승무원', officialName: '항공기객실승무원', otherNames: [], alsoListed: [] },
  { title: '컨택센터 상담원 (고객상담원)', officialName: '컨텍센터상담원', otherNames: ['전화고객상담원'], alsoListed: [] },
];
const names = coveredJobNames(jobs);

describe('coveredJobNames', () => {
  it('takes every name a job goes by, its title’s parts, and the synonyms of any of them', () => {
    expect(names).toEqual(expect.arrayContaining(['cs강사', '고객서비스교육담당원', '매너강사', '항공기객실승무원', '컨텍센터상담원']));
    // 승무원 and 콜센터 groups (synonyms.ts)
    expect(names).toEqual(expect.arrayContaining(['스튜어디스', '승무원', '콜센터', '고객센터']));
  });

  it('counts a word that is a name or a part of one (관리자, 호텔) as covered, and one-syllable words not', () => {
    expect(isCoveredJobWord('스튜어디스', names)).toBe(true);
    expect(isCoveredJobWord('강사', names)).toBe(true);
    expect(isCoveredJobWord('간호사', names)).toBe(false);
    expect(isCoveredJobWord('원', names)).toBe(false);
  });
});

describe('isUncovered', () => {
  const page = '항공기 객실승무원. 비행기에서 일해요. 연봉 임금 은행 고객센터 감정노동 호텔 경영학 ⁂¦⁂ 승무원';

  it('says so when no word of the query is on the pages Pagefind fell back to', () => {
    expect(isUncovered(planQuery('간호사 되려면'), [page], names)).toBe(true);
    expect(isUncovered(planQuery('유튜버'), [], names)).toBe(true);
  });

  it('does not for a near spelling of a word the site is about: that is a slip, not another subject', () => {
    expect(isUncovered(planQuery('리셉숀'), [], names)).toBe(false);
  });

  it('says so when a question about a worker names no job of the site, even if its words are on pages', () => {
    expect(isUncovered(planQuery('은행 창구 직원'), [page], names)).toBe(true);
    expect(isUncovered(planQuery('웹툰 작가 연봉'), [page], names)).toBe(true);
  });

  it('does not for the site’s jobs, their other names, or questions that name no worker', () => {
    expect(isUncovered(planQuery('스튜어디스 연봉'), [page], names)).toBe(false);
    expect(isUncovered(planQuery('연봉'), [page], names)).toBe(false);
    expect(isUncovered(planQuery('은행'), [page], names)).toBe(false);
  });

  it('takes Pagefind’s longer-word fallback as found when only a syllable is missing or two known words are joined', () => {
    expect(isUncovered(planQuery('감정노동자'), [page], names)).toBe(false);
    expect(isUncovered(planQuery('호텔경영학과'), [page], names)).toBe(false);
  });
});
