/**
 * What the designer keeps: the chosen address (options) and the teacher's edits per design.
 * The same shape is saved as a file (to open later or on another computer) and in the browser's
 * storage. A file is read whole or not at all (a bad file changes nothing); the browser's own
 * copy is read entry by entry, so one damaged entry never costs her the others.
 */
import { z } from 'zod';
import { designerText as T } from '../ui/designer.ts';
import { mergeEdits, type Edit, type Edits } from './edits.ts';

export const DESIGN_FILE_KIND = 'cs-career-lesson-design';
export const DESIGN_FILE_VERSION = 1;
/**
 * The largest state read back, in characters. Browsers keep about 5 million characters per site, so
 * anything the page could store (and so save as a file) is below this.
 */
export const MAX_STATE_CHARS = 10_000_000;
/** The largest file opened: a character is at most 4 bytes in UTF-8. */
export const MAX_FILE_BYTES = MAX_STATE_CHARS * 4;

export interface DesignerState {
  /** The address query (see query.ts), e.g. "job=cs-manager&school=high". */
  query: string;
  /** Edits per design id. */
  edits: Record<string, Edits>;
}

/**
 * Keys are checked loosely on purpose: they are built by the model (a series of four units makes
 * "unit-…+…+…+…-high"), and a key the file check refused would lose her words. They only need to be
 * safe as object keys (no "__proto__": a key starts with a letter) and never reach the page as HTML.
 */
const designIdSchema = z.string().regex(/^[a-z][a-z0-9_+.-]{0,499}$/);
/** Dotted paths into a design ("goals.0", "kept.1.periodPlans.0.steps.2.teacher.0"; see edits.ts). */
const editPathSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]{0,499}$/);
const editSchema = z.object({ from: z.string(), to: z.string() }).strict();
const headSchema = z
  .object({
    kind: z.literal(DESIGN_FILE_KIND),
    formatVersion: z.literal(DESIGN_FILE_VERSION),
    purpose: z.string().optional(),
    query: z.string().max(5000),
    edits: z.record(z.string(), z.unknown()),
  })
  .strict();

/**
 * The state after opening a file: the file's design and words, and every word she had in this browser
 * (where the file has other words for the same place, hers are kept aside; see mergeEdits).
 */
export function withOpenedFile(current: DesignerState, opened: DesignerState): DesignerState {
  const edits = { ...current.edits };
  for (const [id, incoming] of Object.entries(opened.edits)) edits[id] = mergeEdits(edits[id] ?? {}, incoming);
  return { query: opened.query, edits };
}

export function designFileText(state: DesignerState): string {
  return `${JSON.stringify(
    { kind: DESIGN_FILE_KIND, formatVersion: DESIGN_FILE_VERSION, purpose: T.file.kindName, query: state.query, edits: state.edits },
    null,
    2,
  )}\n`;
}

export type ReadResult = { ok: true; state: DesignerState } | { ok: false; message: string };

/** A saved file: every part must be right, or nothing is taken and she is told which part is wrong. */
export function readDesignFile(text: string): ReadResult {
  const read = readStoredState(text);
  if (!read.ok) return read;
  if (read.damaged.length > 0) return { ok: false, message: T.file.damaged(read.damaged[0]!) };
  return { ok: true, state: read.state };
}

/**
 * The browser's own copy: what can be read is kept, entry by entry. `damaged` says in Korean which
 * parts could not be read (the caller keeps the original text, so nothing is gone for good).
 */
export function readStoredState(text: string): { ok: true; state: DesignerState; damaged: string[] } | { ok: false; message: string } {
  if (text.length > MAX_STATE_CHARS) return { ok: false, message: T.file.tooBig };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: T.file.notJson };
  }
  if (!isObject(data) || data['kind'] !== DESIGN_FILE_KIND) return { ok: false, message: T.file.notDesign };
  const version = data['formatVersion'];
  if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_FILE_VERSION) {
    return { ok: false, message: T.file.newer(version) };
  }
  const head = headSchema.safeParse(data);
  if (!head.success) return { ok: false, message: T.file.damaged(headPart(head.error.issues[0]!)) };

  const damaged: string[] = [];
  const edits: Record<string, Edits> = {};
  Object.entries(head.data.edits).forEach(([id, value], designIndex) => {
    const where = T.file.parts.design(designIndex + 1);
    if (!designIdSchema.safeParse(id).success || !isObject(value)) {
      damaged.push(where);
      return;
    }
    const kept: Edits = {};
    Object.entries(value).forEach(([path, edit], editIndex) => {
      if (editPathSchema.safeParse(path).success && editSchema.safeParse(edit).success) kept[path] = edit as Edit;
      else damaged.push(T.file.parts.edit(designIndex + 1, editIndex + 1));
    });
    edits[id] = kept;
  });
  return { ok: true, state: { query: head.data.query, edits }, damaged };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The part of the file a problem is in, in her words (never a key of the file). */
function headPart(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return T.file.parts.unknown;
  const top = issue.path[0];
  if (top === 'query') return T.file.parts.query;
  if (top === 'edits') return T.file.parts.edits;
  if (top === undefined) return T.file.parts.whole;
  return T.file.parts.unknown;
}
