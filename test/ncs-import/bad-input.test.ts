import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { NcsImportError } from '../../src/ncs-import/errors.ts';
import { importNcs } from '../../src/ncs-import/import.ts';
import { CUSTOMER_MANAGEMENT_XLSX } from '../fixtures/ncs/customer-management.ts';
import {
  copyOfProjectNcs,
  CSV_HEADER_ROW,
  exportRow,
  HEADER_ROW,
  siblings,
  snapshot,
  tempDir,
  writeCsvRows,
  writeXlsxRows,
} from './support.ts';

/*
 * Every refused input: the error names the file, sheet, row and column, and the target folder is
 * byte-identical afterwards with no temp folder left beside it.
 */
let out: string;
let before: Record<string, string>;
let around: string[];
let dir: string;

beforeEach(async () => {
  out = await copyOfProjectNcs();
  before = snapshot(out);
  around = siblings(out);
  dir = tempDir('ncs-bad-');
});

async function refused(files: string[], message: RegExp, extra: { duties?: string[] } = {}): Promise<NcsImportError> {
  const error = await importNcs({ files, out, ...extra }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NcsImportError);
  expect((error as Error).message).toMatch(message);
  expect(snapshot(out)).toEqual(before);
  expect(siblings(out)).toEqual(around);
  return error as NcsImportError;
}

