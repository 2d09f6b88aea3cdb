import { describe, expect, it } from 'vitest';
import { applyEdits, isEditable, itemAt } from '../../src/designer/edits.ts';
import { siteLessonDesigns } from '../../src/site-content/site.ts';
import { isBlank } from '../../src/model/lesson/types.ts';

const designs = siteLessonDesigns('content');
const job = designs.find((d) => d.id === 'job-cs-manager')!;
const unit =
  designs.find((d) => d.kind === 'unit-lesson' && d.ncs.units[0]!.definition === null) ?? designs.find((d) => d.kind === 'unit-lesson')!;

function firstBlankPath(): string {
  for (let p = 0; p < job.periodPlans.length; p++)
    for (let s = 0; s < job.periodPlans[p]!.steps.length; s++)
      for (const part of ['teacher', 'student', 'materials'] as const) {
        const i = job.periodPlans[p]!.steps[s]![part].findIndex(isBlank);
        if (i >= 0) return `periodPlans.${p}.steps.${s}.${part}.${i}`;
      }
  throw new Error('no blank');
}

describe('teacher edits overlay', () => {
  it('puts her words at the title, a goal (also in the plan table) and a blank, without touching the built design', () => {
    const blank = firstBlankPath();
    const before = structuredClone(job);
    const out = applyEdits(job, {
      title: { from: job.title, to: '우리 반 탐구' },
      'goals.0': { from: job.goals[0] as string, to: '새 목표' },
      [blank]: { from: (itemAt(job, blank) as { blank: string }).blank, to: '채운 말' },
    });
    expect(out.title).toBe('우리 반 탐구');
    expect(out.goals[0]).toBe('새 목표');
    expect(out.periodPlans.flatMap((p) => p.goals)).toContain('새 목표');
    expect(itemAt(out, blank)).toBe('채운 말');
    expect(job).toEqual(before);
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

  it('a unit without an official definition: the definition blank takes her text', () => {
    const path = 'ncs.units.0.definition';
    expect(isEditable(unit, path)).toBe(true);
    const out = applyEdits(unit, { [path]: { from: (itemAt(unit, path) as { blank: string }).blank, to: '정의' } });
    expect(out.ncs.units[0]!.definition).toBe('정의');
  });
});
