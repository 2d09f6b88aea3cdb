import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommandLine, type CommandSpec, type OptionSpec } from '../../src/cli/command-line.ts';
import { UsageError } from '../../src/lib/usage-error.ts';
import { buildEnv } from '../support/build-env.ts';

const options = {
  units: { type: 'integer', min: 1, max: 500, default: 100, help: '능력단위 수' },
  format: { type: 'string', values: ['xlsx', 'csv'], default: 'xlsx', help: '형식' },
  out: { type: 'string', hint: '폴더', help: '결과 폴더' },
  sizes: { type: 'list', integers: { min: 1 }, default: '1,2', help: '크기들' },
  stages: { type: 'list', values: ['build', 'index'], help: '단계' },
  keep: { type: 'boolean', help: '남기기' },
} as const satisfies Record<string, OptionSpec>;
const spec: CommandSpec<typeof options> = { usage: 'npm run demo', summary: '시험용 명령', options };
const parse = (...argv: string[]) => parseCommandLine(spec, argv);
const problem = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('one declaration reads a command line', () => {
  it('gives typed values with defaults', () => {
    expect(parse().values).toEqual({ units: 100, format: 'xlsx', out: undefined, sizes: [1, 2], stages: [], keep: false });
    expect(parse('--units', '7', '--format=csv', '--out', 'x', '--sizes', '3,40', '--stages', 'index', '--keep').values).toEqual({
      units: 7,
      format: 'csv',
      out: 'x',
      sizes: [3, 40],
      stages: ['index'],
      keep: true,
    });
    expect(parse('--sizes', '').values.sizes).toEqual([]);
  });

  it.each([
    [['--bogus'], '없는 옵션이에요: --bogus. 쓸 수 있는 옵션: --units, --format, --out, --sizes, --stages, --keep, --help'],
    [['--format', 'pdf'], '--format에 쓸 수 없는 값이에요: "pdf". 쓸 수 있는 값: xlsx, csv'],
    [['--units', '0'], '--units에 쓸 수 없는 값이에요: "0". 쓸 수 있는 값: 1 이상 500 이하의 정수'],
    [['--units', '2.5'], '--units에 쓸 수 없는 값이에요: "2.5". 쓸 수 있는 값: 1 이상 500 이하의 정수'],
    [['--units', '-3'], '--units에 쓸 수 없는 값이에요: "-3". 쓸 수 있는 값: 1 이상 500 이하의 정수'],
    [['--units'], '--units에 값이 빠졌어요. 쓸 수 있는 값: 1 이상 500 이하의 정수'],
    [['--sizes', '10,x'], '--sizes에 쓸 수 없는 값이에요: "x". 쓸 수 있는 값: 1 이상의 정수를 쉼표로 이어서 (예: 100,1000)'],
    [['--stages', 'build,floor'], '--stages에 쓸 수 없는 값이에요: "floor". 쓸 수 있는 값: build, index 중 하나 이상을 쉼표로 이어서'],
    [['--keep=yes'], '--keep에는 값을 붙이지 않아요. 쓰는 법: --keep'],
    [['stray'], '알 수 없는 인자예요: "stray". 이 명령은 옵션만 받아요: --units, --format, --out, --sizes, --stages, --keep, --help'],
  ])('%j → one Korean line', (argv, line) => {
    expect(problem(...argv)).toBe(line);
  });

  it('counts arguments without a flag', () => {
    const files = { ...spec, positionals: { name: '파일', help: '읽을 파일', min: 1, max: 2 } };
    expect(parseCommandLine(files, ['a', 'b']).positionals).toEqual(['a', 'b']);
    expect(() => parseCommandLine(files, [])).toThrow('파일을 적어 주세요: npm run demo -- 파일');
    expect(() => parseCommandLine(files, ['a', 'b', 'c'])).toThrow('인자가 너무 많아요: "c". 이 명령은 파일을 2개까지 받아요');
  });

  it('answers --help without checking the other values', () => {
    expect(parse('--units', 'x', '--help').help).toBe(true);
    const help = helpText(spec);
    expect(help).toContain('npm run demo -- [옵션]');
    expect(help).toMatch(/--units N +능력단위 수 \(1 이상 500 이하의 정수, 기본 100\)/);
    expect(help).toMatch(/--format xlsx\|csv +형식 \(기본 xlsx\)/);
    expect(help).toContain('--help, -h');
  });
});