describe('refused Excel exports', () => {
  it('a misspelt header', async () => {
    const path = join(dir, 'headers.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW.map((h) => (h === '수준' ? '능력단위수준' : h)), exportRow()] }]);
    const e = await refused([path], /^파일 headers\.xlsx, 시트 02, 행 1, 열 수준: 머리글 "수준"이\(가\) 없습니다/);
    expect(e.at).toEqual({ file: 'headers.xlsx', sheet: '02', row: 1, column: '수준' });
  });

  it('missing header columns', async () => {
    const path = join(dir, 'short.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW.slice(0, 12), exportRow().slice(0, 12)] }]);
    await refused(
      [path],
      /^파일 short\.xlsx, 시트 02, 행 1, 열 능력단위요소명: 머리글 "능력단위요소명", "능력단위요소수준", .*"지식기술태도의의"이\(가\) 없습니다/,
    );
  });

  it('an empty sheet among good ones', async () => {
    const path = join(dir, 'empty.xlsx');
    await writeXlsxRows(path, [
      { name: '02', rows: [HEADER_ROW, exportRow()] },
      { name: '03', rows: [] },
    ]);
    await refused([path], /^파일 empty\.xlsx, 시트 03, 행 1: 시트가 비어 있습니다/);
  });

  it('a sheet with headers only', async () => {
    const path = join(dir, 'header-only.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW] }]);
    await refused([path], /^파일 header-only\.xlsx, 시트 02, 행 2: 시트에 머리글만 있고 자료 행이 없습니다/);
  });

  it('a non-numeric level', async () => {
    const path = join(dir, 'level.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW, exportRow(), exportRow({ 수행준거번호: '1.2', 수준: '다섯' })] }]);
    await refused([path], /^파일 level\.xlsx, 시트 02, 행 3, 열 수준 \(K열\): 수준은 0부터 8까지의 숫자여야 합니다 \(받은 값: "다섯"\)/);
  });

  it('a non-numeric element level', async () => {
    const path = join(dir, 'element-level.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW, exportRow({ 능력단위요소수준: '상' })] }]);
    await refused([path], /^파일 element-level\.xlsx, 시트 02, 행 2, 열 능력단위요소수준 \(N열\): 수준은/);
  });

  it('one code with two different names', async () => {
    const path = join(dir, 'names.xlsx');
    await writeXlsxRows(path, [
      { name: '02', rows: [HEADER_ROW, exportRow(), exportRow({ 수행준거번호: '1.2', 능력단위명칭: '고객관리 계획 세우기' })] },
    ]);
    await refused(
      [path],
      /^파일 names\.xlsx, 시트 02, 행 3, 열 능력단위명칭 \(J열\): 능력단위 0201030201_21v3의 이름이\(가\) 앞서 읽은 값과 다릅니다: "고객관리 계획 세우기" ≠ "고객관리 계획 수립" \(먼저 읽은 곳: 파일 names\.xlsx, 시트 02, 행 2, 열 능력단위명칭 \(J열\)\)/,
    );
  });

  it('one code with two different names in two files', async () => {
    const xlsx = join(dir, 'a.xlsx');
    const csv = join(dir, 'b.csv');
    await writeXlsxRows(xlsx, [{ name: '02', rows: [HEADER_ROW, exportRow()] }]);
    await writeCsvRows(csv, [CSV_HEADER_ROW, ['0201030201_21v3', '고객관리 계획', '5', '']]);
    await refused(
      [xlsx, csv],
      /^파일 b\.csv, 행 2, 열 명칭 \(B열\): 능력단위 0201030201_21v3의 이름.*먼저 읽은 곳: 파일 a\.xlsx, 시트 02, 행 2/,
    );
  });

  it('a malformed unit code', async () => {
    const path = join(dir, 'code.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW, exportRow({ 능력단위분류번호: '0201030201' })] }]);
    await refused(
      [path],
      /^파일 code\.xlsx, 시트 02, 행 2, 열 능력단위분류번호 \(I열\): 능력단위 코드는 "0201030201_21v3" 꼴이어야 합니다/,
    );
  });

  it('a unit outside the row’s 세분류', async () => {
    const path = join(dir, 'duty.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW, exportRow({ 능력단위분류번호: '0201030401_21v3' })] }]);
    await refused(
      [path],
      /^파일 duty\.xlsx, 시트 02, 행 2, 열 능력단위분류번호 \(I열\): 능력단위 0201030401_21v3가 이 행의 세분류 02010302에 속하지 않습니다/,
    );
  });

  it('an unknown KSA kind', async () => {
    const path = join(dir, 'ksa.xlsx');
    await writeXlsxRows(path, [{ name: '02', rows: [HEADER_ROW, exportRow({ 지식기술태도코드: 'X', 지식기술태도코드명: '역량' })] }]);
    await refused([path], /^파일 ksa\.xlsx, 시트 02, 행 2, 열 지식기술태도코드명 \(R열\): 지식·기술·태도 구분은/);
  });

  it('a truncated file', async () => {
    const path = join(dir, 'truncated.xlsx');
    writeFileSync(path, readFileSync(CUSTOMER_MANAGEMENT_XLSX));
    truncateSync(path, Math.floor(readFileSync(path).length * 0.6));
    await refused([path], /^파일 truncated\.xlsx.*(잘렸거나 손상|시트가 없습니다)/);
  });

  it('a file that is not a workbook at all', async () => {
    const path = join(dir, 'corrupt.xlsx');
    await writeFile(path, 'this is not a zip file\n'.repeat(100));
    await refused([path], /^파일 corrupt\.xlsx.*(잘렸거나 손상|시트가 없습니다)/);
  });
});

describe('refused CSV files', () => {
  it('UTF-8 instead of cp949', async () => {
    const path = join(dir, 'utf8.csv');
    await writeCsvRows(path, [CSV_HEADER_ROW, ['0201030201_21v3', '고객관리 계획 수립', '5', '']], 'utf8');
    await refused([path], /^파일 utf8\.csv, 행 1: 파일이 UTF-8로 저장되어 있습니다/);
  });

  it('bytes that are not cp949', async () => {
    const path = join(dir, 'bytes.csv');
    const { default: iconv } = await import('iconv-lite');
    await writeFile(
      path,
      Buffer.concat([
        iconv.encode('분류번호,명칭,수준,훈련시간\r\n0201030201_21v3,', 'cp949'),
        Buffer.from([0xff, 0xfe, 0x80]),
        iconv.encode(',5,\r\n', 'cp949'),
      ]),
    );
    await refused([path], /^파일 bytes\.csv, 행 2, 열 B열: cp949로 읽을 수 없는 글자가 있습니다/);
  });

  it('wrong headers', async () => {
    const path = join(dir, 'headers.csv');
    await writeCsvRows(path, [
      ['코드', '명칭', '수준', '훈련시간'],
      ['0201030201_21v3', '고객관리 계획 수립', '5', ''],
    ]);
    await refused(
      [path],
      /^파일 headers\.csv, 행 1, 열 분류번호: 머리글 "분류번호"이\(가\) 없습니다. 이 행의 머리글: 코드, 명칭, 수준, 훈련시간/,
    );
  });

  it('a non-numeric level', async () => {
    const path = join(dir, 'level.csv');
    await writeCsvRows(path, [CSV_HEADER_ROW, ['0201030201_21v3', '고객관리 계획 수립', '오', '']]);
    await refused([path], /^파일 level\.csv, 행 2, 열 수준 \(C열\): 수준은 0부터 8까지의 숫자여야 합니다 \(받은 값: "오"\)/);
  });

  it('a truncated row (fewer columns)', async () => {
    const path = join(dir, 'cut.csv');
    await writeCsvRows(path, [CSV_HEADER_ROW, ['0201030201_21v3', '고객관리 계획 수립', '5', ''], ['0201030206_21v3', '고객']]);
    await refused([path], /^파일 cut\.csv, 행 3: CSV 형식이 맞지 않습니다/);
  });

  it('an empty file', async () => {
    const path = join(dir, 'empty.csv');
    await writeFile(path, '');
    await refused([path], /^파일 empty\.csv, 행 1: 파일이 비어 있습니다/);
  });
});

describe('refused API responses', () => {
  it('a truncated JSON response', async () => {
    const path = join(dir, 'units.json');
    await writeFile(path, '{"dataInfo":{"code":"00"},"data":[{"compUnitCd":"0201030201_21v3","compUn');
    await refused([path], /^파일 units\.json, 행 1: JSON으로 읽을 수 없습니다/);
  });

  it('a response without the envelope', async () => {
    const path = join(dir, 'bare.json');
    await writeFile(path, JSON.stringify([{ compUnitCd: '0201030201_21v3' }]));
    await refused([path], /^파일 bare\.json, 행 1, 열 dataInfo: ncsInfo API 응답의 dataInfo가 없습니다/);
  });

  it('a non-numeric level in a record', async () => {
    const path = join(dir, 'level.json');
    const data = [
      { dutyCd: '02010302', compUnitCd: '0201030201_21v3', compUnitName: '01.고객관리 계획 수립', compUnitLevel: '5', compUnitDef: '' },
      { dutyCd: '02010302', compUnitCd: '0201030206_21v3', compUnitName: '02.고객 필요정보 제공', compUnitLevel: 'III', compUnitDef: '' },
    ];
    await writeFile(path, JSON.stringify({ dataInfo: { code: '00' }, data }));
    await refused([path], /^파일 level\.json, 행 2, 열 compUnitLevel: 수준은 0부터 8까지의 숫자여야 합니다 \(받은 값: "III"\)/);
  });

  it('elements of a unit that no file describes', async () => {
    const path = join(dir, 'elements.json');
    await writeFile(
      path,
      JSON.stringify({ dataInfo: { code: '00' }, data: [{ compUnitFactrNo: '0201030201_21v3.1', compUnitFactrName: '(예시) 요소' }] }),
    );
    await refused([path], /^파일 elements\.json, 행 1: 능력단위 0201030201_21v3의 요소나 수행준거는 있지만 능력단위 자체/);
  });
});

describe('refused command-line choices', () => {
  it('an unknown 세분류 in --duty', async () => {
    await refused([CUSTOMER_MANAGEMENT_XLSX], /^파일 \(명령줄\), 행 2, 열 --duty: 세분류 02010399는 읽은 파일 어디에도 없습니다/, {
      duties: ['02010302', '02010399'],
    });
  });

  it('a malformed --duty', async () => {
    await refused([CUSTOMER_MANAGEMENT_XLSX], /^파일 \(명령줄\), 행 1, 열 --duty: 세분류 코드는 8자리 숫자입니다/, {
      duties: ['고객관리'],
    });
  });

  it('a file type the importer does not know', async () => {
    const path = join(dir, 'list.xls');
    await writeFile(path, 'old excel');
    await refused([path], /list\.xls: 읽을 수 있는 형식은/);
  });
});
