/** `npm run import:ncs`'s command line: its options, help text, and the checks on them. */
import { helpText, parseCommandLine, type CommandSpec, type OptionSpec } from './command-line.ts';
import { badValue, UsageError } from '../lib/usage-error.ts';

export interface ImportRequest {
  files: string[];
  duties: string[];
  includeRetired: boolean;
  out: string;
  base: string | undefined;
  year: number | null;
  help: boolean;
}

const options = {
  duty: { type: 'string', hint: '코드', multiple: true, help: '이 세분류(8자리)만 가져와요. 여러 번 쓰거나 쉼표로 이어 써요 (기본: 전부)' },
  'include-retired': { type: 'boolean', help: '"(구버전)", "(20년 삭제)"가 붙은 폐지 단위도 가져와요' },
  out: { type: 'string', hint: '폴더', default: 'content/ncs', help: '쓸 폴더' },
  base: {
    type: 'string',
    hint: '폴더',
    help: '파일에 없는 기록(출처, 수준, 직업기초능력, 분류 이름 등)을 가져올 폴더 (기본: --out 폴더에 자료가 있으면 그 폴더, 없으면 content/ncs)',
  },
  year: { type: 'string', hint: 'YYYY', help: '공식 자료가 나타내는 연도. sources.yaml에 적어요 (기본: 적지 않음)' },
} as const satisfies Record<string, OptionSpec>;

const spec: CommandSpec<typeof options> = {
  usage: 'npm run import:ncs',
  summary: '공식 NCS 자료 가져오기',
  positionals: {
    name: '파일…',
    help: 'NCS정보망 DB 내보내기(.xlsx), 공공데이터 CSV(.csv, cp949), ncsInfo API 응답(.json). 여러 개를 합쳐요',
  },
  options,
  notes: '새 자료는 옆 임시 폴더에 다 쓴 뒤 검사를 통과해야만 바꿔 넣어요. 오류가 나면 --out 폴더는 그대로예요.',
};

export const importHelp = helpText(spec);

export function parseImportArgs(argv: readonly string[]): ImportRequest {
  const { values, positionals, help } = parseCommandLine(spec, argv);
  if (help) return { files: [], duties: [], includeRetired: false, out: options.out.default, base: undefined, year: null, help };
  const request: ImportRequest = {
    files: positionals,
    duties: values.duty.flatMap((d) => d.split(',')).filter(Boolean),
    includeRetired: values['include-retired'],
    out: values.out,
    base: values.base,
    year: null,
    help,
  };
  if (positionals.length === 0) throw new UsageError('가져올 파일을 적어 주세요: npm run import:ncs -- 파일.xlsx [--duty 02010302]');
  for (const duty of request.duties) if (!/^\d{8}$/.test(duty)) throw badValue('--duty', duty, '여덟 자리 세분류 코드 (예: 02010302)');
  const { year } = values;
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) throw badValue('--year', year, '네 자리 연도 (예: 2026)');
    request.year = Number(year);
  }
  return request;
}
