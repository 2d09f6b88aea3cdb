/**
 * An error in data files, precise enough for a teacher or an importer to fix the input:
 * which file, which record (a code or id), which field, and the line when it is known.
 * Shared by the NCS loader, the importer and the lesson generator.
 */
export interface DataErrorInit {
  file: string;
  /** Code or id of the record, e.g. "0201030201_21v3"; null for file-level problems. */
  record?: string | null;
  /** Dotted path of the field inside the record, e.g. "elements.0.level"; null for the whole record. */
  field?: string | null;
  /** 1-based line in the file, when known. */
  line?: number | null;
  /** What is wrong, in Korean. */
  problem: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly record: string | null;
  readonly field: string | null;
  readonly line: number | null;
  readonly problem: string;
  /** When several problems were found at once: all of them, this one first. */
  readonly all: DataError[];

  constructor(init: DataErrorInit, others: DataError[] = []) {
    super(
      formatDataError(init) +
        (others.length
          ? `\n(그 밖에 ${others.length}건)\n` +
            others
              .slice(0, 19)
              .map((e) => formatDataError(e))
              .join('\n')
          : ''),
    );
    this.name = 'DataError';
    this.file = init.file;
    this.record = init.record ?? null;
    this.field = init.field ?? null;
    this.line = init.line ?? null;
    this.problem = init.problem;
    this.all = [this, ...others];
  }

  /** One error standing for many: the first, carrying the rest in `all`. */
  static combine(errors: DataError[]): DataError {
    const [first, ...rest] = errors;
    if (!first) throw new Error('DataError.combine needs at least one error');
    return rest.length === 0 ? first : new DataError(first, rest);
  }
}

/** "content/ncs/units/02010302.yaml:12: 0201030201_21v3 level: 수준은 1–8이에요" */
export function formatDataError(e: DataErrorInit): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  const what = [e.record, e.field].filter(Boolean).join(' ');
  return `${where}: ${what ? what + ': ' : ''}${e.problem}`;
}
