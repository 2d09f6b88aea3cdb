/**
 * Reads YAML text and checks it with a zod schema, turning both kinds of failure into a
 * DataError that names the file, the record, the field and the line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { lessonError, pathToField } from './errors.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at `path`, when the path exists in the text. */
  lineOf: (path: readonly PropertyKey[]) => number | null;
}

/** `lineOffset` shifts reported lines, for YAML that starts below line 1 (MDX frontmatter). */
export function parseYaml(text: string, file: string, record: string | null, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw lessonError(file, record, null, `YAML 문법 오류: ${problem}`, line);
  }
  return {
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
      return null;
    },
  };
}

// Per parse, so other modules keep zod's global configuration.
const koreanMessages = z.locales.ko().localeError;

/** The first schema issue as a DataError; `recordOf` names the record an issue path points into. */
export function checkWith<T>(
  schema: z.ZodType<T>,
  parsed: ParsedYaml,
  file: string,
  recordOf: (path: readonly PropertyKey[]) => string | null,
): T {
  const result = schema.safeParse(parsed.data, { error: koreanMessages });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // An unknown key is reported on its parent; point at the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw lessonError(file, recordOf(path), pathToField(path), issue.message, parsed.lineOf(path));
}
