/**
 * Lesson data and option problems use the shared DataError (src/model/ncs/errors.ts), so every
 * message reads the same way: file:line: record field: what is wrong.
 */
import { DataError } from '../ncs/errors.ts';
import type { OptionName } from './option-values.ts';

export { DataError };

/** What a teacher asks the generator for: the subject (jobs, units), the options, where files go. */
export type RequestField = 'job' | 'unit' | OptionName | 'out';

/**
 * A request the generator cannot make, in the teacher's words and without naming any flag or
 * form field: the command line says which flag or config key it was, the designer shows it
 * beside the control. `index` is the place in a list (the second --unit) when it matters.
 */
export class OptionError extends Error {
  readonly field: RequestField;
  readonly problem: string;
  readonly index: number | null;

  constructor(field: RequestField, problem: string, index: number | null = null) {
    super(problem);
    this.name = 'OptionError';
    this.field = field;
    this.problem = problem;
    this.index = index;
  }
}

export function lessonError(
  file: string,
  record: string | null,
  field: string | null,
  problem: string,
  line: number | null = null,
): DataError {
  return new DataError({ file, record, field, line, problem });
}

/** zod issue paths as `a.b[2].c`. */
export function pathToField(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? null : out;
}
