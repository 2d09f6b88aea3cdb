/**
 * The options form and the address: what the form holds as plain values, the address it makes,
 * and the values a checked request puts back. The DOM part only reads and writes these values.
 */
import { OPTION_NAMES, type OptionName } from '../model/lesson/option-values.ts';
import type { LessonDefaults } from '../model/lesson/template-schema.ts';
import { QUERY_FIELDS, type DesignerRequest, type Field, type Problem } from './query.ts';

export type Kind = 'job' | 'units';

/** The form as values: the chosen subject and each option as its control holds it ('' for none). */
export interface FormValues extends Record<OptionName, string> {
  kind: Kind;
  job: string;
  units: string[];
}

/** The address of what the form holds: the chosen subject only, and every option with a value. */
export function formQuery(v: FormValues): URLSearchParams {
  const p = new URLSearchParams();
  if (v.kind === 'job') {
    if (v.job) p.set('job', v.job);
  } else for (const code of v.units) p.append('unit', code);
  for (const name of OPTION_NAMES) {
    const value = v[name].trim();
    if (value !== '') p.set(name, value);
  }
  return p;
}

/**
 * What a checked request puts in the form, the defaults where it chose nothing. The kind and the
 * job stay as they are when the request has no subject (null).
 */
export function formValuesOf(
  request: DesignerRequest,
  defaults: Pick<LessonDefaults, 'school' | 'periods' | 'activity' | 'style'>,
): Omit<FormValues, 'kind' | 'job'> & { kind: Kind | null; job: string | null } {
  const t = request.target;
  const o = request.options;
  return {
    kind: t?.kind ?? null,
    job: t?.kind === 'job' ? t.slug : null,
    units: t?.kind === 'units' ? t.codes : [],
    school: o.school ?? defaults.school,
    grade: o.grade === undefined ? '' : String(o.grade),
    periods: String(o.periods ?? defaults.periods),
    minutes: o.minutes === undefined ? '' : String(o.minutes),
    activity: o.activity ?? defaults.activity,
    style: o.style ?? defaults.style,
  };
}

/** Each field's messages, joined, for the line under its control ('' when it has none). */
export function problemTexts(problems: readonly Problem[]): Record<Field, string> {
  return Object.fromEntries(
    QUERY_FIELDS.map((field) => [
      field,
      problems
        .filter((p) => p.field === field)
        .map((p) => p.message)
        .join(' '),
    ]),
  ) as Record<Field, string>;
}

// ---- the page's form ------------------------------------------------------------------------

type Control = HTMLInputElement | HTMLSelectElement | RadioNodeList | null;

export function readForm(form: HTMLFormElement, units: string[]): FormValues {
  const value = (name: string) => (form.elements.namedItem(name) as Control)?.value ?? '';
  const options = Object.fromEntries(OPTION_NAMES.map((name) => [name, value(name)])) as Record<OptionName, string>;
  return { kind: value('kind') === 'units' ? 'units' : 'job', job: value('job'), units, ...options };
}

export function setRadio(form: HTMLFormElement, name: string, value: string): void {
  for (const input of form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)) input.checked = input.value === value;
}

/** Puts values into the form (the chosen units are drawn by the unit picker). */
export function writeForm(form: HTMLFormElement, values: ReturnType<typeof formValuesOf>): void {
  if (values.kind !== null) setRadio(form, 'kind', values.kind);
  if (values.job !== null) (form.elements.namedItem('job') as HTMLSelectElement).value = values.job;
  for (const name of OPTION_NAMES) {
    const control = form.elements.namedItem(name);
    if (control instanceof RadioNodeList) setRadio(form, name, values[name]);
    else if (control) (control as HTMLInputElement | HTMLSelectElement).value = values[name];
  }
}

/** Shows each field's messages under its control and marks the control invalid. */
export function showProblems(root: HTMLElement, problems: readonly Problem[]): void {
  const texts = problemTexts(problems);
  for (const field of QUERY_FIELDS) {
    const el = root.querySelector<HTMLElement>(`[data-problem="${field}"]`);
    if (!el) continue;
    el.textContent = texts[field];
    el.hidden = texts[field] === '';
    const control = root.querySelector<HTMLElement>(`[data-problem-for="${field}"]`);
    if (texts[field] !== '') control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
}
