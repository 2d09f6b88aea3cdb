/**
 * Bad input to a command (an option, an argument, an environment variable such as SITE_BASE) is
 * answered with one Korean line that names what was given and what is allowed. Plain TypeScript:
 * astro.config.mjs reads SITE_BASE through it too.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--format "pdf"는 쓸 수 없어요. 쓸 수 있는 값: xlsx, csv, api` */
export function badValue(name: string, value: string, allowed: string): UsageError {
  return new UsageError(`${name} ${JSON.stringify(value)}는 쓸 수 없어요. 쓸 수 있는 값: ${allowed}`);
}

/** `--units에 값이 빠졌어요. 쓸 수 있는 값: 1 이상의 정수` */
export function missingValue(name: string, allowed: string): UsageError {
  return new UsageError(`${name}에 값이 빠졌어요. 쓸 수 있는 값: ${allowed}`);
}

/** `--foo는 없는 옵션이에요. 쓸 수 있는 옵션: --units, --format, --out, --help` */
export function unknownOption(name: string, known: readonly string[]): UsageError {
  return new UsageError(`${name}는 없는 옵션이에요. 쓸 수 있는 옵션: ${known.join(', ')}`);
}

/** '1 이상 4 이하의 정수', '1 이상의 정수' */
export function integerRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} 이상 ${max} 이하의 정수`;
  if (min !== undefined) return `${min} 이상의 정수`;
  if (max !== undefined) return `${max} 이하의 정수`;
  return '정수';
}
