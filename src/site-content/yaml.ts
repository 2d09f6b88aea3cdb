import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { DataError } from '../model/ncs/errors.ts';
import { yamlProblem } from '../lib/yaml-problem.ts';

/**
 * A parsed YAML file. Reading is two-speed: js-yaml parses the data (about 8× faster than the
 * `yaml` package on the full NCS, 13,400 units: 2.8 s against 24 s), and only when a file has a
 * problem is it parsed again with `yaml`, whose node ranges give the line of every field.
 */
export interface YamlFile {
  /** Path as given (shown in errors). */
  file: string;
  text: string;
  data: unknown;
  /** Lines above the YAML text in its file (an MDX file's opening ---), added to every reported line. */
  lineOffset: number;
  /** The `yaml` document with node positions, parsed on first use. */
  located(): { doc: Document; lines: LineCounter };
}

/**
 * The one YAML reader of the site: reads and parses one YAML file (or `text`, e.g. MDX frontmatter,
 * with `lineOffset` lines above it); malformed YAML becomes a DataError with its line.
 */
export function readYaml(file: string, text: string = readText(file), lineOffset = 0): YamlFile {
  let data: unknown;
  try {
    // CORE_SCHEMA: YAML 1.2 types only, like `yaml`'s default, so 2026-09-30 stays a string.
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (e) {
    if (!(e instanceof jsYaml.YAMLException)) throw e;
    throw syntaxError(file, text, e, lineOffset);
  }
  let located: { doc: Document; lines: LineCounter } | undefined;
  return {
    file,
    text,
    data,
    lineOffset,
    located() {
      if (!located) {
        const lines = new LineCounter();
        located = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
      }
      return located;
    },
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new DataError({ file, problem: '파일을 읽을 수 없어요 (없거나 권한이 없어요)' });
  }
}

function syntaxError(file: string, text: string, e: InstanceType<typeof jsYaml.YAMLException>, lineOffset: number): DataError {
  // Prefer `yaml`'s own diagnosis (position of the first real error); fall back to js-yaml's mark.
  const lines = new LineCounter();
  const first = parseDocument(text, { lineCounter: lines, prettyErrors: false }).errors[0];
  const { line, problem } = first
    ? yamlProblem(text, first, (offset) => lines.linePos(offset).line)
    : { line: e.mark ? e.mark.line + 1 : null, problem: `YAML 문법 오류: ${e.reason}` };
  return new DataError({ file, line: line === null ? null : line + lineOffset, problem });
}

/** 1-based line of the node at `path` (or of its nearest existing ancestor). */
export function lineAt(y: YamlFile, path: readonly PropertyKey[]): number | null {
  const { doc, lines } = y.located();
  const startLine = (node: unknown): number | null => {
    const range = (node as Node | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line + y.lineOffset : null;
  };
  let node: unknown = doc.contents;
  let best = startLine(node);
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
    else break;
    if (node === undefined) break;
    best = startLine(node) ?? best;
  }
  return best;
}

/**
 * Validates the whole file against a schema. Every issue becomes a DataError naming the record
 * (found by `recordOf` from the issue path) and the field inside it.
 */
export function validate<S extends z.ZodType>(
  y: YamlFile,
  schema: S,
  recordOf: (path: readonly PropertyKey[], data: unknown) => { record: string | null; fieldStart: number },
): z.infer<S> {
  const result = schema.safeParse(y.data ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const path = issue.path;
    const { record, fieldStart } = recordOf(path, y.data);
    const fieldPath = path.slice(fieldStart);
    const field = fieldPath.length ? fieldPath.map(String).join('.') : null;
    const problem = issue.code === 'unrecognized_keys' ? `모르는 항목: ${issue.keys.join(', ')}` : issue.message;
    return new DataError({ file: y.file, record, field, line: lineAt(y, path), problem });
  });
  throw DataError.combine(errors);
}

/** For files shaped `{ <list>: [ {code|id|level, …}, … ] }`: the record is the list item. */
export function listRecord(idKeys: readonly string[]) {
  return (path: readonly PropertyKey[], data: unknown) => {
    if (path.length < 2 || typeof path[1] !== 'number') return { record: null, fieldStart: 0 };
    const item = (data as Record<string, unknown[]> | null)?.[String(path[0])]?.[path[1]] as Record<string, unknown> | undefined;
    const id = idKeys.map((k) => item?.[k]).find((v) => typeof v === 'string' || typeof v === 'number');
    return { record: id === undefined ? `${String(path[0])}[${path[1]}]` : String(id), fieldStart: 2 };
  };
}
