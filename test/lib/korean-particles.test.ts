import { describe, expect, it } from 'vitest';
import { certainFinalSound, finalSound, particleSlips, withParticle } from '../../src/lib/korean-particles.ts';

describe('withParticle', () => {
  it.each([
    ['상담원', '이', '상담원이'],
    ['매니저', '이', '매니저가'],
    ['매니저', '이에요', '매니저예요'],
    ['상담원', '이에요', '상담원이에요'],
    ['서울', '으로', '서울로'],
    ['집', '으로', '집으로'],
    ['학교', '으로', '학교로'],
    // Codes are read digit by digit: 삼 takes 으로, 사 takes 로, 칠 takes 로 and 을.
    ['0201030201_21v3', '으로', '0201030201_21v3으로'],
    ['0201030210_21v4', '으로', '0201030210_21v4로'],
    ['K000004177', '을', 'K000004177을'],
    ['K000004177', '으로', 'K000004177로'],
    ['K000001683', '을', 'K000001683을'],
    ['K000006870', '이나', 'K000006870이나'],
    // 십, 백, 천, 만 all end in a consonant.
    ['80', '이', '80이'],
    ['2022', '과', '2022와'],
    ['2016', '과', '2016과'],
    ['80%', '을', '80%를'],
    // Capital letters by their names: 엘, 엠, 엔, 알 end in a consonant.
    ['CS', '을', 'CS를'],
    ['CSM', '을', 'CSM을'],
    ['ITIL', '으로', 'ITIL로'],
    ['AXELOS', '을', 'AXELOS를'],
    ['VOC', '과', 'VOC와'],
    // Quotes and the word before a bracket.
    ['"컨텍센터상담원"', '이라는', '"컨텍센터상담원"이라는'],
    ['코드(K000004177)', '으로', '코드(K000004177)로'],
    ['“고객에게 어떤 의미일까?”', '을', '“고객에게 어떤 의미일까?”를'],
  ] as const)('%s + %s → %s', (word, particle, expected) => {
    expect(withParticle(word, particle)).toBe(expected);
  });

  it('guesses for lowercase Latin words and says it is a guess', () => {
    expect(certainFinalSound('Amazon')).toBeNull();
    expect(finalSound('Amazon')).toBe('other');
    expect(finalSound('Netflix')).toBe('none');
    expect(finalSound('Marketing')).toBe('other');
  });
});

describe('particleSlips', () => {
  it('finds particles after codes, digits and capitals written the wrong way round', () => {
    const text = 'NCS 누리집에서 코드 0201030201_21v3로 찾아요. AXELOS을 대신해요. CSM를 보세요. 3예요. 80%을 넘어요.';
    expect(particleSlips(text).map((s) => [s.written, s.expected])).toEqual([
      ['0201030201_21v3로', '0201030201_21v3으로'],
      ['AXELOS을', 'AXELOS를'],
      ['CSM를', 'CSM을'],
      ['3예요', '3이에요'],
      ['80%을', '80%를'],
    ]);
  });

  it('reads the word before a bracket that opened words earlier, and inside quotes', () => {
    expect(particleSlips('“고객 집착(Customer Obsession)”이라는 원칙').map((s) => s.expected)).toEqual([]);
    expect(particleSlips('“고객 집착(Customer Obsession)”라는 원칙').map((s) => s.expected)).toEqual(['Obsession)”이라는']);
    expect(particleSlips('“텔레(멀리)”과 “마케팅”을 합친 말').map((s) => s.expected)).toEqual(['“텔레(멀리)”와']);
    // Nested brackets: the particle follows 능력단위, not the level inside.
    expect(particleSlips('능력단위(고객관리 성과 평가(수준 5), 고객 필요정보 제공(수준 3))를 보여 줘요')).toEqual([]);
    expect(particleSlips('「고객관리 성과 평가」(수준 5)을 배워요').map((s) => s.expected)).toEqual(['5)를']);
  });

  it('keeps 으로 apart from what follows it', () => {
    expect(particleSlips('0201030201_21v3로는 찾을 수 없어요').map((s) => s.expected)).toEqual(['0201030201_21v3으로는']);
    expect(particleSlips('K000004177로도 찾아요')).toEqual([]);
  });

  it('leaves alone what it cannot be sure of', () => {
    // After Hangul, 이 and 가 may be part of the word; lowercase Latin words are read as words.
    expect(particleSlips('상담원이 전화를 받아요. 3가지 방법. Google을 써요. 1~2년으로 적어요. 10과목이에요.')).toEqual([]);
  });
});
