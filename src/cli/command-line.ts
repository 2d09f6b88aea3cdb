/**
 * One way every script reads its command line: a declaration of its options (type, allowed values,
 * default, help) gives the parsed values, the --help text, and one Korean line for any bad input
 * (src/lib/usage-error.ts) instead of Node's ERR_PARSE_ARGS_* stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { withParticle } from '../lib/korean-particles.ts';
import { badValue, integerRange, missingValue, unexpectedArgument, unknownOption, UsageError } from '../lib/usage-error.ts';

interface Described {
  /** Korean, one line, for --help. */
  help: string;
}
export interface StringOption extends Described {
  type: 'string';
  /** The only values allowed, when there is a fixed set. */
  values?: readonly string[];
  /** What to write, for help and errors when there is no fixed set: '폴더', '파일'. */
  hint?: string;
  default?: string;
  multiple?: boolean;
}
export interface IntegerOption extends Described {
  type: 'integer';
  min?: number;
  max?: number;
  default?: number;
}
/** A comma-separated list: `--sizes 100,1000` (integers) or `--stages build,index` (values). */
export interface ListOption extends Described {
  type: 'list';
  values?: readonly string[];
  integers?: { min?: number; max?: number };
  hint?: string;
  default?: string;
}
export interface FlagOption extends Described {
  type: 'boolean';
  short?: string;
}
export type OptionSpec = StringOption | IntegerOption | ListOption | FlagOption;

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** How the command is typed: 'npm run make:synthetic'. */
  usage: string;
  /** One Korean line on what the command does. */
  summary: string;
  options: O;
  /** Arguments without a flag (files, a folder); none allowed when absent. */
  positionals?: { name: string; help: string; min?: number; max?: number };
  /** Lines after the option table in --help. */
  notes?: string;
}

type ValueOf<S> = S extends IntegerOption
  ? number
  : S extends FlagOption
    ? boolean
    : S extends ListOption & { integers: object }
      ? number[]
      : S extends ListOption
        ? string[]
        : S extends { multiple: true }
          ? string[]
          : string;
type Always<S> = S extends { default: unknown } | FlagOption | ListOption | { multiple: true } ? true : false;
export type OptionValues<O> = { [K in keyof O]: Always<O[K]> extends true ? ValueOf<O[K]> : ValueOf<O[K]> | undefined };

export interface CommandLine<O> {
  values: OptionValues<O>;
  positionals: string[];
  help: boolean;
}

/** What an option allows, in the words the error and the help use. */
export function allowedValues(spec: OptionSpec): string {
  switch (spec.type) {
    case 'string':
      return spec.values ? spec.values.join(', ') : (spec.hint ?? '글자');
    case 'integer':
      return integerRange(spec.min, spec.max);
    case 'list':
      if (spec.values) return `${spec.values.join(', ')} 중 하나 이상을 쉼표로 이어서`;
      if (spec.integers) return `${integerRange(spec.integers.min, spec.integers.max)}를 쉼표로 이어서 (예: 100,1000)`;
      return `${spec.hint ?? '값'}을 쉼표로 이어서`;
    case 'boolean':
      return '값 없이 옵션만';
  }
}

function flagNames(options: Record<string, OptionSpec>): string[] {
  return [...Object.keys(options).map((k) => `--${k}`), '--help'];
}

/** Parses `argv` against `spec`; every problem is a UsageError with one Korean line. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): CommandLine<O> {
  const config: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) {
    config[name] =
      o.type === 'boolean'
        ? { type: 'boolean', ...(o.short ? { short: o.short } : {}) }
        : { type: 'string', multiple: o.type === 'string' && o.multiple === true };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (error) {
    throw translate(error, spec, argv);
  }
  const raw = parsed.values as Record<string, string | string[] | boolean | undefined>;
  // With --help the values are not read (nor checked): the caller prints the help and stops.
  if (raw.help === true) return { values: {} as OptionValues<O>, positionals: parsed.positionals, help: true };

  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) values[name] = readValue(`--${name}`, o, raw[name]);

  const p = spec.positionals;
  if (p) {
    const n = parsed.positionals.length;
    if (p.min !== undefined && n < p.min) throw new UsageError(`${withParticle(p.name, '을')} 적어 주세요: ${spec.usage} -- ${p.name}`);
    if (p.max !== undefined && n > p.max) {
      const extra = parsed.positionals.slice(p.max).map((v) => JSON.stringify(v));
      throw new UsageError(`인자가 너무 많아요: ${extra.join(' ')}. 이 명령은 ${withParticle(p.name, '을')} ${p.max}개까지 받아요`);
    }
  }
  return { values: values as OptionValues<O>, positionals: parsed.positionals, help: false };
}

function readValue(flag: string, o: OptionSpec, given: string | string[] | boolean | undefined): unknown {
  switch (o.type) {
    case 'boolean':
      return given === true;
    case 'string': {
      const list = given === undefined ? [] : Array.isArray(given) ? given : [given as string];
      for (const v of list) if (o.values && !o.values.includes(v)) throw badValue(flag, v, allowedValues(o));
      if (o.multiple) return list;
      return list.length ? list[list.length - 1] : o.default;
    }
    case 'integer': {
      if (given === undefined) return o.default;
      return integer(flag, given as string, o.min, o.max, allowedValues(o));
    }
    case 'list': {
      const text = (given as string | undefined) ?? o.default ?? '';
      const items = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (o.integers) return items.map((v) => integer(flag, v, o.integers!.min, o.integers!.max, allowedValues(o)));
      for (const v of items) if (o.values && !o.values.includes(v)) throw badValue(flag, v, allowedValues(o));
      return items;
    }
  }
}

function integer(flag: string, text: string, min: number | undefined, max: number | undefined, allowed: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || (min !== undefined && n < min) || (max !== undefined && n > max)) throw badValue(flag, text, allowed);
  return n;
}

/** Node's ERR_PARSE_ARGS_* errors as one Korean line naming the option. */
function translate(error: unknown, spec: CommandSpec<Record<string, OptionSpec>>, argv: readonly string[]): Error {
  return translateParseArgsError(error, argv, flagNames(spec.options), (flag) => {
    const option = spec.options[flag.replace(/^-+/, '')];
    return option ? { boolean: option.type === 'boolean', allowed: allowedValues(option) } : undefined;
  });
}

