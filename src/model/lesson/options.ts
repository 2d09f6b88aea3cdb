/** Generator options from defaults (content/lessons/defaults.yaml) and option layers, later layers winning. */
import type { LessonOptions, LessonOptionsInput } from '../../schemas/lesson-options.ts';
import type { LessonDefaults } from './template-schema.ts';

export function resolveOptions(defaults: LessonDefaults, ...layers: LessonOptionsInput[]): LessonOptions {
  const merged: LessonOptionsInput = {};
  for (const layer of layers) Object.assign(merged, layer);
  const school = merged.school ?? defaults.school;
  return {
    school,
    grade: merged.grade ?? null,
    periods: merged.periods ?? defaults.periods,
    minutes: merged.minutes ?? defaults.minutesBySchool[school],
    activity: merged.activity ?? defaults.activity,
    style: merged.style ?? defaults.style,
    jobs: merged.jobs ? [...merged.jobs] : null,
    units: merged.units ? [...merged.units] : null,
  };
}
