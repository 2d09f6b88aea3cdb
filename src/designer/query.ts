/**
 * The designer's address: a contract (`job`, `unit` repeatable, then the options of
 * src/model/lesson/option-values.ts: `school`, `grade`, `periods`, `minutes`, `activity`, `style`).
 * Values are checked by the generator's own schema; a bad value gives a Korean message for its
 * option and is left out, so the generator's default applies.
 */
import { OPTION_NAMES, type OptionName } from '../model/lesson/option-values.ts';
import { lessonOptionsSchema, optionSchemas, type LessonOptionsInput } from '../schemas/lesson-options.ts';
import { designerText as T } from '../ui/designer.ts';
import { shortened, withoutInvisibles } from '../lib/invisible-chars.ts';

export const MAX_UNITS = 4;

export type Field = 'job' | 'unit' | OptionName;

/** Every field of the address, in the contract's order. */
export const QUERY_FIELDS: readonly Field[] = ['job', 'unit', ...OPTION_NAMES];

/** Options whose values are words (the others are whole numbers). */
const WORD_OPTIONS = ['school', 'activity', 'style'] as const;
const NUMBER_OPTIONS = ['grade', 'periods', 'minutes'] as const;

export interface Problem {
  field: Field;
  message: string;
}

export type Target = { kind: 'job'; slug: string } | { kind: 'units'; codes: string[] } | null;

export interface DesignerRequest {
  target: Target;
  /** Only values the schema accepts; `jobs`/`units` are not used here (see target). */
  options: Omit<LessonOptionsInput, 'jobs' | 'units'>;
  problems: Problem[];
}

/** A value as shown inside a message: short, one line. The page sets it as text, never as HTML. */
function shown(value: string): string {
  return shortened(withoutInvisibles(value).replace(/\s+/g, ' ').trim(), 40);
}

function accepts(input: Record<string, unknown>): boolean {
  return lessonOptionsSchema.safeParse(input).success;
}

export function parseQuery(search: string | URLSearchParams): DesignerRequest {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: Problem[] = [];
  const options: DesignerRequest['options'] = {};

  const one = (name: Field): string | undefined => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? undefined : value.trim();
  };

  for (const name of WORD_OPTIONS) {
    const raw = one(name);
    if (raw === undefined) continue;
    const parsed = optionSchemas[name].safeParse(raw);
    if (parsed.success) Object.assign(options, { [name]: parsed.data });
    else problems.push({ field: name, message: T.problems[name](shown(raw)) });
  }
  for (const name of NUMBER_OPTIONS) {
    const raw = one(name);
    if (raw === undefined || (name === 'grade' && raw === 'all')) continue;
    const parsed = optionSchemas[name].safeParse(/^\d{1,4}$/.test(raw) ? Number(raw) : NaN);
    if (parsed.success) options[name] = parsed.data;
    else problems.push({ field: name, message: T.problems[name](shown(raw)) });
  }

  let target: Target = null;
  const job = one('job');
  const units = params
    .getAll('unit')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  if (job !== undefined) {
    if (accepts({ jobs: [job] })) target = { kind: 'job', slug: job };
    else problems.push({ field: 'job', message: T.problems.job(shown(job)) });
    if (units.length > 0) problems.push({ field: 'unit', message: T.problems.both });
  }
  if (target === null && units.length > 0) {
    const codes: string[] = [];
    for (const code of units) {
      if (!accepts({ units: [code] })) problems.push({ field: 'unit', message: T.problems.unitFormat(shown(code)) });
      else if (!codes.includes(code)) codes.push(code);
    }
    if (codes.length > MAX_UNITS) {
      problems.push({ field: 'unit', message: T.problems.tooManyUnits(MAX_UNITS) });
      codes.length = MAX_UNITS;
    }
    if (codes.length > 0) target = { kind: 'units', codes };
  }
  return { target, options, problems };
}

/** The address of a request, options in the contract's order; only what was chosen. */
export function toQuery(request: Pick<DesignerRequest, 'target' | 'options'>): string {
  const params = new URLSearchParams();
  const t = request.target;
  if (t?.kind === 'job') params.set('job', t.slug);
  if (t?.kind === 'units') for (const code of t.codes) params.append('unit', code);
  const o = request.options;
  for (const name of OPTION_NAMES) {
    const value = o[name];
    // The activity belongs to job designs only.
    if (value === undefined || (name === 'activity' && t?.kind === 'units')) continue;
    params.set(name, String(value));
  }
  return params.toString();
}
