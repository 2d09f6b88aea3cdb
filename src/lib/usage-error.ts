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

/**
 * `--format에 쓸 수 없는 값이에요: "pdf". 쓸 수 있는 값: xlsx, csv, api`. What was typed goes after
 * the colon, so no particle has to follow it: how "floor" or "pdf" is read aloud cannot be known.
 */
export function badValue(name: string, value: string, allowed: string): UsageError {
  return new UsageError(`${name}에 쓸 수 없는 값이에요: ${JSON.stringify(value)}. 쓸 수 있는 값: ${allowed}`);
}

/** `--units에 값이 빠졌어요. 쓸 수 있는 값: 1 이상의 정수` (에 never changes). */
export function missingValue(name: string, allowed: string): UsageError {
  return new UsageError(`${name}에 값이 빠졌어요. 쓸 수 있는 값: ${allowed}`);
}

/** `없는 옵션이에요: --foo. 쓸 수 있는 옵션: --units, --format, --out, --help` */
export function unknownOption(name: string, known: readonly string[]): UsageError {
  return new UsageError(`없는 옵션이에요: ${name}. 쓸 수 있는 옵션: ${known.join(', ')}`);
}

/** `알 수 없는 인자예요: "extra". 이 명령은 옵션만 받아요: --dist, --help` */
export function unexpectedArgument(arg: string, known: readonly string[]): UsageError {
  return new UsageError(`알 수 없는 인자예요: ${JSON.stringify(arg)}. 이 명령은 옵션만 받아요: ${known.join(', ')}`);
}

/** '1 이상 4 이하의 정수', '1 이상의 정수' */
export function integerRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} 이상 ${max} 이하의 정수`;
  if (min !== undefined) return `${min} 이상의 정수`;
  if (max !== undefined) return `${max} 이하의 정수`;
  return '정수';
}
