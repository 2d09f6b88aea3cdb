import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { CatalogBuilder } from './builder.ts';
import { NcsImportError } from './errors.ts';
import { columnLetter, CSV_HEADERS, indexHeaders, type CsvHeader } from './headers.ts';
import type { ReadProgress } from './read-xlsx.ts';
import type { Provenance } from './types.ts';
import { parseHours, parseLevel, parseUnitCode } from './values.ts';

/**
 * The public-data CSV is cp949. A UTF-8 or UTF-16 copy (what a spreadsheet program writes when a
 * teacher re-saves it) decodes to plausible-looking garbage, so it is recognised by its bytes first.
 */
async function sniffEncoding(path: string, file: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    const at = { file, row: 1 };
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw new NcsImportError(at, '파일이 UTF-16으로 저장되어 있습니다. 공공데이터포털의 원래 파일(cp949)을 쓰세요');
    }
    const hasHigh = head.some((b) => b >= 0x80);
    if (!hasHigh) return;
    let utf8 = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: bytesRead === buffer.length });
    } catch {
      utf8 = false;
    }
    if (utf8) {
      throw new NcsImportError(at, '파일이 UTF-8로 저장되어 있습니다. 공공데이터포털의 원래 파일(cp949, EUC-KR)을 쓰세요');
    }
  } finally {
    await handle.close();
  }
}

/** Reads the public-data CSV "국가직무능력표준 정보": headers 분류번호, 명칭, 수준, 훈련시간. */
export async function readNcsCsv(path: string, builder: CatalogBuilder, progress?: ReadProgress): Promise<void> {
  const file = basename(path);
  await sniffEncoding(path, file);
  const source = builder.addSource({ format: 'csv', file });
  const parser = createReadStream(path)
    .pipe(iconv.decodeStream('cp949'))
    .pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: false }));
  let row = 0;
  let cols: Record<CsvHeader, number> | null = null;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      const where: Provenance = { file, row };
      if (!cols) {
        cols = indexHeaders(record, CSV_HEADERS, where);
        continue;
      }
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.includes('\uFFFD')) {
          throw new NcsImportError(
            { ...where, column: `${columnLetter(i)}열` },
            'cp949로 읽을 수 없는 글자가 있습니다. 파일의 인코딩이 cp949(EUC-KR)인지 확인하세요',
          );
        }
      }
      readRecord(builder, source, record, cols, where);
      if (progress && row % 10_000 === 0) progress(file, row);
    }
  } catch (error) {
    if (error instanceof NcsImportError) throw error;
    const e = error as Error & { lines?: number; code?: string };
    throw new NcsImportError(
      { file, row: e.lines ?? row + 1 },
      `CSV 형식이 맞지 않습니다. 파일이 잘렸거나 손상되었을 수 있습니다 (${e.code ?? ''} ${e.message})`,
      { cause: error },
    );
  }
  if (!cols) throw new NcsImportError({ file, row: 1 }, '파일이 비어 있습니다 (머리글 행이 없습니다)');
  if (row === 1) throw new NcsImportError({ file, row: 2 }, '머리글만 있고 자료 행이 없습니다');
  progress?.(file, row);
}

function readRecord(builder: CatalogBuilder, source: number, record: string[], cols: Record<CsvHeader, number>, where: Provenance): void {
  const get = (h: CsvHeader) => record[cols[h]] ?? '';
  const at = (h: CsvHeader): Provenance => ({ ...where, column: `${h} (${columnLetter(cols[h])}열)` });
  const code = get('분류번호').trim();
  // The list mixes classification rows (2, 4, 6, 8 digits) with unit rows.
  if (/^\d{2}$|^\d{4}$|^\d{6}$|^\d{8}$/.test(code)) {
    builder.addClassification((code.length / 2) as 1 | 2 | 3 | 4, code, get('명칭'), at('명칭'));
    return;
  }
  const unitCode = parseUnitCode(code, at('분류번호'));
  builder.addUnit(
    source,
    {
      code: unitCode,
      rawName: get('명칭'),
      level: parseLevel(get('수준'), at('수준')),
      trainingHours: parseHours(get('훈련시간'), at('훈련시간')),
    },
    { name: at('명칭'), level: at('수준') },
  );
}
