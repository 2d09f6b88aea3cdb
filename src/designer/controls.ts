/**
 * The designer's option controls, from the declared option values (src/model/lesson/option-values.ts)
 * and their names (src/ui/lesson-options.ts): the page draws exactly these, so a declared value
 * is a choice on the page without touching the page.
 */
import { ACTIVITIES, GRADES, MINUTES, PERIODS, SCHOOL_LEVELS, STYLES, rangeValues, type IntRange } from '../model/lesson/option-values.ts';
import type { LessonDefaults } from '../model/lesson/template-schema.ts';
import { optionLabels, optionNames } from '../ui/lesson-options.ts';

export interface Choice {
  value: string;
  label: string;
  /** Chosen when the page opens: the defaults' value. */
  chosen: boolean;
}

export interface OptionControls {
  school: { name: string; choices: Choice[] };
  grade: { name: string; choices: Choice[] };
  periods: { name: string; choices: Choice[] };
  minutes: { name: string; range: IntRange; usual: string };
  activity: { name: string; choices: Choice[] };
  style: { name: string; choices: Choice[] };
}

export function optionControls(defaults: LessonDefaults): OptionControls {
  const choices = <T extends string | number>(values: readonly T[], label: (v: T) => string, chosen: T | null): Choice[] =>
    values.map((v) => ({ value: String(v), label: label(v), chosen: v === chosen }));
  return {
    school: { name: optionNames.school, choices: choices(SCHOOL_LEVELS, (v) => optionLabels.school[v], defaults.school) },
    grade: { name: optionNames.grade, choices: choices(rangeValues(GRADES), optionLabels.grade, null) },
    periods: { name: optionNames.periods, choices: choices(rangeValues(PERIODS), optionLabels.periods, defaults.periods) },
    minutes: {
      name: optionNames.minutes,
      range: MINUTES,
      usual: SCHOOL_LEVELS.map((s) => `${optionLabels.school[s]} ${optionLabels.minutes(defaults.minutesBySchool[s])}`).join(', '),
    },
    activity: { name: optionNames.activity, choices: choices(ACTIVITIES, (v) => optionLabels.activity[v], defaults.activity) },
    style: {
      name: optionNames.style,
      choices: choices(STYLES, (v) => `${optionLabels.style[v]} (${optionLabels.styleUse[v]})`, defaults.style),
    },
  };
}
