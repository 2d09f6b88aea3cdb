import { basename } from 'node:path';
import { exceljsUtf8Fixed } from './exceljs-utf8.ts';
import { xlsxWorksheets } from './xlsx-worksheets.ts';
import type { CatalogBuilder } from './builder.ts';
import { NcsImportError } from './errors.ts';
import { columnLetter, indexHeaders, XLSX_HEADERS, type XlsxHeader } from './headers.ts';
import type { KsaKind, Provenance } from './types.ts';
import { cellText, fullClassCode, parseLevel, parseUnitCode } from './values.ts';

export interface ReadProgress {
  (file: string, rows: number): void;
}

const KSA_BY_NAME: Record<string, KsaKind> = { 지식: 'knowledge', 기술: 'skill', 태도: 'attitude' };
const KSA_BY_CODE: Record<string, KsaKind> = { K: 'knowledge', S: 'skill', A: 'attitude' };

function ksaKind(codeName: string, code: string): KsaKind | undefined {
  const name = codeName.replace(/\s+/g, '');
  for (const [word, kind] of Object.entries(KSA_BY_NAME)) if (name.startsWith(word)) return kind;
  return KSA_BY_CODE[code.trim().toUpperCase()];
}

/** Element serial from "0201030201_21v3.2" or a bare "2". */
function elementSerial(raw: string, unitCode: string, at: Provenance): number {
  const text = raw.trim();
  const m = /^(?:(.+)\.)?(\d{1,3})$/.exec(text);
  if (!m || (m[1] !== undefined && m[1] !== unitCode)) {
    throw new NcsImportError(at, `능력단위요소번호는 "${unitCode}.1" 꼴이어야 합니다 (받은 값: "${text}")`);
  }
  return Number.parseInt(m[2]!, 10);
}

/**
 * Reads the NCS정보망 DB Excel export: one sheet per 대분류, one row per criterion × KSA item, so
 * unit and element columns repeat. Streams rows with exceljs's reader (parts in dependency order,
 * xlsx-worksheets.ts): memory grows with the distinct text (shared strings, catalog), not with the row count.
 */
export async function readNcsXlsx(path: string, builder: CatalogBuilder, progress?: ReadProgress): Promise<void> {
  const file = basename(path);
  if (!exceljsUtf8Fixed()) throw new Error('exceljs was loaded before exceljs-utf8.ts: Korean text could be corrupted');
  const source = builder.addSource({ format: 'xlsx', file });
  let sheet: string | undefined;
  let rowNumber = 0;
  let totalRows = 0;
  let sheets = 0;
  try {
    const worksheets = xlsxWorksheets(path, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const worksheet of worksheets) {
      sheets++;
      sheet = worksheet.name;
      rowNumber = 0;
      let cols: Record<XlsxHeader, number> | null = null;
      let dataRows = 0;
      const memo: RowMemo = { unitKey: '', unitCode: '', elementKey: '', serial: 0 };
      for await (const row of worksheet) {
        rowNumber = row.number;
        // exceljs rows are 1-based sparse arrays.
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.every((c) => c.trim() === '')) continue;
        if (!cols) {
          cols = indexHeaders(cells, XLSX_HEADERS, { file, sheet, row: rowNumber });
          continue;
        }
        readRow(builder, source, cells, cols, { file, sheet, row: rowNumber }, memo);
        dataRows++;
        totalRows++;
        if (progress && totalRows % 10_000 === 0) progress(file, totalRows);
      }
      if (!cols) throw new NcsImportError({ file, sheet, row: 1 }, '시트가 비어 있습니다 (머리글 행이 없습니다)');
      if (dataRows === 0) throw new NcsImportError({ file, sheet, row: rowNumber + 1 }, '시트에 머리글만 있고 자료 행이 없습니다');
    }
  } catch (error) {
    if (error instanceof NcsImportError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new NcsImportError(
      { file, sheet, row: rowNumber || undefined },
      `엑셀 파일을 끝까지 읽을 수 없습니다. 파일이 잘렸거나 손상되었을 수 있습니다 (${detail})`,
      { cause: error },
    );
  }
  if (sheets === 0) {
    throw new NcsImportError({ file, row: 1 }, '엑셀 파일에 시트가 없습니다. 잘렸거나 NCS정보망 내보내기 파일이 아닙니다');
  }
  progress?.(file, totalRows);
}

/** The unit and element columns of the previous row: rows repeat them, so they are checked once. */
interface RowMemo {
  unitKey: string;
  unitCode: string;
  elementKey: string;
  serial: number;
}

