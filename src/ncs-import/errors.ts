import { DataError } from '../model/ncs/errors.ts';
import type { Provenance } from './types.ts';

/** Where, in words: "파일 a.xlsx, 시트 02, 행 17, 열 수준 (K열)". */
export function describeProvenance(at: Provenance): string {
  const parts = [`파일 ${at.file}`];
  if (at.sheet !== undefined) parts.push(`시트 ${at.sheet}`);
  if (at.row !== undefined) parts.push(`행 ${at.row}`);
  if (at.column !== undefined) parts.push(`열 ${at.column}`);
  return parts.join(', ');
}

/**
 * Refused input. A DataError (so callers handle every data problem alike) whose message starts
 * with the place in spreadsheet terms, so a person can open the file right there.
 */
export class NcsImportError extends DataError {
  readonly at: Provenance;
  constructor(at: Provenance, detail: string, options?: { cause?: unknown }) {
    super({ file: at.file, record: at.sheet ?? null, field: at.column ?? null, line: at.row ?? null, problem: detail });
    this.name = 'NcsImportError';
    this.message = `${describeProvenance(at)}: ${detail}`;
    if (options?.cause !== undefined) this.cause = options.cause;
    this.at = at;
  }
}
