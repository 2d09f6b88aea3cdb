import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/model/lesson/errors.ts';
import { generateLessons } from '../../src/cli/generate.ts';
import { UsageError } from '../../src/lib/usage-error.ts';
import { pageUnits, resolveRequest } from '../../src/designer/build.ts';
import type { DesignerIndex, DesignerLessonData, DutyUnits } from '../../src/model/lesson/designer-data.ts';
import { parseQuery } from '../../src/designer/query.ts';
import { lessonInputs } from '../../src/model/lesson/from-site.ts';
import { designerDataFiles } from '../../src/render/designer-data.ts';
import { lessonDocx } from '../../src/render/docx/lesson-docx.ts';
import { readZip } from '../render/read-zip.ts';
import { loadSite } from '../../src/site-content/load-site.ts';

const work = mkdtempSync(join(tmpdir(), 'lesson-generate-'));
const content = join(work, 'content');
const out = join(work, 'out');
// Config files live in their own folder so writing them does not change the output's surroundings.
const configs = join(work, 'configs');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` (and the folder's siblings, to catch stray temp folders) with its hash. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(work, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  files['(beside the output)'] = readdirSync(work).sort().join(',');
  return files;
}

function freshContent(): void {
  rmSync(content, { recursive: true, force: true });
  cpSync('test/fixtures/site', content, { recursive: true });
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(content, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test edit did nothing to ${path}`);
  writeFileSync(file, after);
}

const run = (...argv: string[]) => generateLessons(['--content', content, '--out', out, ...argv]);

beforeAll(async () => {
  mkdirSync(configs);
  freshContent();
  await run();
}, 120_000);