const UNIT_COLUMNS: readonly XlsxHeader[] = XLSX_HEADERS.slice(0, 11);
const ELEMENT_COLUMNS: readonly XlsxHeader[] = ['능력단위요소번호', '능력단위요소명', '능력단위요소수준'];

function readRow(
  builder: CatalogBuilder,
  source: number,
  cells: string[],
  cols: Record<XlsxHeader, number>,
  where: Provenance,
  memo: RowMemo,
): void {
  const get = (h: XlsxHeader) => cells[cols[h]] ?? '';
  const at = (h: XlsxHeader): Provenance => ({ ...where, column: `${h} (${columnLetter(cols[h])}열)` });
  const unitKey = UNIT_COLUMNS.map(get).join('\u0001');
  const elementKey = unitKey + '\u0001' + ELEMENT_COLUMNS.map(get).join('\u0001');
  if (elementKey !== memo.elementKey) {
    if (unitKey !== memo.unitKey) {
      memo.unitCode = readUnitColumns(builder, source, get, at);
      memo.unitKey = unitKey;
    }
    memo.elementKey = elementKey;
    // A unit without elements is one row whose element columns are empty.
    if (get('능력단위요소번호').trim() === '' && get('능력단위요소명').trim() === '') {
      memo.serial = 0;
      return;
    }
    memo.serial = elementSerial(get('능력단위요소번호'), memo.unitCode, at('능력단위요소번호'));
    builder.addElement(memo.unitCode, memo.serial, get('능력단위요소명'), parseLevel(get('능력단위요소수준'), at('능력단위요소수준')), {
      name: at('능력단위요소명'),
      level: at('능력단위요소수준'),
    });
  }
  if (memo.serial === 0) {
    if (get('수행준거').trim() !== '' || get('지식기술태도의의').trim() !== '') {
      throw new NcsImportError(at('능력단위요소번호'), '수행준거나 지식·기술·태도가 있는데 능력단위요소번호가 비어 있습니다');
    }
    return;
  }
  const unitCode = memo.unitCode;
  const serial = memo.serial;

  const criterion = get('수행준거');
  if (criterion.trim() !== '') {
    const number = get('수행준거번호').trim();
    builder.addCriterion(unitCode, serial, number === '' ? null : number, criterion, at('수행준거'));
  }

  const ksaText = get('지식기술태도의의');
  if (ksaText.trim() !== '') {
    const kind = ksaKind(get('지식기술태도코드명'), get('지식기술태도코드'));
    if (!kind) {
      throw new NcsImportError(
        at('지식기술태도코드명'),
        `지식·기술·태도 구분은 "지식", "기술", "태도" 중 하나여야 합니다 (받은 값: "${get('지식기술태도코드명')}")`,
      );
    }
    const number = get('지식기술태도번호').trim();
    builder.addKsa(unitCode, serial, kind, number === '' ? null : number, ksaText, at('지식기술태도의의'));
  }
}

function readUnitColumns(
  builder: CatalogBuilder,
  source: number,
  get: (h: XlsxHeader) => string,
  at: (h: XlsxHeader) => Provenance,
): string {
  const l1 = fullClassCode(get('대분류코드'), '', 1, at('대분류코드'));
  const l2 = fullClassCode(get('중분류코드'), l1, 2, at('중분류코드'));
  const l3 = fullClassCode(get('소분류코드'), l2, 3, at('소분류코드'));
  const l4 = fullClassCode(get('세분류코드'), l3, 4, at('세분류코드'));
  builder.addClassification(1, l1, get('대분류코드명'), at('대분류코드명'));
  builder.addClassification(2, l2, get('중분류코드명'), at('중분류코드명'));
  builder.addClassification(3, l3, get('소분류코드명'), at('소분류코드명'));
  builder.addClassification(4, l4, get('세분류코드명'), at('세분류코드명'));

  const unitCode = parseUnitCode(get('능력단위분류번호'), at('능력단위분류번호'));
  if (!unitCode.startsWith(l4)) {
    throw new NcsImportError(at('능력단위분류번호'), `능력단위 ${unitCode}가 이 행의 세분류 ${l4}에 속하지 않습니다`);
  }
  builder.addUnit(
    source,
    { code: unitCode, rawName: get('능력단위명칭'), level: parseLevel(get('수준'), at('수준')) },
    { name: at('능력단위명칭'), level: at('수준') },
  );

  return unitCode;
}
