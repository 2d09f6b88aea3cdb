/**
 * `npm run generate`'s command line: flags, help text and the --config file. Options come from three
 * places, later ones winning: content/lessons/defaults.yaml, a config file (--config), and flags
 * (merged by resolveOptions in src/model/lesson/options.ts).
 */
import { parseArgs } from 'node:util';
import { lessonOptionsSchema, type LessonOptionsInput } from '../schemas/lesson-options.ts';
import { lessonError, pathToField } from '../model/lesson/errors.ts';
import { koreanMessages, readYamlWith } from '../site-content/yaml-checked.ts';
import { parseSiteAddress } from '../lib/site-address.ts';
import { ACTIVITIES, GRADES, MINUTES, PERIODS, SCHOOL_LEVELS, STYLES, type IntRange } from '../model/lesson/option-values.ts';
import { optionLabels, optionNames } from '../ui/lesson-options.ts';
import { translateParseArgsError } from './command-line.ts';
import { badValue, integerRange } from '../lib/usage-error.ts';

export const CLI = '명령줄';

export interface CliRequest {
  options: LessonOptionsInput;
  out: string | null;
  config: string | null;
  content: string | null;
  /** --address: the site's address for the pages a design names; null to take SITE_URL and SITE_BASE. */
  address: string | null;
  help: boolean;
}

const flags = {
  school: { type: 'string' },
  grade: { type: 'string' },
  periods: { type: 'string' },
  minutes: { type: 'string' },
  activity: { type: 'string' },
  style: { type: 'string' },
  job: { type: 'string', multiple: true },
  unit: { type: 'string', multiple: true },
  out: { type: 'string' },
  config: { type: 'string' },
  content: { type: 'string' },
  address: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const range = (r: IntRange) => integerRange(r.min, r.max);
/** What each flag allows, from the declared option values (src/model/lesson/option-values.ts). */
const allowed: Partial<Record<keyof typeof flags, string>> = {
  school: SCHOOL_LEVELS.join(', '),
  grade: range(GRADES),
  periods: range(PERIODS),
  minutes: range(MINUTES),
  activity: ACTIVITIES.join(', '),
  style: STYLES.join(', '),
  address: 'http(s)로 시작하는 사이트 주소 (예: https://school.example.kr/career/)',
};

/**
 * The flags as options. A flag she mistyped or a value outside the declared ones is a UsageError:
 * one line naming the flag and what it allows, as every command says it (src/lib/usage-error.ts).
 */
export function parseCli(argv: readonly string[]): CliRequest {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: false }));
  } catch (e) {
    throw translateParseArgsError(e, argv, [...Object.keys(flags).map((f) => `--${f}`)], (flag) => {
      const name = flag.replace(/^-+/, '') as keyof typeof flags;
      return name in flags ? { boolean: flags[name].type === 'boolean', allowed: allowed[name] ?? '' } : undefined;
    });
  }
  const number = (name: 'grade' | 'periods' | 'minutes'): number | undefined => {
    const raw = values[name] as string | undefined;
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw badValue(`--${name}`, raw, allowed[name]!);
    return Number(raw);
  };
  const input: Record<string, unknown> = {
    school: values.school,
    grade: number('grade'),
    periods: number('periods'),
    minutes: number('minutes'),
    activity: values.activity,
    style: values.style,
    jobs: values.job,
    units: values.unit,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  const result = lessonOptionsSchema.safeParse(input, { error: koreanMessages });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = pathToField(issue.path) ?? '';
    const flag = `--${field
      .replace(/^jobs/, 'job')
      .replace(/^units/, 'unit')
      .replace(/\[\d+\]$/, '')}`;
    const given = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown>)?.[key], input);
    const what = allowed[flag.slice(2) as keyof typeof flags];
    throw what ? badValue(flag, String(given), what) : lessonError(CLI, null, flag, issue.message);
  }
  const rawAddress = values.address as string | undefined;
  const address = rawAddress === undefined ? null : parseSiteAddress(rawAddress);
  if (rawAddress !== undefined && address === null) throw badValue('--address', rawAddress, allowed.address!);
  return {
    options: result.data,
    address,
    out: (values.out as string | undefined) ?? null,
    config: (values.config as string | undefined) ?? null,
    content: (values.content as string | undefined) ?? null,
    help: values.help === true,
  };
}

export function readConfigFile(file: string): LessonOptionsInput {
  return readYamlWith(file, lessonOptionsSchema);
}

const enumHelp = <T extends string>(values: readonly T[], label: Record<T, string>) => values.map((v) => `${v}(${label[v]})`).join(', ');
const flagLine = (flag: string, text: string) => `  ${flag.padEnd(22)} ${text}`;

/** The help text: every option with the values it takes, from the declared option values. */
export const cliHelp = [
  '진로 수업 설계서 만들기',
  '',
  '  npm run generate -- [옵션]',
  '',
  flagLine(
    `--school ${SCHOOL_LEVELS.join('|')}`,
    `${optionNames.school}: ${enumHelp(SCHOOL_LEVELS, optionLabels.school)} (기본: content/lessons/defaults.yaml)`,
  ),
  flagLine(`--grade ${GRADES.min}..${GRADES.max}`, `${optionNames.grade} (주지 않으면 학교급 전체)`),
  flagLine(`--periods ${PERIODS.min}..${PERIODS.max}`, optionNames.periods),
  flagLine(
    `--minutes ${MINUTES.min}..${MINUTES.max}`,
    `${optionNames.minutes}. 주지 않으면 학교급의 보통 길이 (content/lessons/defaults.yaml)`,
  ),
  flagLine(`--activity ${ACTIVITIES.join('|')}`, `${optionNames.activity}: ${enumHelp(ACTIVITIES, optionLabels.activity)}`),
  flagLine(
    `--style ${STYLES.join('|')}`,
    `${optionNames.style}: ${STYLES.map((v) => `${v}(${optionLabels.style[v]}: ${optionLabels.styleUse[v]})`).join(', ')}`,
  ),
  flagLine('--job SLUG', '이 직업의 설계서만 (여러 번 쓸 수 있어요)'),
  flagLine('--unit CODE', '이 능력단위의 설계서만. 여러 번 쓰면 능력단위마다 한 차시씩'),
  flagLine('', '이어지는 연속 수업 하나가 돼요 (수업 설계 도우미와 같아요)'),
  flagLine('--config FILE', '위 옵션을 담은 YAML 파일 (명령줄 옵션이 이겨요)'),
  flagLine('--out DIR', '결과 폴더 (기본: generated/lessons)'),
  flagLine('--content DIR', '콘텐츠 폴더 (기본: content)'),
  flagLine('--address URL', '설계서가 안내하는 사이트 쪽의 주소와 QR 코드에 쓸 사이트 주소'),
  flagLine('', '(예: https://school.example.kr/career/. 기본: SITE_URL과 SITE_BASE,'),
  flagLine('', '둘 다 없으면 주소 대신 사이트 안의 경로를 적어요)'),
  '',
].join('\n');
