/**
 * Lesson data and option problems use the shared DataError (src/model/ncs/errors.ts), so every
 * message reads the same way: file:line: record field: what is wrong.
 */
import { DataError } from '../ncs/errors.ts';

export { DataError };

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
