import { describe, expect, it } from 'vitest';
import { nextPart } from '../../../src/components/job/next-part.ts';

const parts = [
  { id: 'work', label: '하는 일' },
  { id: 'way', label: '되는 길' },
  { id: 'pay', label: '임금과 전망' },
];
const nextJob = { href: '/jobs/cs-instructor/', label: 'CS 강사' };

describe('the part a job page’s phone bar points to', () => {
  it('above the first part: no current part, the first part next', () => {
    expect(nextPart(parts, [500, 1500, 2500], 280, nextJob)).toEqual({
      current: undefined,
      next: { href: '#work', label: '하는 일', kind: 'part' },
    });
  });

  it('a part is being read once its heading is above the line; the one after it is next', () => {
    expect(nextPart(parts, [-900, 100, 1200], 280, nextJob)).toEqual({
      current: parts[1],
      next: { href: '#pay', label: '임금과 전망', kind: 'part' },
    });
    // A heading just below the line is not yet being read.
    expect(nextPart(parts, [-900, 281, 1200], 280, nextJob).current).toEqual(parts[0]);
  });

  it('in the last part, the next job', () => {
    expect(nextPart(parts, [-3000, -2000, -10], 280, nextJob)).toEqual({ current: parts[2], next: { ...nextJob, kind: 'page' } });
  });

  it('a heading that is missing from the page never counts as read', () => {
    expect(nextPart(parts, [-900], 280, nextJob)).toEqual({ current: parts[0], next: { href: '#way', label: '되는 길', kind: 'part' } });
  });
});
