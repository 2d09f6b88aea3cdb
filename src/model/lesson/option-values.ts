/**
 * Every value a lesson-design option can take, declared once. The option schema (zod enums and
 * ranges), the types, the template schema's activity keys and period layouts, the command-line
 * help, the designer's controls, the address parser and the messages about bad values all derive
 * from here; the Korean names of the values live in src/ui/lesson-options.ts. A new activity is
 * its entry here, its template lines (content/lessons/job-series*.yaml) and its name.
 */

export const SCHOOL_LEVELS = ['middle', 'high'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** The job design's hands-on activity. */
export const ACTIVITIES = ['role-play', 'self-check'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/**
 * 문체: `haeyo`, the 해요체 a design has for handing to students; `plan`, the style of a 지도안 a
 * teacher submits (학습목표 "~할 수 있다", 개조식 activity lines).
 */
export const STYLES = ['haeyo', 'plan'] as const;
export type Style = (typeof STYLES)[number];
/** A design says nothing of its style when it has this one (designs made before 문체 existed). */
export const DEFAULT_STYLE: Style = 'haeyo';

export interface IntRange {
  min: number;
  max: number;
}

/** 학년: without one, the design is for every grade of the school level. */
export const GRADES: IntRange = { min: 1, max: 3 };
/** 차시 수: each count has its own layout in the templates. */
export const PERIODS: IntRange = { min: 1, max: 4 };
/** 차시 길이(분). */
export const MINUTES: IntRange = { min: 20, max: 120 };

/** Every whole number of a range, in order. */
export function rangeValues(range: IntRange): number[] {
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}

/** The options a teacher chooses, by the names the address, the CLI and the config file use. */
export const OPTION_NAMES = ['school', 'grade', 'periods', 'minutes', 'activity', 'style'] as const;
export type OptionName = (typeof OPTION_NAMES)[number];