describe('npm run generate', () => {
  it('writes JSON, .docx and the slides (.pptx) for every design, with an index', () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      id: string;
      files: { docx: string; json: string; pptx: string };
    }[];
    expect(index.map((d) => d.id)).toContain('job-example-agent');
    expect(index.map((d) => d.id)).toContain('unit-9101010101_21v1');
    for (const d of index) {
      expect(readFileSync(join(out, d.files.docx)).subarray(0, 2).toString()).toBe('PK');
      expect(d.files.pptx).toBe(`${d.id}/${d.id}.pptx`);
      expect(readZip(readFileSync(join(out, d.files.pptx))).has('ppt/presentation.xml')).toBe(true);
      expect(JSON.parse(readFileSync(join(out, d.files.json), 'utf8')).design.id).toBe(d.id);
    }
  });

  it('gives byte-identical files when run again (in another process too)', () => {
    const before = snapshot(out);
    const cli = spawnSync(join('node_modules', '.bin', 'node'), ['scripts/generate.ts', '--content', content, '--out', out], {
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('수업 설계서');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('honours options from flags and a config file, flags winning', async () => {
    const config = join(configs, 'options.yaml');
    writeFileSync(config, 'school: high\nperiods: 3\njobs: [example-agent]\n');
    const alt = join(work, 'alt');
    const result = await generateLessons([
      '--content',
      content,
      '--out',
      alt,
      '--config',
      config,
      '--periods',
      '4',
      '--unit',
      '9101010101_21v1',
    ]);
    if ('help' in result) throw new Error('unexpected help');
    expect(result.designs.map((d) => [d.id, d.audience.school, d.periods, d.minutesPerPeriod])).toEqual([
      ['job-example-agent-high', 'high', 4, 50],
      ['unit-9101010101_21v1-high', 'high', 4, 50],
    ]);
    expect(readdirSync(alt).sort()).toEqual(['.lesson-designs', 'index.json', 'job-example-agent-high', 'unit-9101010101_21v1-high']);
    rmSync(alt, { recursive: true });
  });
});

describe('npm run generate with several --unit', () => {
  const A = '9101010101_21v1';
  const B = '9101010102_21v2';

  /** The .docx the designer makes in the browser for an address, by its own code on the data files the build writes. */
  async function designerDocx(query: string): Promise<{ id: string; bytes: Uint8Array }> {
    const files = new Map(designerDataFiles(lessonInputs(loadSite(content))).map((f) => [f.path, f.text]));
    const index = JSON.parse(files.get('index.json')!) as DesignerIndex;
    const lesson = JSON.parse(files.get('lesson.json')!) as DesignerLessonData;
    const units = async (duty: string) => JSON.parse(files.get(`units/${duty}.json`) ?? '[]') as DutyUnits;
    const { designs } = await resolveRequest(index, lesson, parseQuery(query), pageUnits(index, lesson, units));
    expect(designs).toHaveLength(1);
    return { id: designs[0]!.id, bytes: await lessonDocx(designs[0]!) };
  }

  it('makes ONE series, a period per unit, byte for byte the .docx the designer makes', async () => {
    freshContent();
    const alt = join(work, 'series');
    const result = await generateLessons([
      '--content',
      content,
      '--out',
      alt,
      '--unit',
      A,
      '--unit',
      B,
      '--school',
      'high',
      '--grade',
      '2',
      '--periods',
      '3',
      '--minutes',
      '50',
    ]);
    if ('help' in result) throw new Error('unexpected help');
    expect(result.designs.map((d) => d.id)).toEqual([`unit-${A}+${B}-high`]);
    const [series] = result.designs;
    expect(series!.ncs.units.map((u) => u.code)).toEqual([A, B]);
    expect(series!.periodPlans).toHaveLength(3);
    const cli = readFileSync(join(alt, `unit-${A}+${B}-high`, `unit-${A}+${B}-high.docx`));
    const browser = await designerDocx(`unit=${A}&unit=${B}&school=high&grade=2&periods=3&minutes=50`);
    expect(browser.id).toBe(series!.id);
    expect(Buffer.from(browser.bytes).equals(cli)).toBe(true);
    rmSync(alt, { recursive: true });
  });

  it('with jobs too: a design per job and one series of the units', async () => {
    const alt = join(work, 'series-jobs');
    const result = await generateLessons(['--content', content, '--out', alt, '--job', 'example-agent', '--unit', B, '--unit', A]);
    if ('help' in result) throw new Error('unexpected help');
    expect(result.designs.map((d) => d.id)).toEqual(['job-example-agent', `unit-${B}+${A}`]);
    rmSync(alt, { recursive: true });
  });
});

describe('bad data or options: a clear error and nothing on disk changes', () => {
  let before: Record<string, string>;
  beforeEach(() => {
    freshContent();
    before = snapshot(out);
  });

  async function expectFailure(argv: string[], ...parts: (string | RegExp)[]): Promise<DataError> {
    let error: unknown;
    try {
      await run(...argv);
    } catch (e) {
      error = e;
    }
    expect(error, 'generate should have failed').toBeInstanceOf(DataError);
    const message = (error as DataError).message;
    for (const part of parts) {
      if (typeof part === 'string') expect(message).toContain(part);
      else expect(message).toMatch(part);
    }
    expect(snapshot(out)).toEqual(before);
    return error as DataError;
  }

  it('a job naming a unit the NCS data does not have', async () => {
    edit('ncs/units/91010101.yaml', (t) => t.replace(/ {2}- code: 9101010102_21v2\n( {4}.*\n)+/, ''));
    await expectFailure([], 'example-lead.mdx', 'example-lead', 'ncsUnits[', '9101010102_21v2가 NCS 자료');
  });

  it('a duplicate unit code', async () => {
    edit(
      'ncs/units/91010101.yaml',
      (t) =>
        `${t}  - code: 9101010101_21v1\n    name: 예시 능력단위 하나\n    level: 5\n    source: example-ncs\n    definition: null\n    elements: []\n`,
    );
    const e = await expectFailure([], '91010101.yaml', '9101010101_21v1', 'code', '두 번');
    expect(e.line).toBeGreaterThan(1);
  });

  it('a unit level outside 1–8', async () => {
    edit('ncs/units/91010101.yaml', (t) => t.replace(/(code: 9101010101_21v1\n {4}name: .*\n {4}level: )3/, '$19'));
    await expectFailure([], '91010101.yaml', '9101010101_21v1', 'level', '1–8');
  });

  it('times that cannot fit the period', async () => {
    await expectFailure(
      ['--periods', '1', '--minutes', '30'],
      '명령줄',
      '--minutes',
      '30분 차시에 들어가지 않아요',
      '차시 길이를 늘리거나',
    );
  });

  it('a template step whose minimum is larger than its share', async () => {
    edit('lessons/unit-lesson.yaml', (t) => t.replace('  minutes: 5\n  minMinutes: 3', '  minutes: 5\n  minMinutes: 9'));
    await expectFailure([], 'unit-lesson.yaml', 'opening', 'minMinutes', /:\d+:/);
  });

  it('a job page without a required field', async () => {
    edit('jobs/example-agent.mdx', (t) => t.replace(/^title: .*\n/m, ''));
    await expectFailure([], 'example-agent.mdx', 'example-agent', 'title');
  });

  it('malformed YAML in a job page frontmatter, with its line', async () => {
    edit('jobs/example-lead.mdx', (t) => t.replace(/^summary: (.*)$/m, 'summary: [$1'));
    const e = await expectFailure([], 'example-lead.mdx', 'YAML 문법 오류');
    expect(e.line).toBeGreaterThan(2);
  });

  it('a job page without frontmatter', async () => {
    edit('jobs/example-lead.mdx', (t) => t.replace(/^---\n/, ''));
    await expectFailure([], 'example-lead.mdx', 'frontmatter');
  });

  it('malformed YAML in a lesson template, with its line', async () => {
    edit('lessons/job-series.yaml', (t) => t.replace("title: '진로 탐구: {jobTitle}'", "title: '진로 탐구: {jobTitle}\n  x"));
    const e = await expectFailure([], 'job-series.yaml', 'YAML 문법 오류');
    expect(e.line).not.toBeNull();
  });

  it('an unknown placeholder in a template', async () => {
    edit('lessons/job-series.yaml', (t) => t.replace("title: '진로 탐구: {jobTitle}'", "title: '진로 탐구: {jbo}'"));
    await expectFailure([], 'job-series.yaml', 'job-example-agent', 'title', '{jbo}');
  });

  it('a template naming a standard the curriculum file does not have', async () => {
    edit('lessons/job-series.yaml', (t) => t.replace("standards: ['[9진로01-01]']", "standards: ['[9진로02-09]']"));
    await expectFailure([], 'job-series.yaml', 'blocks.visit', 'standards[0]', '[9진로02-09]');
  });

  it('a duplicate achievement standard', async () => {
    edit('curriculum/career-middle-2022.yaml', (t) => t.replace("  - code: '[9진로02-02]'", "  - code: '[9진로02-01]'"));
    await expectFailure([], 'career-middle-2022.yaml', 'career-middle-2022', 'standards[5].code', '두 번');
  });

  it('a 직업기초능력 sub-ability the NCS data does not list', async () => {
    edit('lessons/job-series.yaml', (t) => t.replace('subs: [고객서비스능력, 갈등관리능력]', 'subs: [고객서비스능력, 친절능력]'));
    await expectFailure([], 'job-series.yaml', 'activities.role-play', 'basicCompetences[0].subs[1]', '친절능력');
  });

  it('a layout naming a block that does not exist', async () => {
    edit('lessons/unit-lesson.yaml', (t) =>
      t.replace("'4': [[intro], [elements], [apply], [present]]", "'4': [[intro], [element], [apply], [present]]"),
    );
    await expectFailure([], 'unit-lesson.yaml', 'layouts.4', '[1][0]', '"element"');
  });

  /** A bad flag is one Korean line naming the flag and what it allows (src/lib/usage-error.ts). */
  async function expectUsageError(argv: string[], line: string): Promise<void> {
    await expect(run(...argv)).rejects.toThrow(UsageError);
    await expect(run(...argv)).rejects.toThrow(line);
    expect(snapshot(out)).toEqual(before);
  }

  it('--periods outside 1–4', async () => {
    await expectUsageError(['--periods', '5'], '--periods에 쓸 수 없는 값이에요: "5". 쓸 수 있는 값: 1 이상 4 이하의 정수');
  });

  it('--school that is not middle or high', async () => {
    await expectUsageError(['--school', 'elementary'], '--school에 쓸 수 없는 값이에요: "elementary". 쓸 수 있는 값: middle, high');
  });

  it('--minutes that is not a number', async () => {
    await expectUsageError(['--minutes', 'abc'], '--minutes에 쓸 수 없는 값이에요: "abc". 쓸 수 있는 값: 20 이상 120 이하의 정수');
  });

  it('an unknown flag', async () => {
    await expectUsageError(['--bogus'], '없는 옵션이에요: --bogus. 쓸 수 있는 옵션: --school, --grade, --periods');
  });

  it('--job that no job page has', async () => {
    await expectFailure(['--job', 'astronaut'], '명령줄', '--job[0]', 'astronaut');
  });

  it('--unit that the NCS data does not have', async () => {
    await expectFailure(['--unit', '9101010199_21v1'], '명령줄', '--unit[0]', '9101010199_21v1');
  });

  it('fewer periods than units in a series', async () => {
    await expectFailure(
      ['--unit', '9101010101_21v1', '--unit', '9101010102_21v2', '--periods', '1'],
      '명령줄',
      '--periods',
      '능력단위 2개',
      '1차시',
    );
  });

  it('a series naming a unit the NCS data does not have', async () => {
    await expectFailure(['--unit', '9101010101_21v1', '--unit', '9101010199_21v1'], '명령줄', '--unit[1]', '9101010199_21v1');
  });

  it('a config file with an unknown key, naming its line', async () => {
    const config = join(configs, 'bad-key.yaml');
    writeFileSync(config, 'school: high\nperiod: 3\n');
    const e = await expectFailure(['--config', config], 'bad-key.yaml', 'period');
    expect(e.field).toBe('period');
    expect(e.line).toBe(2);
    rmSync(config);
  });

  it('malformed YAML in a config file, with its line', async () => {
    const config = join(configs, 'broken.yaml');
    writeFileSync(config, 'school: high\njobs: [example-agent\nperiods: 2\n');
    const e = await expectFailure(['--config', config], 'broken.yaml', 'YAML 문법 오류');
    expect(e.line).toBe(2); // the line that opens the unclosed [
    rmSync(config);
  });

  it('a config file that does not exist', async () => {
    await expectFailure(['--config', join(configs, 'missing.yaml')], 'missing.yaml', '읽을 수 없어요');
  });

  it('a config value of the wrong type', async () => {
    const config = join(configs, 'wrong-type.yaml');
    writeFileSync(config, 'school: middle\nperiods: two\n');
    const e = await expectFailure(['--config', config], 'wrong-type.yaml', 'periods');
    expect(e.line).toBe(2);
    rmSync(config);
  });

  it('an output folder that holds files the generator did not make', async () => {
    const foreign = join(work, 'foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    before = snapshot(out);
    await expectFailure(['--out', foreign], '--out', '생성기가 만들지 않은 파일');
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
    rmSync(foreign, { recursive: true });
  });

  it('leaves no temporary folder behind after a failure', () => {
    expect(readdirSync(work).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(existsSync(out) && statSync(out).isDirectory()).toBe(true);
  });
});
