/**
 * What the designer keeps: the chosen address (options) and the teacher's edits per design.
 * The same shape is saved as a file (to open later or on another computer) and in the browser's
 * storage. Reading checks everything; a bad file changes nothing.
 */
import { z } from 'zod';
import { designerText as T } from '../ui/designer.ts';
import type { Edits } from './edits.ts';

export const DESIGN_FILE_KIND = 'cs-career-lesson-design';
export const DESIGN_FILE_VERSION = 1;
export const MAX_FILE_BYTES = 1_000_000;

export interface DesignerState {
  /** The address query (see query.ts), e.g. "job=cs-manager&school=high". */
  query: string;
  /** Edits per design id. */
  edits: Record<string, Edits>;
}

const editSchema = z.object({ from: z.string().max(5000), to: z.string().max(20000) }).strict();
const stateSchema = z
  .object({
    kind: z.literal(DESIGN_FILE_KIND),
    formatVersion: z.literal(DESIGN_FILE_VERSION),
    purpose: z.string().optional(),
    query: z.string().max(2000),
    edits: z.record(z.string().regex(/^[a-z0-9_-]{1,80}$/), z.record(z.string().regex(/^[a-zA-Z0-9.]{1,120}$/), editSchema)),
  })
  .strict();

export function designFileText(state: DesignerState): string {
  return `${JSON.stringify(
    { kind: DESIGN_FILE_KIND, formatVersion: DESIGN_FILE_VERSION, purpose: T.file.kindName, query: state.query, edits: state.edits },
    null,
    2,
  )}\n`;
}

export type ReadResult = { ok: true; state: DesignerState } | { ok: false; message: string };

export function readDesignFile(text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: T.file.tooBig };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: T.file.notJson };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { kind?: unknown }).kind !== DESIGN_FILE_KIND) {
    return { ok: false, message: T.file.notDesign };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_FILE_VERSION) {
    return { ok: false, message: T.file.newer(version) };
  }
  const result = stateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.map(String).join(' › ') : '파일 전체';
    return { ok: false, message: T.file.damaged(where) };
  }
  return { ok: true, state: { query: result.data.query, edits: result.data.edits } };
}
