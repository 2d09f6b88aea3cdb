import { describe, expect, it } from 'vitest';
import { careerPathSchema } from '../../src/schemas/career-path.ts';

const valid = {
  title: '상담원에서 CX 리더까지',
  summary: '전화 상담에서 시작해 고객 경험 전체를 이끄는 자리까지 가는 길이에요.',
  order: 1,
  steps: [
    {
      label: '컨택센터 상담원',
      jobs: ['contact-center-agent'],
      detail: '전화로 문의를 받아요.',
      time: { text: '숙련 1~3개월', source: 'dict' },
      moveOn: '경험이 쌓이면',
    },
    { label: 'CX 리더', jobs: ['cx-leader'], detail: '고객 경험 전체를 설계해요.' },
  ],
  sources: ['dict'],
};

describe('careerPathSchema', () => {
  it('accepts a path whose every step but the last says what moves a person on', () => {
    expect(careerPathSchema.safeParse(valid).success).toBe(true);
  });

  it('names the step that lacks moveOn', () => {
    const steps = [{ ...valid.steps[0], moveOn: undefined }, valid.steps[1]];
    const r = careerPathSchema.safeParse({ ...valid, steps });
    expect(r.error!.issues[0]!.path).toEqual(['steps', 0, 'moveOn']);
  });

  it('names a step time whose source is not listed', () => {
    const steps = [{ ...valid.steps[0], time: { text: '1년', source: 'nowhere' } }, valid.steps[1]];
    const r = careerPathSchema.safeParse({ ...valid, steps });
    expect(r.error!.issues[0]!.path).toEqual(['steps', 0, 'time', 'source']);
    expect(r.error!.issues[0]!.message).toContain('nowhere');
  });

  // Whether the job has a page is the site loader's check (test/site-content/load-site.test.ts).
  it('refuses a job that is not written as a slug', () => {
    const steps = [{ ...valid.steps[0], jobs: ['Astronaut!'] }, valid.steps[1]];
    const r = careerPathSchema.safeParse({ ...valid, steps });
    expect(r.error!.issues[0]!.path).toEqual(['steps', 0, 'jobs', 0]);
  });

  it('allows choices only on the last step', () => {
    const choices = [{ label: '상담' }, { label: '홍보' }];
    expect(careerPathSchema.safeParse({ ...valid, steps: [valid.steps[0], { ...valid.steps[1], choices }] }).success).toBe(true);
    const r = careerPathSchema.safeParse({ ...valid, steps: [{ ...valid.steps[0], choices }, valid.steps[1]] });
    expect(r.error!.issues[0]!.path).toEqual(['steps', 0, 'choices']);
  });
});
