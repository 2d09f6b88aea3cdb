/**
 * `npm run generate`'s command line: flags, help text and the --config file. Options come from three
 * places, later ones winning: content/lessons/defaults.yaml, a config file (--config), and flags
 * (merged by resolveOptions in src/model/lesson/options.ts).
 */
import { parseArgs } from 'node:util';
import { lessonOptionsSchema, type LessonOptionsInput } from '../schemas/lesson-options.ts';
import { lessonError, pathToField } from '../model/lesson/errors.ts';
import { koreanMessages, readYamlWith } from '../site-content/yaml-checked.ts';
import { translateParseArgsError } from './command-line.ts';
import { badValue } from './usage-error.ts';
import { allowedByZod } from './zod-allowed.ts';

export const CLI = '명령줄';

export interface CliRequest {
  options: LessonOptionsInput;
  out: string | null;
  config: string | null;
  content: string | null;
  help: boolean;
}

const flags = {
  school: { type: 'string' },
  grade: { type: 'string' },
  periods: { type: 'string' },
  minutes: { type: 'string' },
  activity: { type: 'string' },
  job: { type: 'string', multiple: true },
  unit: { type: 'string', multiple: true },
  out: { type: 'string' },
  config: { type: 'string' },
  content: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What a flag allows, from the schema the options are checked with ('' when it says nothing). */
function allowedFor(flag: string): string {
  const key = flag === 'job' ? 'jobs' : flag === 'unit' ? 'units' : flag;
  const field = lessonOptionsSchema.shape[key as keyof typeof lessonOptionsSchema.shape];
  return field ? (allowedByZod(field) ?? '') : '';
}

export function parseCli(argv: readonly string[]): CliRequest {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: flags, strict: true, allowPositionals: false }));
  } catch (e) {
    throw translateParseArgsError(e, argv, [...Object.keys(flags).map((f) => `--${f}`)], (flag) => {
      const name = flag.replace(/^-+/, '') as keyof typeof flags;
      return name in flags ? { boolean: flags[name].type === 'boolean', allowed: allowedFor(name) } : undefined;
    });
  }
  const number = (name: 'grade' | 'periods' | 'minutes'): number | undefined => {
    const raw = values[name] as string | undefined;
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw badValue(`--${name}`, raw, allowedFor(name));
    return Number(raw);
  };
  const input: Record<string, unknown> = {
    school: values.school,
    grade: number('grade'),
    periods: number('periods'),
    minutes: number('minutes'),
    activity: values.activity,
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
    const allowed = allowedFor(flag.slice(2));
    throw allowed ? badValue(flag, String(given), allowed) : lessonError(CLI, null, flag, issue.message);
  }
  return {
    options: result.data,
    out: (values.out as string | undefined) ?? null,
    config: (values.config as string | undefined) ?? null,
    content: (values.content as string | undefined) ?? null,
    help: values.help === true,
  };
}

export function readConfigFile(file: string): LessonOptionsInput {
  return readYamlWith(file, lessonOptionsSchema);
}

export const cliHelp = `진로 수업 설계서 만들기

  npm run generate -- [옵션]

  --school middle|high   학교급 (기본: content/lessons/defaults.yaml)
  --grade 1|2|3          학년 (주지 않으면 학교급 전체)
  --periods 1..4         차시 수
  --minutes 20..120      한 차시 길이(분). 기본은 중학교 45, 고등학교 50
  --activity role-play|self-check   직업 탐구 활동
  --job SLUG             이 직업의 설계서만 (여러 번 쓸 수 있어요)
  --unit CODE            이 능력단위의 설계서만. 여러 번 쓰면 능력단위마다 한 차시씩
                         이어지는 연속 수업 하나가 돼요 (수업 설계 도우미와 같아요)
  --config FILE          위 옵션을 담은 YAML 파일 (명령줄 옵션이 이겨요)
  --out DIR              결과 폴더 (기본: generated/lessons)
  --content DIR          콘텐츠 폴더 (기본: content)
`;
