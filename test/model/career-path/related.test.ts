import { describe, expect, it } from 'vitest';
import { pathsWithJob, type PathEntry } from '../../../src/model/career-path/related.ts';
import type { PathStep } from '../../../src/schemas/career-path.ts';

const step = (label: string, more: Partial<PathStep> = {}): PathStep => ({ label, jobs: [], detail: `${label}을 해요.`, ...more });
const path = (id: string, order: number, steps: PathStep[]): PathEntry => ({
  id,
  data: {
    title: `${id} 경로`,
    summary: '요약',
    order,
    steps,
    sources: ['s'],
  },
});

const paths = [
  path('later', 2, [step('상담원', { jobs: ['contact-center-agent'] }), step('관리자', { jobs: ['cs-manager'] })]),
  path('first', 1, [
    step('전공 선택'),
    step('첫 일', {
      choices: [
        { label: '상담', job: 'contact-center-agent' },
        { label: '강의', job: 'cs-instructor' },
      ],
    }),
  ]),
  path('other', 3, [step('승무원', { jobs: ['flight-attendant'] }), step('강사', { jobs: ['cs-instructor', 'contact-center-agent'] })]),
];

describe('pathsWithJob', () => {
  it('lists the paths naming the job, in page order, with the first step (1-based) that names it', () => {
    expect(pathsWithJob(paths, 'contact-center-agent')).toEqual([
      { id: 'first', title: 'first 경로', step: 2 },
      { id: 'later', title: 'later 경로', step: 1 },
      { id: 'other', title: 'other 경로', step: 2 },
    ]);
  });

  it('counts a job named only among a final step’s choices', () => {
    expect(pathsWithJob(paths, 'cs-instructor').map((p) => p.id)).toEqual(['first', 'other']);
  });

  it('is empty for a job no path names, so the job page shows no section and no table-of-contents entry', () => {
    expect(pathsWithJob(paths, 'cx-leader')).toEqual([]);
  });
});
