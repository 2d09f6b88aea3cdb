import { describe, expect, it } from 'vitest';
import { applyEdits, isEditable, itemAt } from '../../src/designer/edits.ts';
import { siteLessonDesigns } from '../../src/site-content/site.ts';

const designs = siteLessonDesigns('content');
const job = designs.find((d) => d.id === 'job-cs-manager')!;

// Job designs on the default site have no teacher blank left in their steps; give one the shape
// the builder makes when a record is missing.
const withStepBlank: typeof job = structuredClone(job);
withStepBlank.periodPlans[0]!.steps[0]!.teacher.push({ blank: '선생님이 채워요: 오늘 볼 영상' });
const stepBlank = `periodPlans.0.steps.0.teacher.${withStepBlank.periodPlans[0]!.steps[0]!.teacher.length - 1}`;

describe('teacher edits overlay', () => {
  it('puts her words at the title, a goal (also in the plan table) and a blank, without touching the built design', () => {
    const blank = stepBlank;
    const before = structuredClone(withStepBlank);
    const out = applyEdits(withStepBlank, {
      title: { from: job.title, to: '우리 반 탐구' },
      'goals.0': { from: job.goals[0] as string, to: '새 목표' },
      [blank]: { from: (itemAt(withStepBlank, blank) as { blank: string }).blank, to: '채운 말' },
    });
    expect(out.title).toBe('우리 반 탐구');
    expect(out.goals[0]).toBe('새 목표');
    expect(out.periodPlans.flatMap((p) => p.goals)).toContain('새 목표');
    expect(itemAt(out, blank)).toBe('채운 말');
    expect(withStepBlank).toEqual(before);
  });

  it('leaves out edits whose text no longer matches, empty ones, and paths that are not editable', () => {
    const out = applyEdits(job, {
      title: { from: 'an older title', to: 'x' },
      'goals.0': { from: job.goals[0] as string, to: '   ' },
      summary: { from: job.summary, to: 'not editable' },
      'periodPlans.0.title': { from: job.periodPlans[0]!.title, to: 'not editable' },
      '__proto__.polluted': { from: '', to: 'x' },
      'goals.99': { from: '', to: 'x' },
    });
    expect(out).toEqual(job);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(isEditable(job, 'summary')).toBe(false);
  });
});
