import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../src/ncs-import/exceljs-utf8.ts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CSV_HEADERS, XLSX_HEADERS } from '../../src/ncs-import/headers.ts';
import type { NormalCatalog } from '../../src/ncs-import/types.ts';

export const PROJECT_NCS = 'content/ncs';

export function tempDir(prefix = 'ncs-import-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A throwaway copy of the project's NCS data to import into (never the real content/ncs). */
export async function copyOfProjectNcs(): Promise<string> {
  const dir = join(tempDir(), 'ncs');
  await cp(PROJECT_NCS, dir, { recursive: true });
  return dir;
}

/** Path → sha256 of every file under `dir`, to prove a folder did not change. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out[r] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** The siblings of `dir` (the importer's temp folders must not be left behind). */
export function siblings(dir: string): string[] {
  return readdirSync(join(dir, '..')).sort();
}

/** A small export sheet with any rows, for crafting broken files. */
export async function writeXlsxRows(path: string, sheets: { name: string; rows: (string | number)[][] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

export const HEADER_ROW = [...XLSX_HEADERS];

/** One valid export row; override cells by header name. */
export function exportRow(overrides: Partial<Record<(typeof XLSX_HEADERS)[number], string | number>> = {}): (string | number)[] {
  const row: Record<string, string | number> = {
    대분류코드: '02',
    대분류코드명: '경영·회계·사무',
    중분류코드: '0201',
    중분류코드명: '기획사무',
    소분류코드: '020103',
    소분류코드명: '마케팅',
    세분류코드: '02010302',
    세분류코드명: '고객관리',
    능력단위분류번호: '0201030201_21v3',
    능력단위명칭: '고객관리 계획 수립',
    수준: 5,
    능력단위요소번호: '0201030201_21v3.1',
    능력단위요소명: '(예시) 시험용 요소 1',
    능력단위요소수준: 5,
    수행준거번호: '1.1',
    수행준거: '(예시) 시험용 수행준거 1.1',
    지식기술태도코드: 'K',
    지식기술태도코드명: '지식',
    지식기술태도번호: '1.1',
    지식기술태도의의: '(예시) 시험용 지식 1',
    ...overrides,
  };
  return XLSX_HEADERS.map((h) => row[h] ?? '');
}

export async function writeCsvRows(path: string, rows: string[][], encoding = 'cp949'): Promise<void> {
  const text = rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
  await writeFile(path, encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding));
}

export const CSV_HEADER_ROW = [...CSV_HEADERS];

/** The catalog without what only the reader adds (sources), for comparing with what was written. */
export function content(catalog: NormalCatalog) {
  return {
    classifications: catalog.classifications,
    units: catalog.units.map(({ sources: _s, nameSource: _n, definitionSource: _d, ...u }) => u),
  };
}
