/**
 * Checks parsed YAML with a zod schema and reports the first issue as a DataError that names the
 * file, the record, the field and the line: the form teacher-edited files (lesson templates,
 * config files, page frontmatter) report in.
 */
import { z } from 'zod';
import { lessonError, pathToField } from '../model/lesson/errors.ts';
import { lineAt, readYaml, type YamlFile } from './yaml.ts';

// Per parse, so other modules keep zod's global configuration.
export const koreanMessages = z.locales.ko().localeError;

/** The first schema issue as a DataError; `recordOf` names the record an issue path points into. */
export function checkWith<T>(schema: z.ZodType<T>, y: YamlFile, recordOf: (path: readonly PropertyKey[]) => string | null): T {
  const result = schema.safeParse(y.data, { error: koreanMessages });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // An unknown key is reported on its parent; point at the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw lessonError(y.file, recordOf(path), pathToField(path), issue.message, lineAt(y, path));
}

/** Reads one YAML file (or `text`) and checks it; the record of an issue is the first key below the top level. */
export function readYamlWith<T>(file: string, schema: z.ZodType<T>, text?: string): T {
  return checkWith(schema, readYaml(file, text), recordOf);
}

// The record is the first key below the top level: a block id, an activity, a standard's index.
function recordOf(path: readonly PropertyKey[]): string | null {
  if (path.length === 0) return null;
  const [top, second] = path;
  if ((top === 'blocks' || top === 'activities' || top === 'layouts') && second !== undefined) return `${String(top)}.${String(second)}`;
  return String(top);
}
