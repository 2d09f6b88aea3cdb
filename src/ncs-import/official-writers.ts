import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import './exceljs-utf8.ts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CSV_HEADERS, XLSX_HEADERS } from './headers.ts';
import type { Element, NormalCatalog, Unit } from './types.ts';

/*
 * Writers of the three official formats, for tests and benchmarks: they turn a catalog back into
 * the files the NCS정보망, the public-data portal and the Open API hand out, so the readers can be
 * checked against files whose content is known.
 */

function displayName(unit: Unit, prefix: string): string {
  return `${prefix}${unit.name}${unit.retired ? `(${unit.retired})` : ''}`;
}

function names(catalog: NormalCatalog): Map<string, string> {
  return new Map(catalog.classifications.map((c) => [c.code, c.name]));
}

/** Rows for one element: one per criterion × KSA pairing, so unit and element columns repeat. */
function elementRows(el: Element): { criterion: number; ksa: number }[] {
  const ksaCount = el.knowledge.length + el.skills.length + el.attitudes.length;
  const n = Math.max(1, el.criteria.length, ksaCount);
  const rows = [];
  for (let i = 0; i < n; i++) {
    rows.push({ criterion: el.criteria.length ? i % el.criteria.length : -1, ksa: i < ksaCount ? i : -1 });
  }
  return rows;
}

export interface XlsxWriteOptions {
  /** Shared strings, as Excel writes them (default), or inline strings. */
  sharedStrings?: boolean;
  progress?: (rows: number) => void;
}

/** The NCS정보망 DB export: one sheet per 대분류, headers in official order. */
export async function writeNcsXlsx(path: string, catalog: NormalCatalog, options: XlsxWriteOptions = {}): Promise<number> {
  const byCode = names(catalog);
  const name = (code: string) => {
    const n = byCode.get(code);
    if (n === undefined) throw new Error(`분류 ${code}의 이름이 카탈로그에 없습니다`);
    return n;
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: options.sharedStrings ?? true,
    useStyles: false,
  });
  const byMajor = new Map<string, Unit[]>();
  for (const unit of catalog.units) {
    const major = unit.dutyCode.slice(0, 2);
    const list = byMajor.get(major) ?? [];
    list.push(unit);
    byMajor.set(major, list);
  }
  let rows = 0;
  for (const [major, units] of [...byMajor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const sheet = workbook.addWorksheet(major);
    sheet.addRow([...XLSX_HEADERS]).commit();
    for (const unit of units) {
      const d = unit.dutyCode;
      const cls = [d.slice(0, 2), name(d.slice(0, 2)), d.slice(0, 4), name(d.slice(0, 4)), d.slice(0, 6), name(d.slice(0, 6)), d, name(d)];
      for (const el of unit.elements.length ? unit.elements : [null]) {
        if (!el) {
          sheet.addRow([...cls, unit.code, displayName(unit, ''), unit.level ?? 0]).commit();
          rows++;
          continue;
        }
        const ksa = [
          ...el.knowledge.map((t) => ['K', '지식', t] as const),
          ...el.skills.map((t) => ['S', '기술', t] as const),
          ...el.attitudes.map((t) => ['A', '태도', t] as const),
        ];
        for (const r of elementRows(el)) {
          const c = r.criterion >= 0 ? el.criteria[r.criterion]! : null;
          const k = r.ksa >= 0 ? ksa[r.ksa]! : null;
          sheet
            .addRow([
              ...cls,
              unit.code,
              displayName(unit, ''),
              unit.level ?? 0,
              `${unit.code}.${el.serial}`,
              el.name,
              el.level ?? 0,
              c?.number ?? '',
              c?.text ?? '',
              k?.[0] ?? '',
              k?.[1] ?? '',
              k ? `${el.serial}.${r.ksa + 1}` : '',
              k?.[2] ?? '',
            ])
            .commit();
          rows++;
          if (options.progress && rows % 10_000 === 0) options.progress(rows);
        }
      }
    }
    sheet.commit();
  }
  await workbook.commit();
  return rows;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The public-data CSV (cp949): classification rows, then unit rows. */
export async function writeNcsCsv(path: string, catalog: NormalCatalog): Promise<void> {
  const out = createWriteStream(path);
  const line = (cells: string[]) => out.write(iconv.encode(cells.map(csvField).join(',') + '\r\n', 'cp949'));
  line([...CSV_HEADERS]);
  for (const c of catalog.classifications) line([c.code, c.name, '', '']);
  for (const u of catalog.units) {
    line([u.code, displayName(u, ''), String(u.level ?? 0), u.trainingHours === null ? '' : String(u.trainingHours)]);
  }
  out.end();
  await finished(out);
}

export interface ApiWriteOptions {
  pageSize?: number;
  /** Write unit names with an ordering prefix ("01.") as the live API sometimes does. */
  numberPrefix?: boolean;
}

/** Saved ncsInfo API responses: units-0001.json, elements-0001.json, ksa-0001.json, … in `dir`. */
export async function writeNcsApiJson(dir: string, catalog: NormalCatalog, options: ApiWriteOptions = {}): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const pageSize = options.pageSize ?? 1000;
  const files: string[] = [];
  const save = async (operation: string, data: object[]) => {
    const totalPage = Math.max(1, Math.ceil(data.length / pageSize));
    for (let p = 0; p < totalPage; p++) {
      const file = join(dir, `${operation}-${String(p + 1).padStart(4, '0')}.json`);
      const body = {
        dataInfo: { code: '00', message: 'NORMAL SERVICE.', pageNo: p + 1, totCnt: data.length, totalPage },
        data: data.slice(p * pageSize, (p + 1) * pageSize),
      };
      await writeFile(file, JSON.stringify(body));
      files.push(file);
    }
  };
  const units = catalog.units.map((u) => ({
    dutyCd: u.dutyCode,
    compUnitCd: u.code,
    compUnitName: displayName(u, options.numberPrefix ? `${u.code.slice(8, 10)}.` : ''),
    compUnitLevel: String(u.level ?? 0),
    compUnitDef: u.definition ?? '',
    ncsClCd: u.code,
  }));
  const elements = catalog.units.flatMap((u) =>
    u.elements.map((e) => ({ compUnitCd: u.code, compUnitFactrNo: `${u.code}.${e.serial}`, compUnitFactrName: e.name })),
  );
  const ksa = catalog.units.flatMap((u) =>
    u.elements.flatMap((e) => {
      const no = `${u.code}.${e.serial}`;
      return [
        ...e.criteria.map((c) => ({ compUnitFactrNo: no, gbnCd: '1', gbnName: '수행준거', gbnVal: c.text })),
        ...e.knowledge.map((t) => ({ compUnitFactrNo: no, gbnCd: '2', gbnName: '지식', gbnVal: t })),
        ...e.skills.map((t) => ({ compUnitFactrNo: no, gbnCd: '3', gbnName: '기술', gbnVal: t })),
        ...e.attitudes.map((t) => ({ compUnitFactrNo: no, gbnCd: '4', gbnName: '태도', gbnVal: t })),
      ];
    }),
  );
  await save('units', units);
  if (elements.length) await save('elements', elements);
  if (ksa.length) await save('ksa', ksa);
  return files;
}
