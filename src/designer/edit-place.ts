/**
 * Where an edit was, in a teacher's words ("2차시 3번째 줄의 교사 활동"), from its path alone: the
 * design it was made on may be gone. Never shows a path or a key.
 */
import { designerText as T } from '../ui/designer.ts';
import { lessonLabels as L } from '../ui/lessons.ts';
import { editTarget, type Edit } from './edits.ts';

const n = (s: string) => Number(s) + 1;

export function editPlace(key: string): string {
  const parts = editTarget(key).split('.');
  const [top, a, b, c, d] = parts;
  if (top === 'title') return L.unitName;
  if (top === 'goals' && a !== undefined) return T.place.goal(n(a));
  if (top === 'periodPlans' && a !== undefined) {
    if (b === 'steps' && c !== undefined && (d === 'teacher' || d === 'student' || d === 'materials'))
      return T.place.step(n(a), n(c), L.columns[d]);
    return T.place.period(n(a));
  }
  if (top === 'assessment' && a === 'items' && b !== undefined) return T.place.assessment(n(b));
  if (top === 'assessment' && a === 'rubric' && b !== undefined) return T.place.rubric(n(b));
  if (top === 'worksheet' && a === 'sections' && b !== undefined && c === 'tasks' && d !== undefined) return T.place.task(n(b), n(d));
  if (top === 'handouts' && a !== undefined) return T.place.handout(n(a));
  if (top === 'ncs' && a === 'units' && b !== undefined) return T.place.unit(n(b), c === 'definition' ? L.ncsDefinition : L.ncsElements);
  if (top === 'standardsNote') return L.standards;
  return T.place.other;
}

/** One line about an edit that found no place: where it was, what it replaced, what she wrote. */
export function unplacedLine(key: string, edit: Edit): string {
  return T.kept.line(editPlace(key), edit.from, edit.to.trim());
}
