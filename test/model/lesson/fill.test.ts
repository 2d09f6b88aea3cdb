import { describe, expect, it } from 'vitest';
import { fillLine, templateParticle } from '../../../src/model/lesson/fill.ts';
import { lessonWording as w } from '../../../src/ui/lesson-wording.ts';

const where = { file: 'content/lessons/x.yaml', record: 'blocks.visit', field: 'goal' };

describe('Korean particles after a filled value', () => {
  it.each([
    ['CS 매니저', '이', 'CS 매니저가'],
    ['고객관리 계획 수립', '이', '고객관리 계획 수립이'],
    ['호텔 프런트', '과', '호텔 프런트와'],
    ['승무원', '과', '승무원과'],
    ['CS 매니저 (고객관리 매니저)', '이', 'CS 매니저 (고객관리 매니저)가'],
    ['「고객 관계 관리」', '을', '「고객 관계 관리」를'],
    ['서울', '으로', '서울로'],
    ['학교', '으로', '학교로'],
    ['부산항', '으로', '부산항으로'],
    ['5', '이', '5가'],
    ['3', '이', '3이'],
    ['3', '는', '3은'],
    ['호텔프런트사무원(K000006870)', '로', '호텔프런트사무원(K000006870)으로'],
    ['매너강사(K000005922)', '를', '매너강사(K000005922)를'],
  ])('%s + %s → %s', (word, particle, expected) => {
    expect(templateParticle(word, particle)).toBe(expected);
  });

  it('reads digits as Korean numbers', () => {
    expect(['1', '2', '3', '4', '5', '6', '7', '8'].map((d) => templateParticle(d, '이')!.slice(1))).toEqual([
      '이',
      '가',
      '이',
      '가',
      '가',
      '이',
      '이',
      '이',
    ]);
  });

  it('joins dictionary records for a sentence, each 과/와 by its sound', () => {
    expect(w.andList(['호텔현관사무원(K000001683)', '호텔프런트사무원(K000006870)'])).toBe(
      '호텔현관사무원(K000001683)과 호텔프런트사무원(K000006870)',
    );
    expect(w.andList(['가', '나', '다'])).toBe('가, 나와 다');
  });
});

describe('fillLine', () => {
  it('fills values and particles', () => {
    expect(fillLine('{job:이} 하는 일', { job: '텔레마케터' }, where)).toBe('텔레마케터가 하는 일');
  });

  it('turns a line with missing data into a labelled blank that keeps the hint', () => {
    const item = fillLine('정의를 읽어요: {definition}', { definition: { missing: '공식 자료 없음' } }, where);
    expect(item).toEqual({ blank: '정의를 읽어요: ＿＿＿＿ (공식 자료 없음)' });
  });

  it('names the file, record and field of an unknown placeholder', () => {
    expect(() => fillLine('{jbo}의 하루', { job: 'x' }, where)).toThrow(
      /content\/lessons\/x\.yaml: blocks\.visit goal: 알 수 없는 자리 \{jbo\}/,
    );
  });

  it('rejects a particle it does not know', () => {
    expect(() => fillLine('{job:에게서}', { job: 'x' }, where)).toThrow(/조사 "에게서"/);
  });
});
