/**
 * A design in 지도안 style (문체 `plan`): 학습목표 "~할 수 있다", and the teacher's lines (교사·학생 활동,
 * 자료 및 유의점, the teacher's rubric) 개조식. What students read (worksheet, handouts) keeps its
 * 해요체, as do the sentences the teacher says aloud (in quotation marks).
 */
import { planGoal, planLine } from '../../lib/korean-plan-style.ts';
import { isBlank, type Item, type LessonDesign } from './types.ts';

const each =
  (change: (text: string) => string) =>
  (item: Item): Item =>
    isBlank(item) ? item : change(item);

export function inPlanStyle(design: LessonDesign): LessonDesign {
  const goal = each(planGoal);
  const line = each(planLine);
  return {
    ...design,
    goals: design.goals.map(goal),
    periodPlans: design.periodPlans.map((plan) => ({
      ...plan,
      goals: plan.goals.map(goal),
      steps: plan.steps.map((step) => ({
        ...step,
        teacher: step.teacher.map(line),
        student: step.student.map(line),
        materials: step.materials.map(line),
      })),
    })),
    assessment: {
      ...design.assessment,
      rubric: design.assessment.rubric.map((r) => ({
        // Students read the rubric as written (the student rubric beside the teacher's).
        student: { criterion: r.criterion, high: r.high, middle: r.middle, low: r.low },
        criterion: line(r.criterion),
        high: planLine(r.high),
        middle: planLine(r.middle),
        low: planLine(r.low),
      })),
    },
  };
}
