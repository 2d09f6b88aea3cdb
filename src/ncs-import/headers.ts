import { NcsImportError } from './errors.ts';
import type { Provenance } from './types.ts';

/** Header names of the NCS정보망 DB Excel export, in the order the export writes them. */
export const XLSX_HEADERS = [
  '대분류코드',
  '대분류코드명',
  '중분류코드',
  '중분류코드명',
  '소분류코드',
  '소분류코드명',
  '세분류코드',
  '세분류코드명',
  '능력단위분류번호',
  '능력단위명칭',
  '수준',
  '능력단위요소번호',
  '능력단위요소명',
  '능력단위요소수준',
  '수행준거번호',
  '수행준거',
  '지식기술태도코드',
  '지식기술태도코드명',
  '지식기술태도번호',
  '지식기술태도의의',
] as const;
export type XlsxHeader = (typeof XLSX_HEADERS)[number];

/** Header names of the public-data CSV "국가직무능력표준 정보". */
export const CSV_HEADERS = ['분류번호', '명칭', '수준', '훈련시간'] as const;
export type CsvHeader = (typeof CSV_HEADERS)[number];

/**
 * Maps required header names to their column index. Extra columns are allowed (later exports add
 * some); a missing or misspelt one is refused, naming it and listing what the row does contain.
 */
export function indexHeaders<H extends string>(cells: readonly string[], required: readonly H[], at: Provenance): Record<H, number> {
  const found = cells.map((c) => c.replace(/^\uFEFF/, '').replace(/\s+/g, ''));
  const index = {} as Record<H, number>;
  const missing: H[] = [];
  for (const name of required) {
    const i = found.indexOf(name);
    if (i < 0) missing.push(name);
    else index[name] = i;
  }
  if (missing.length > 0) {
    const shown =
      cells
        .filter((c) => c.trim() !== '')
        .slice(0, 24)
        .join(', ') || '(빈 행)';
    throw new NcsImportError({ ...at, column: missing[0] }, `머리글 "${missing.join('", "')}"이(가) 없습니다. 이 행의 머리글: ${shown}`);
  }
  return index;
}

/** Column letter(s) of a 0-based index, as a spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
