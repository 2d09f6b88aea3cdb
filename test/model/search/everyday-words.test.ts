import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/model/search/query.ts';

const texts = (q: string) => planQuery(q).candidates.map((c) => c.text);

describe('students’ words in a query', () => {
  it('reads English written for loanwords as the Hangul the pages use', () => {
    expect(texts('call center')[0]).toBe('콜센터');
    expect(texts('Flight Attendant')[0]).toBe('승무원');
  });

  it('searches an everyday word as the page’s word first, and still as typed', () => {
    expect(texts('콜센터 알바')[0]).toBe('콜센터 아르바이트');
    expect(texts('콜센터 알바')).toContain('콜센터 알바');
    expect(texts('씨에스')[0]).toBe('cs');
    expect(texts('말 잘하는 법')[0]).toBe('화법');
  });

  it('searches a verb (욕하는, 힘들어) only as what it means: Pagefind would match a start of it', () => {
    const t = texts('욕하는 손님 어떻게 해요');
    expect(t[0]).toBe('폭언 고객');
    expect(t.some((c) => c.includes('욕'))).toBe(false);
    expect(texts('상담원 힘들어?')[0]).toBe('상담원 어려움');
  });

  it('takes 되려면, 되는 법, 하는 일 out of the words and reads them as a question about the job', () => {
    for (const q of ['승무원 되려면', '승무원되는법', '승무원 되는 방법', '승무원이 하는 일']) {
      const plan = planQuery(q);
      expect(plan.candidates[0]!.text, q).toBe('승무원');
      expect(plan.aboutJob, q).toBe(true);
    }
    expect(planQuery('텔레마케터 연봉').aboutJob).toBe(true);
    expect(planQuery('감정노동').aboutJob).toBe(false);
    // Nothing left but the intent word: it is searched as typed.
    expect(texts('하루')).toContain('하루');
  });

  it('knows a teacher’s question and what it asks for', () => {
    expect(planQuery('2차시 수업')).toMatchObject({ audience: 'teacher', teacherTopic: 'lesson' });
    expect(planQuery('고객관리 능력단위')).toMatchObject({ audience: 'teacher', teacherTopic: 'ncs' });
    expect(planQuery('0201030201')).toMatchObject({ audience: 'teacher', teacherTopic: 'ncs' });
    expect(planQuery('승무원 되려면')).toMatchObject({ audience: 'student', teacherTopic: null });
  });

  it('knows a question about where a job leads', () => {
    expect(planQuery('승무원 그만두면 뭐해요').aboutPath).toBe(true);
    expect(planQuery('상담원에서 관리자 되려면').aboutPath).toBe(true);
    expect(planQuery('승무원 연봉').aboutPath).toBe(false);
  });

  it('knows a question that names some worker, and which of its words are its subject', () => {
    expect(planQuery('은행 창구 직원').namesWorker).toBe(true);
    expect(planQuery('웹툰 작가 연봉').namesWorker).toBe(true);
    expect(planQuery('경찰 되려면').namesWorker).toBe(true);
    expect(planQuery('워라밸 좋은 직업').namesWorker).toBe(false);
    expect(
      planQuery('웹툰 작가 연봉')
        .terms.filter((t) => t.subject)
        .map((t) => t.typed),
    ).toEqual(['웹툰']);
  });

  it('leaves out what a question adds (따야돼요, 몇점, 때문에) and takes a department’s name apart', () => {
    expect(texts('콜센터 자격증 뭐 따야돼요')[0]).toBe('콜센터 자격증');
    expect(texts('토익 몇점 승무원')[0]).toBe('외국어 승무원');
    expect(texts('호텔경영학과')[0]).toBe('호텔경영 학과');
  });

  it('fixes a loanword’s tail spelt as heard (고객센타 → 고객센터) and reads the fix first', () => {
    expect(texts('고객센타')[0]).toBe('고객센터');
  });
});
