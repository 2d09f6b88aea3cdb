import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/model/ncs/index.ts';
import { loadNcsCatalog } from '../../src/site-content/ncs.ts';

const shipped = 'content/ncs';
/** The test site's NCS folder: tests that break data copy it (세분류 91010101 with two units, 91010102 without). */
const FIXTURE = 'test/fixtures/site/ncs';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ncs-load-'));
  cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const edit = (file: string, from: string | RegExp, to: string) => {
  const before = read(file);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
  write(file, after);
};

/** The DataError thrown for `dir`, for assertions on its parts. */
function failure(): DataError {
  try {
    loadNcsCatalog(dir);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected loadNcsCatalog to throw');
}

const unitFile = (units: string, duty = '91010101') => `duty: '${duty}'\nunits:\n${units}`;
const unit = (code: string, extra = '') => `  - code: ${code}\n    name: 시험 단위\n    level: 3\n    source: example-ncs\n${extra}`;

describe('loadNcsCatalog on the shipped data', () => {
  it('links 고객관리 to KECO 0292 with its source', () => {
    expect(loadNcsCatalog(shipped).nodes.get('02010302')!.occupations).toEqual([
      { keco: '0292', name: '고객 상담원 및 모니터 요원', source: 'ncs-keco-table' },
    ]);
  });

  it('loads the 고객관리 세분류 with its seven current units, sorted by level', () => {
    const c = loadNcsCatalog(shipped);
    const units = c.unitsByDuty.get('02010302')!;
    expect(units.map((u) => u.code)).toEqual([
      '0201030206_21v3',
      '0201030209_15v3',
      '0201030210_21v4',
      '0201030201_21v3',
      '0201030207_21v3',
      '0201030211_21v4',
      '0201030208_14v2',
    ]);
    expect(c.units.get('0201030201_21v3')).toMatchObject({
      name: '고객관리 계획 수립',
      level: 5,
      duty: '02010302',
      serial: '01',
      version: { year: 21, revision: 3, label: '21v3' },
    });
  });

  it('counts units up the tree and keeps the related 유통관리 unit apart', () => {
    const c = loadNcsCatalog(shipped);
    expect(c.nodes.get('020103')!.unitCount).toBe(8);
    expect(c.nodes.get('02010302')!.unitCount).toBe(7);
    expect(c.nodes.get('02010301')!.unitCount).toBe(0);
    expect(c.units.get('0201030406_21v2')).toMatchObject({ name: '고객관리', level: 3, duty: '02010304' });
  });

  it('has all eight levels and the ten basic competences', () => {
    const c = loadNcsCatalog(shipped);
    expect([...c.levels.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(c.basicCompetences).toHaveLength(10);
    expect(c.basicCompetenceById.get('interpersonal')!.subs.map((s) => s.name)).toContain('고객서비스능력');
  });

  it('shows unverified official content as empty, not invented', () => {
    const c = loadNcsCatalog(shipped);
    for (const u of c.units.values()) {
      expect(u.elements).toEqual([]);
      expect(u.definition?.kind ?? 'none').not.toBe('official');
    }
  });
});

describe('loadNcsCatalog with elements', () => {
  it('labels criteria by element and keeps KSA per element', () => {
    write(
      'units/91010101.yaml',
      unitFile(
        unit(
          '9101010101_21v3',
          [
            '    elements:',
            '      - no: 1',
            '        name: 요소 하나',
            '        level: 5',
            '        criteria: [{ no: 1, text: 가 }, { no: 2, text: 나 }]',
            '        knowledge: [지식 가]',
            '        skills: [기술 가]',
            '        attitudes: [태도 가]',
            '      - { no: 2, name: 요소 둘, level: null }',
            '',
          ].join('\n'),
        ),
      ),
    );
    const u = loadNcsCatalog(dir).units.get('9101010101_21v3')!;
    expect(u.elements.map((e) => e.criteria.map((c) => c.label))).toEqual([['1.1', '1.2'], []]);
    expect(u.elements[0]).toMatchObject({ knowledge: ['지식 가'], skills: ['기술 가'], attitudes: ['태도 가'] });
    expect(u.elements[1]!.level).toBeNull();
  });

  it('accepts a unit without a level and leaves retired units out of the counts', () => {
    write(
      'units/91010101.yaml',
      unitFile(unit('9101010101_21v3').replace('level: 3', 'level: null') + unit('9101010102_13v1', '    retired: true\n')),
    );
    const c = loadNcsCatalog(dir);
    expect(c.units.get('9101010101_21v3')!.level).toBeNull();
    expect(c.nodes.get('91010101')!.unitCount).toBe(1);
  });
});

describe('loadNcsCatalog refuses bad data, naming file, record, field and line', () => {
  const unitsPath = () => join(dir, 'units/91010101.yaml');

  it('malformed YAML: gives the line', () => {
    write('units/91010101.yaml', "duty: '91010101'\nunits:\n  - code: 9101010101_21v3\n    name: [열린 괄호\n    level: 5\n");
    const e = failure();
    expect(e.file).toBe(unitsPath());
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.message).toContain('YAML 문법 오류');
  });

  it('a key written twice in one record: gives the line', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3') + '    level: 4\n'));
    const e = failure();
    expect(e.file).toBe(unitsPath());
    expect(e.line).toBe(7);
    expect(e.message).toContain('YAML 문법 오류');
  });

  it('duplicate unit code within a file', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3') + unit('9101010101_21v3')));
    const e = failure();
    expect(e).toMatchObject({ file: unitsPath(), record: '9101010101_21v3', field: 'code', line: 7 });
    expect(e.problem).toContain('두 번');
  });

  it('duplicate unit code across files (the code names a different 세분류 too)', () => {
    write('units/91010102.yaml', unitFile(unit('9101010101_21v3'), '91010102'));
    const all = failure().all;
    expect(all.some((x) => x.record === '9101010101_21v3' && x.field === 'code' && x.problem.includes('91010102'))).toBe(true);
  });

  it('duplicate unit code across files, same 세분류 file written twice', () => {
    // Two files cannot share a 세분류, so a duplicate across files needs a code that matches both: impossible.
    // What can happen is a second file for the same 세분류 under another name: refused by its name.
    write('units/1010101.yaml', unitFile(unit('9101010199_21v1')));
    const e = failure();
    expect(e.file).toBe(join(dir, 'units/1010101.yaml'));
    expect(e.problem).toContain('파일 이름');
  });

  it('unit file whose 세분류 is not in the tree', () => {
    write('units/99999999.yaml', unitFile(unit('9999999901_21v1'), '99999999'));
    const e = failure();
    expect(e).toMatchObject({ file: join(dir, 'units/99999999.yaml'), field: 'duty', line: 1 });
    expect(e.problem).toContain('99999999');
  });

  it('file name and duty disagree', () => {
    write('units/91010102.yaml', unitFile(unit('9101010101_21v3')));
    expect(failure()).toMatchObject({ file: join(dir, 'units/91010102.yaml'), field: 'duty' });
  });

  it('unit code of another 세분류 than its file', () => {
    write('units/91010101.yaml', unitFile(unit('9101010201_21v3')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010201_21v3', field: 'code', line: 3 });
    expect(e.problem).toContain('91010102');
  });

  it('level outside 1–8', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3').replace('level: 3', 'level: 9')));
    const e = failure();
    expect(e).toMatchObject({ file: unitsPath(), record: '9101010101_21v3', field: 'level', line: 5 });
    expect(e.problem).toContain('1–8');
  });

  it('level 0 is refused: the importer writes null for "no level"', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3').replace('level: 3', 'level: 0')));
    expect(failure()).toMatchObject({ record: '9101010101_21v3', field: 'level' });
  });

  it('element level outside 1–8', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3', '    elements:\n      - { no: 1, name: 가, level: 12 }\n')));
    expect(failure()).toMatchObject({ record: '9101010101_21v3', field: 'elements.0.level', line: 8 });
  });

  it('malformed unit code', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101-21v3')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101-21v3', field: 'code', line: 3 });
    expect(e.problem).toContain('능력단위 코드');
  });

  it('version that does not match the code', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3', '    version: 21v4\n')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101_21v3', field: 'version', line: 7 });
    expect(e.problem).toContain('21v3');
  });

  it('element numbering out of order', () => {
    write(
      'units/91010101.yaml',
      unitFile(unit('9101010101_21v3', '    elements:\n      - { no: 1, name: 가, level: 3 }\n      - { no: 3, name: 나, level: 3 }\n')),
    );
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101_21v3', field: 'elements.1.no', line: 9 });
  });

  it('criterion numbering out of order', () => {
    write(
      'units/91010101.yaml',
      unitFile(
        unit(
          '9101010101_21v3',
          '    elements:\n      - no: 1\n        name: 가\n        level: 3\n        criteria: [{ no: 2, text: 가 }]\n',
        ),
      ),
    );
    expect(failure()).toMatchObject({ record: '9101010101_21v3', field: 'elements.0.criteria.0.no', line: 11 });
  });

  it('missing required field', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3').replace('    name: 시험 단위\n', '')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101_21v3', field: 'name', line: 3 });
  });

  it('unknown (misspelt) field', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3', '    levle: 3\n')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101_21v3' });
    expect(e.problem).toContain('levle');
  });

  it('unknown source id', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3').replace('source: example-ncs', 'source: nowhere')));
    const e = failure();
    expect(e).toMatchObject({ record: '9101010101_21v3', field: 'source', line: 6 });
    expect(e.problem).toContain('nowhere');
  });

  it('unknown 직업기초능력 and sub-ability', () => {
    write(
      'units/91010101.yaml',
      unitFile(
        unit(
          '9101010101_21v3',
          '    basicCompetences:\n      - { competence: telepathy }\n      - { competence: communication, subs: [singing] }\n',
        ),
      ),
    );
    const fields = failure().all.map((x) => x.field);
    expect(fields).toEqual(['basicCompetences.0.competence', 'basicCompetences.1.subs.0']);
  });

  it('classification node whose parent is missing', () => {
    edit(
      'classification.yaml',
      "  - { code: '910101', name: 예시 소분류, source: example-ncs }\n",
      "  - { code: '910101', name: 예시 소분류, source: example-ncs }\n  - { code: '990103', name: 없는 가지, source: example-ncs }\n",
    );
    const e = failure();
    expect(e).toMatchObject({ file: join(dir, 'classification.yaml'), record: '990103', field: 'code', line: 7 });
    expect(e.problem).toContain('9901');
  });

  it('duplicate classification code', () => {
    edit(
      'classification.yaml',
      "  - { code: '91010102', name: null, source: example-ncs }\n",
      "  - { code: '91010102', name: null, source: example-ncs }\n  - { code: '91010102', name: 다른 이름, source: example-ncs }\n",
    );
    expect(failure()).toMatchObject({ record: '91010102', field: 'code' });
  });

  it('classification code of the wrong length for its depth', () => {
    edit('classification.yaml', "{ code: '91010102',", "{ code: '910101021',");
    expect(failure()).toMatchObject({ file: join(dir, 'classification.yaml'), record: '910101021', field: 'code' });
  });

  it('a level descriptor missing, and a level twice', () => {
    edit('levels.yaml', '  - level: 8\n', '  - level: 7\n');
    const problems = failure().all.map((x) => x.problem);
    expect(problems.some((p) => p.includes('두 번'))).toBe(true);
    expect(problems.some((p) => p.includes('수준 8'))).toBe(true);
  });

  it('collects problems from several files at once', () => {
    edit('levels.yaml', 'level: 3\n', 'level: three\n');
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3').replace('level: 3', 'level: 9')));
    const e = failure();
    expect(new Set(e.all.map((x) => x.file))).toEqual(new Set([join(dir, 'levels.yaml'), unitsPath()]));
    expect(e.message).toContain('그 밖에 1건');
  });

  it('numeric codes written without quotes are refused, not silently converted', () => {
    write('units/91010101.yaml', unitFile(unit('9101010101_21v3')).replace("duty: '91010101'", 'duty: 1010101'));
    expect(failure()).toMatchObject({ field: 'duty', line: 1 });
  });

  it('a missing shared file', () => {
    rmSync(join(dir, 'levels.yaml'));
    expect(() => loadNcsCatalog(dir)).toThrow(/levels\.yaml/);
  });
});
