/** The designer's address for a built design: same subject and options, ready to change. */
import { DEFAULT_STYLE } from '../model/lesson/option-values.ts';
import type { LessonDesign } from '../model/lesson/types.ts';
import { toQuery } from './query.ts';

export function designerQuery(design: LessonDesign): string {
  const o = design.options;
  return toQuery({
    target: design.job ? { kind: 'job', slug: design.job.slug } : design.unit ? { kind: 'units', codes: [design.unit.code] } : null,
    options: {
      school: o.school,
      periods: o.periods,
      minutes: o.minutes,
      ...(design.kind === 'job-series' ? { activity: o.activity } : {}),
      // Lesson pages keep their addresses: the usual style is not named.
      ...(o.style && o.style !== DEFAULT_STYLE ? { style: o.style } : {}),
    },
  });
}
