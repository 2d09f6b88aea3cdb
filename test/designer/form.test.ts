import { describe, expect, it } from 'vitest';
import { formQuery, formValuesOf, problemTexts, type FormValues } from '../../src/designer/form.ts';
import { optionControls } from '../../src/designer/controls.ts';
import { parseQuery, toQuery } from '../../src/designer/query.ts';
import { ACTIVITIES, PERIODS, SCHOOL_LEVELS, STYLES } from '../../src/model/lesson/option-values.ts';
import { siteLessonInputs } from '../../src/site-content/site.ts';

const defaults = siteLessonInputs('content').templates.defaults;
const form = (over: Partial<FormValues>): FormValues => ({
  kind: 'job',
  job: 'cs-manager',
  units: [],
  school: 'high',
  grade: '2',
  periods: '3',
  minutes: '',
  activity: 'self-check',
  style: 'plan',
  ...over,
});

describe('the options form and the address', () => {
  it('makes the address of the chosen subject only, with every option that has a value', () => {
    expect(formQuery(form({})).toString()).toBe('job=cs-manager&school=high&grade=2&periods=3&activity=self-check&style=plan');
    expect(formQuery(form({ kind: 'units', units: ['0201030201_21v3', '0201030206_21v3'], grade: '' })).toString()).toBe(
      'unit=0201030201_21v3&unit=0201030206_21v3&school=high&periods=3&activity=self-check&style=plan',
    );
  });

  it('puts a checked request back into the form, the defaults where it chose nothing, and round-trips', () => {
    const request = parseQuery(formQuery(form({ minutes: '50' })));
    const values = formValuesOf(request, defaults);
    expect(values).toMatchObject({
      kind: 'job',
      job: 'cs-manager',
      school: 'high',
      grade: '2',
      periods: '3',
      minutes: '50',
      style: 'plan',
    });
    expect(toQuery(parseQuery(formQuery({ ...values, kind: 'job', job: 'cs-manager' })))).toBe(toQuery(request));
    const empty = formValuesOf(parseQuery(''), defaults);
    expect(empty).toMatchObject({
      kind: null,
      job: null,
      units: [],
      school: defaults.school,
      periods: String(defaults.periods),
      style: defaults.style,
    });
  });

  it('joins each field’s messages for the line under its control', () => {
    const texts = problemTexts(parseQuery('periods=9&school=x&style=y').problems);
    expect(texts.periods).toContain('"9"');
    expect(texts.school).toContain('"x"');
    expect(texts.style).toContain('"y"');
    expect(texts.job).toBe('');
  });

  it('offers every declared value as a control, the defaults chosen', () => {
    const c = optionControls(defaults);
    expect(c.school.choices.map((x) => x.value)).toEqual([...SCHOOL_LEVELS]);
    expect(c.activity.choices.map((x) => x.value)).toEqual([...ACTIVITIES]);
    expect(c.style.choices.map((x) => x.value)).toEqual([...STYLES]);
    expect(c.periods.choices).toHaveLength(PERIODS.max - PERIODS.min + 1);
    expect(c.school.choices.find((x) => x.chosen)!.value).toBe(defaults.school);
    expect(c.minutes.usual).toContain(`${defaults.minutesBySchool.high}분`);
  });
});
