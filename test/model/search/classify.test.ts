import { describe, expect, it } from 'vitest';
import { classifyPath, unitCodeOfPath, unitOfLessonPath } from '../../../src/model/search/classify.ts';

describe('classifyPath', () => {
  it('follows the route map', () => {
    expect(classifyPath('/jobs/cs-manager/')?.kind).toBe('직업');
    expect(classifyPath('/ncs/02010302/')?.kind).toBe('NCS 능력단위');
    expect(classifyPath('/ncs/units/0201030201_21v3/')?.kind).toBe('NCS 능력단위');
    expect(classifyPath('/lessons/job-cs-manager/')).toEqual({ kind: '수업 설계', audience: '선생님' });
    expect(classifyPath('/lessons/design/')).toEqual({ kind: '수업 설계', audience: '선생님' });
    expect(classifyPath('/paths/agent-to-cx-leader/')?.kind).toBe('진로 경로');
    expect(classifyPath('/guides/faq/')?.kind).toBe('안내');
    expect(classifyPath('/self-check/')?.kind).toBe('안내');
    expect(classifyPath('/')?.kind).toBe('안내');
  });

  it('leaves out the search pages and the 404 page', () => {
    expect(classifyPath('/search/')).toBeNull();
    expect(classifyPath('/search/all/')).toBeNull();
    expect(classifyPath('/404.html')).toBeNull();
    expect(classifyPath('/lessons/job-cs-manager/slides/')).toBeNull();
  });

  it('finds the unit code of a unit page', () => {
    expect(unitCodeOfPath('/ncs/units/0201030201_21v3/')).toBe('0201030201_21v3');
    expect(unitCodeOfPath('/ncs/02010302/')).toBeNull();
    expect(unitOfLessonPath('/lessons/unit-0201030201_21v3/')).toBe('0201030201_21v3');
    expect(unitOfLessonPath('/lessons/job-cs-manager/')).toBeNull();
  });
});
