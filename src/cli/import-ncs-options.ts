/** `npm run import:ncs`'s command line: flags, help text, and the checks on them. */
import { parseArgs } from 'node:util';

export interface ImportRequest {
  files: string[];
  duties: string[];
  includeRetired: boolean;
  out: string;
  base: string | undefined;
  year: number | null;
  help: boolean;
}

export const importHelp = `공식 NCS 자료 가져오기

  npm run import:ncs -- 파일… [옵션]

  파일                 NCS정보망 DB 내보내기(.xlsx), 공공데이터 CSV(.csv, cp949), ncsInfo API 응답(.json). 여러 개를 합쳐요
  --duty CODE          이 세분류(8자리)만 가져와요. 여러 번 쓰거나 쉼표로 이어 써요 (기본: 전부)
  --include-retired    "(구버전)", "(20년 삭제)"가 붙은 폐지 단위도 가져와요
  --out DIR            쓸 폴더 (기본: content/ncs)
  --base DIR           파일에 없는 기록(출처, 수준, 직업기초능력, 분류 이름 등)을 가져올 폴더
                       (기본: --out 폴더에 자료가 있으면 그 폴더, 없으면 content/ncs)
  --year YYYY          공식 자료가 나타내는 연도. sources.yaml에 적어요 (기본: 적지 않음)
  --help, -h           이 도움말

새 자료는 옆 임시 폴더에 다 쓴 뒤 검사를 통과해야만 바꿔 넣어요. 오류가 나면 --out 폴더는 그대로예요.
`;

export class ImportUsageError extends Error {}

export function parseImportArgs(argv: readonly string[]): ImportRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        duty: { type: 'string', multiple: true, default: [] },
        'include-retired': { type: 'boolean', default: false },
        out: { type: 'string', default: 'content/ncs' },
        base: { type: 'string' },
        year: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new ImportUsageError(`알 수 없는 옵션이거나 값이 빠졌어요 (${(e as Error).message}). --help로 쓸 수 있는 옵션을 봐요`);
  }
  const { values, positionals } = parsed;
  const request: ImportRequest = {
    files: positionals,
    duties: values.duty.flatMap((d) => d.split(',')).filter(Boolean),
    includeRetired: values['include-retired'],
    out: values.out,
    base: values.base,
    year: null,
    help: values.help,
  };
  if (request.help) return request;
  if (positionals.length === 0) throw new ImportUsageError('가져올 파일을 적어 주세요: npm run import:ncs -- 파일.xlsx [--duty 02010302]');
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new ImportUsageError(`--year는 네 자리 연도예요 (받은 값: ${values.year})`);
    request.year = Number(values.year);
  }
  return request;
}