/**
 * Node's parseArgs error as one Korean line, also for a command that calls parseArgs itself
 * (`npm run generate`): `known` lists its flags, `describe` tells whether a flag takes a value and what it allows.
 */
export function translateParseArgsError(
  error: unknown,
  argv: readonly string[],
  known: readonly string[],
  describe: (flag: string) => { boolean: boolean; allowed: string } | undefined,
): Error {
  const e = error as NodeJS.ErrnoException;
  const named = /'(-{1,2}[^' =<]+)/.exec(e.message ?? '')?.[1] ?? '?';
  const option = describe(named);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return unknownOption(named, known);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (option?.boolean) return new UsageError(`${named}에는 값을 붙이지 않아요. 쓰는 법: ${named}`);
      // A value starting with '-' (--units -3) reads as another option to Node: name that value.
      const at = argv.indexOf(named);
      const next = at >= 0 ? argv[at + 1] : undefined;
      return next !== undefined ? badValue(named, next, option?.allowed ?? '') : missingValue(named, option?.allowed ?? '');
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(e.message)?.[1] ?? '';
      return unexpectedArgument(arg, known);
    }
    default:
      return error as Error;
  }
}

function placeholder(o: Exclude<OptionSpec, FlagOption>): string {
  if (o.type === 'integer') return 'N';
  if (o.values) return o.type === 'list' ? o.values.join(',') : o.values.join('|');
  if (o.type === 'list' && o.integers) return 'N,N…';
  return o.hint ?? '값';
}

/** Terminal columns: Hangul and other wide characters take two. */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return n;
}

/** The --help text: usage, then one line per option with what it allows and its default. */
export function helpText(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const rows: [string, string][] = [];
  if (spec.positionals) rows.push([spec.positionals.name, spec.positionals.help]);
  for (const [name, o] of Object.entries(spec.options)) {
    const shown = o.type === 'boolean' ? `--${name}` : `--${name} ${placeholder(o)}`;
    const notes = o.type === 'integer' ? [allowedValues(o)] : [];
    if ('default' in o && o.default !== undefined && o.default !== '') notes.push(`기본 ${o.default}`);
    rows.push([shown, notes.length ? `${o.help} (${notes.join(', ')})` : o.help]);
  }
  rows.push(['--help, -h', '이 도움말']);
  const width = Math.min(28, Math.max(...rows.map(([a]) => columns(a))) + 2);
  const table = rows
    .map(([a, b]) => `  ${a}${columns(a) >= width ? `\n  ${' '.repeat(width)}` : ' '.repeat(width - columns(a))}${b}`)
    .join('\n');
  const usage = `${spec.usage} -- ${spec.positionals ? `${spec.positionals.name} ` : ''}[옵션]`;
  return `${spec.summary}\n\n  ${usage}\n\n${table}\n${spec.notes ? `\n${spec.notes}\n` : ''}`;
}

/** For scripts: parsed options, or --help printed (exit 0), or one Korean line on stderr (exit 2). */
export function readCommandLine<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): CommandLine<O> {
  try {
    const parsed = parseCommandLine(spec, argv);
    if (parsed.help) {
      console.log(helpText(spec));
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) exitWithUsageError(error);
    throw error;
  }
}

/** Prints the one line and ends the process with status 2 (bad usage), as every command does. */
export function exitWithUsageError(error: UsageError): never {
  console.error(error.message);
  process.exit(2);
}
