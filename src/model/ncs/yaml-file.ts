import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { DataError } from './errors.ts';

/** A parsed YAML file that still knows where every node came from. */
export interface YamlFile {
  /** Path as given (shown in errors). */
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Reads and parses one YAML file; malformed YAML becomes a DataError with its line. */
export function readYaml(file: string, text = readFileSync(file, 'utf8')): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map(
    (err) =>
      new DataError({
        file,
        line: err.linePos?.[0]?.line ?? lines.linePos(err.pos[0]).line,
        problem: `YAML 문법 오류: ${err.message.split('\n')[0]}`,
      }),
  );
  if (errors.length) throw DataError.combine(errors);
  return { file, doc, lines };
}

/** 1-based line of the node at `path` (or of its nearest existing ancestor). */
export function lineAt(y: YamlFile, path: readonly PropertyKey[]): number | null {
  let node: unknown = y.doc.contents;
  let best: number | null = startLine(y, node);
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
    else break;
    if (node === undefined) break;
    best = startLine(y, node) ?? best;
  }
  return best;
}

function startLine(y: YamlFile, node: unknown): number | null {
  const range = (node as Node | null | undefined)?.range;
  return range ? y.lines.linePos(range[0]).line : null;
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
  const data: unknown = y.doc.toJS();
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => {
    const path = issue.path;
    const { record, fieldStart } = recordOf(path, data);
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
