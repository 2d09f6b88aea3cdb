import { describe, expect, it } from 'vitest';
import { nounEnding, planGoal, planLine } from '../../src/lib/korean-plan-style.ts';

describe('지도안 style', () => {
  it.each([
    ['보여 줘요', '보여 줌'],
    ['적어요', '적음'],
    ['써요', '씀'],
    ['골라요', '고름'],
    ['만들어요', '만듦'],
    ['물어요', '물음'],
    ['그어요', '그음'],
    ['덧붙여요', '덧붙임'],
    ['채워요', '채움'],
    ['돼요', '됨'],
    ['봐요', '봄'],
    ['고쳐요', '고침'],
    ['해요', '함'],
    ['두었어요', '두었음'],
    ['것이에요', '것임'],
    ['자료예요', '자료임'],
    ['아니에요', '아님'],
    ['낯설어요', '낯섦'],
    ['쉬워요', '쉬움'],
  ])('writes %s as %s', (word, noun) => {
    expect(nounEnding(word.split(' ').at(-1)!)).toBe(noun.split(' ').at(-1));
  });

  it('turns every sentence ending of a line, and nothing the teacher says aloud, asks or puts in brackets', () => {
    expect(planLine('모둠마다 세 단계로 나누어 보게 해요. 두 모둠씩 견주어 봐요.')).toBe(
      '모둠마다 세 단계로 나누어 보게 함. 두 모둠씩 견주어 봄.',
    );
    expect(planLine('"무엇부터 할까요?"처럼 일터의 짧은 상황을 들려줘요.')).toBe('"무엇부터 할까요?"처럼 일터의 짧은 상황을 들려줌.');
    expect(planLine("'이 일을 한다면 무엇부터 해요.'를 묻고 세 단계로 나누어요")).toBe(
      "'이 일을 한다면 무엇부터 해요.'를 묻고 세 단계로 나눔",
    );
    expect(planLine('기기가 있으면(2명에 1대면 돼요) 함께 읽어요.')).toBe('기기가 있으면(2명에 1대면 돼요) 함께 읽음.');
    expect(planLine('어디서 찾을까요?')).toBe('어디서 찾을까요?');
    expect(planLine('세 줄을 만들어요: 약속, 할 일.')).toBe('세 줄을 만듦: 약속, 할 일.');
    expect(planLine('길이 하나가 아님을 보여 줘요(학과, 자격).')).toBe('길이 하나가 아님을 보여 줌(학과, 자격).');
  });

  it('writes 학습목표 as "~할 수 있다"', () => {
    expect(planGoal('능력단위의 일을 설명할 수 있어요.')).toBe('능력단위의 일을 설명할 수 있다.');
    expect(planGoal('수 있어요라는 말')).toBe('수 있어요라는 말');
  });
});
