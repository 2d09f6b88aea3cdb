import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNcsApiJson, writeNcsCsv, writeNcsXlsx } from '../../src/ncs-import/official-writers.ts';
import { readNcsFiles } from '../../src/ncs-import/read-files.ts';
import { selectUnits } from '../../src/ncs-import/select.ts';
import { makeSyntheticCatalog } from '../../src/ncs-import/synthetic.ts';
import type { NormalCatalog } from '../../src/ncs-import/types.ts';
import { content, CSV_HEADER_ROW, exportRow, HEADER_ROW, tempDir, writeCsvRows, writeXlsxRows } from './support.ts';

const catalog = makeSyntheticCatalog({ units: 40 });

/** What each single format can carry: the export has no definitions or hours, the CSV no elements. */
function xlsxPart(c: NormalCatalog) {
  return content({ ...c, units: c.units.map((u) => ({ ...u, definition: null, trainingHours: null })) });
}

// Timeouts allow for a machine shared with other builds.
describe('each official format reads back what was written', { timeout: 30_000 }, () => {
  it('xlsx: units, elements, criteria and KSA, deduplicated from repeated rows', async () => {
    const path = join(tempDir(), 'export.xlsx');
    const rows = await writeNcsXlsx(path, catalog);
    const read = await readNcsFiles([path]);
    expect(rows).toBeGreaterThan(read.units.length * 10); // rows really repeat
    expect(content(read)).toEqual(xlsxPart(catalog));
    expect(read.sources).toEqual([{ format: 'xlsx', file: 'export.xlsx' }]);
  });

  it('xlsx with inline strings reads the same as with shared strings', async () => {
    const path = join(tempDir(), 'inline.xlsx');
    await writeNcsXlsx(path, catalog, { sharedStrings: false });
    expect(content(await readNcsFiles([path]))).toEqual(xlsxPart(catalog));
  });

  it('csv (cp949): classification, unit names, levels (0 = none) and training hours', async () => {
    const path = join(tempDir(), 'ncs.csv');
    await writeNcsCsv(path, catalog);
    const read = await readNcsFiles([path]);
    expect(read.classifications).toEqual(catalog.classifications);
    expect(read.units.map((u) => [u.code, u.name, u.level, u.trainingHours, u.retired, u.elements.length])).toEqual(
      catalog.units.map((u) => [u.code, u.name, u.level, u.trainingHours, u.retired, 0]),
    );
  });

  it('api json: units (with "01." prefixes stripped), elements and KSA pages', async () => {
    const dir = join(tempDir(), 'api');
    const files = await writeNcsApiJson(dir, catalog, { pageSize: 50, numberPrefix: true });
    expect(files.length).toBeGreaterThan(3);
    const read = await readNcsFiles(files);
    expect(read.units.map((u) => u.name)).toEqual(catalog.units.map((u) => u.name));
    expect(content(read).units).toEqual(
      catalog.units.map(({ sources: _s, nameSource: _n, definitionSource: _d, ...u }) => ({
        ...u,
        trainingHours: null,
        elements: u.elements.map((e) => ({ ...e, level: null })),
      })),
    );
  });

  it('all three merge into the full catalog, whatever order the files are named in', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    await writeNcsXlsx(join(dir, 'a.xlsx'), catalog);
    await writeNcsCsv(join(dir, 'b.csv'), catalog);
    const api = await writeNcsApiJson(join(dir, 'api'), catalog);
    const one = await readNcsFiles([join(dir, 'a.xlsx'), join(dir, 'b.csv'), ...api]);
    const two = await readNcsFiles([...api].reverse().concat([join(dir, 'b.csv'), join(dir, 'a.xlsx')]));
    expect(content(one)).toEqual(content(catalog));
    expect(one).toEqual(two);
    const formats = one.units[0]!.sources.map((i) => one.sources[i]!.format);
    expect(new Set(formats)).toEqual(new Set(['xlsx', 'csv', 'api']));
  });
});

describe('selection', () => {
  it('leaves retired units out unless asked, and keeps only the chosen 세분류', async () => {
    const retired = catalog.units.filter((u) => u.retired);
    expect(retired.length).toBeGreaterThan(0);
    const current = selectUnits(catalog, {});
    expect(current.units.every((u) => u.retired === null)).toBe(true);
    expect(selectUnits(catalog, { includeRetired: true }).units).toHaveLength(catalog.units.length);
    const duty = catalog.units[0]!.dutyCode;
    const one = selectUnits(catalog, { duties: [duty] });
    expect(new Set(one.units.map((u) => u.dutyCode))).toEqual(new Set([duty]));
    expect(one.classifications.map((c) => c.code)).toEqual([duty.slice(0, 2), duty.slice(0, 4), duty.slice(0, 6), duty]);
  });
});

describe('rows as the official export writes them', () => {
  it('reads parent-relative classification codes, prefixes, level 0 and repeated rows', async () => {
    const path = join(tempDir(), 'rel.xlsx');
    await writeXlsxRows(path, [
      {
        name: '02',
        rows: [
          HEADER_ROW,
          exportRow({ 중분류코드: '01', 소분류코드: '03', 세분류코드: '02', 능력단위명칭: '01.고객관리 계획 수립', 수준: 0 }),
          exportRow({
            중분류코드: '01',
            소분류코드: '03',
            세분류코드: '02',
            능력단위명칭: '01.고객관리 계획 수립',
            수준: 0,
            지식기술태도코드: 'S',
            지식기술태도코드명: '기술',
            지식기술태도의의: '(예시) 시험용 기술 1',
          }),
          exportRow({
            중분류코드: '01',
            소분류코드: '03',
            세분류코드: '02',
            능력단위명칭: '01.고객관리 계획 수립',
            수준: 0,
            수행준거번호: '1.2',
            수행준거: '(예시) 시험용 수행준거 1.2',
          }),
        ],
      },
    ]);
    const read = await readNcsFiles([path]);
    expect(read.classifications.map((c) => c.code)).toEqual(['02', '0201', '020103', '02010302']);
    const unit = read.units[0]!;
    expect(unit).toMatchObject({ code: '0201030201_21v3', name: '고객관리 계획 수립', level: null });
    expect(unit.elements[0]).toMatchObject({
      serial: 1,
      criteria: [
        { number: '1.1', text: '(예시) 시험용 수행준거 1.1' },
        { number: '1.2', text: '(예시) 시험용 수행준거 1.2' },
      ],
      knowledge: ['(예시) 시험용 지식 1'],
      skills: ['(예시) 시험용 기술 1'],
      attitudes: [],
    });
  });

  it('reads CSV classification rows and unit rows together', async () => {
    const path = join(tempDir(), 'list.csv');
    await writeCsvRows(path, [CSV_HEADER_ROW, ['02010302', '고객관리', '', ''], ['0201030201_21v3', '고객관리 계획 수립', '5', '40']]);
    const read = await readNcsFiles([path]);
    expect(read.classifications).toEqual([{ code: '02010302', depth: 4, name: '고객관리' }]);
    expect(read.units[0]).toMatchObject({ name: '고객관리 계획 수립', level: 5, trainingHours: 40 });
  });
});
