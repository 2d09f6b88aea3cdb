/**
 * The Korean names of the lesson options and of each value they take (the values are declared in
 * src/model/lesson/option-values.ts): the designer's controls, the CLI help and the messages
 * about bad values say them. Every declared value must have its name here (the types check it).
 */
import {
  ACTIVITIES,
  GRADES,
  MINUTES,
  PERIODS,
  SCHOOL_LEVELS,
  STYLES,
  type Activity,
  type IntRange,
  type OptionName,
  type SchoolLevel,
  type Style,
} from '../model/lesson/option-values.ts';

export const optionLabels = {
  school: { middle: '중학교', high: '고등학교' } satisfies Record<SchoolLevel, string> as Record<SchoolLevel, string>,
  /** In file names: 중2, 고1-3. */
  schoolShort: { middle: '중', high: '고' } satisfies Record<SchoolLevel, string> as Record<SchoolLevel, string>,
  activity: { 'role-play': '네 단계 고객 응대 역할극', 'self-check': '나와 맞는지 점검하기' } satisfies Record<Activity, string> as Record<
    Activity,
    string
  >,
  style: { haeyo: '해요체', plan: '지도안 문체' } satisfies Record<Style, string> as Record<Style, string>,
  /** When each style is the one to choose. */
  styleUse: {
    haeyo: '학생에게 나눠 줄 때',
    plan: '지도안으로 낼 때, 학습목표는 "~할 수 있다"로 활동은 개조식으로',
  } satisfies Record<Style, string> as Record<Style, string>,
  grade: (g: number) => `${g}학년`,
  periods: (n: number) => `${n}차시`,
  minutes: (n: number) => `${n}분`,
};

/** What each option is called. */
export const optionNames: Record<OptionName, string> = {
  school: '학교급',
  grade: '학년',
  periods: '차시 수',
  minutes: '차시 길이(분)',
  activity: '직업 탐구 활동',
  style: '문체',
};

const rangeText = (r: IntRange, unit = '') => `${r.min}~${r.max}${unit}`;

/** What an option accepts, as typed in an address or a command: "middle 또는 high", "1~4". */
export const allowedValues: Record<OptionName, string> = {
  school: SCHOOL_LEVELS.join(' 또는 '),
  grade: rangeText(GRADES),
  periods: rangeText(PERIODS),
  minutes: `${rangeText(MINUTES, '분')}의 정수`,
  activity: ACTIVITIES.join(' 또는 '),
  style: STYLES.join(' 또는 '),
};