/** Runs a script with the project's Node; resolves with its exit code and output. */
function runScript(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'node'), args, { env: buildEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.concurrent('every command answers bad input with one Korean line', () => {
  const commands: [string, string[], RegExp][] = [
    [
      'make:synthetic',
      ['scripts/make-synthetic-catalog.ts', '--format', 'pdf'],
      /^--format에 쓸 수 없는 값이에요: "pdf". 쓸 수 있는 값: xlsx, csv, api$/,
    ],
    [
      'search:eval',
      ['scripts/search-eval.ts', '--bogus'],
      /^없는 옵션이에요: --bogus. 쓸 수 있는 옵션: --dist, --queries, --verbose, --help$/,
    ],
    ['bench', ['scripts/bench.ts', '--sizes', 'many'], /^--sizes에 쓸 수 없는 값이에요: "many"/],
    [
      'bench:generate',
      ['scripts/bench-generate.ts', '--units', 'lots'],
      /^--units에 쓸 수 없는 값이에요: "lots". 쓸 수 있는 값: 1 이상 100000 이하의 정수$/,
    ],
    ['check:content', ['scripts/check-content.ts', 'nonexist-folder'], /^콘텐츠 폴더가 없어요: "nonexist-folder"/],
    ['generate', ['scripts/generate.ts', '--periods', '9'], /^--periods에 쓸 수 없는 값이에요: "9". 쓸 수 있는 값: 1 이상 4 이하의 정수$/],
    ['import:ncs', ['scripts/import-ncs.ts', 'a.xlsx', '--year', '26'], /^--year에 쓸 수 없는 값이에요: "26"/],
    ['index-search', ['scripts/index-search.ts', '--dist'], /^--dist에 값이 빠졌어요/],
    ['write-lesson-files', ['scripts/write-lesson-files.ts', 'extra'], /^알 수 없는 인자예요: "extra"/],
    ['screenshots', ['scripts/screenshots.ts', '--width', '3'], /^없는 옵션이에요: --width/],
    ['preview', ['scripts/preview.ts', '--port', 'x'], /^--port에 쓸 수 없는 값이에요: "x". 쓸 수 있는 값: 0 이상 65535 이하의 정수$/],
    ['bench-ncs-model', ['scripts/bench-ncs-model.ts', 'many'], /^능력단위 수에 쓸 수 없는 값이에요: "many"/],
    [
      'bench:slides',
      ['scripts/bench-slides.ts', '--runs', '0'],
      /^--runs에 쓸 수 없는 값이에요: "0". 쓸 수 있는 값: 1 이상 100 이하의 정수$/,
    ],
    ['bench:cls', ['scripts/bench-cls.ts', '--runs', '0'], /^--runs에 쓸 수 없는 값이에요: "0". 쓸 수 있는 값: 1 이상 100 이하의 정수$/],
    ['build', ['scripts/build.ts', '--bogus'], /^없는 옵션이에요: --bogus. 쓸 수 있는 옵션: --help$/],
  ];

  it('covers every script', () => {
    // bench-browser.ts is a module of scripts/bench.ts, not a command of its own.
    const scripts = readdirSync('scripts').filter((f) => f.endsWith('.ts') && f !== 'bench-browser.ts');
    expect(scripts.filter((f) => !commands.some(([, args]) => args[0] === `scripts/${f}`))).toEqual([]);
  });
  it.each(commands)(
    '%s',
    async (_name, args, line) => {
      const { code, stdout, stderr } = await runScript(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toMatch(line);
    },
    60_000,
  );

  it('build: SITE_BASE', async () => {
    const { code, stderr } = await runScript(['scripts/build.ts'], { SITE_BASE: 'a b', SITE_OUT_DIR: 'never-written' });
    expect(code).toBe(1);
    expect(stderr).toContain('SITE_BASE에 쓸 수 없는 값이에요: "a b". 쓸 수 있는 값: /career/ 처럼');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
