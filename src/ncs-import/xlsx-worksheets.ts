/*
 * exceljs 4.4's streaming WorkbookReader reads the .xlsx in one pass in stored order. A sheet that
 * comes before sharedStrings.xml is parked in a temp file until the pass ends, and the pass can end
 * early: unzipper's Parse stream emits 'end' as soon as the file has been written into it, so
 * the consumer may stop before reaching the entries still being parsed (sharedStrings.xml,
 * workbook.xml). The parked sheet is then read without the workbook's sheet list and throws
 * "Cannot read properties of undefined (reading 'sheets')" (exceljs issue #3064; the fix proposed
 * upstream, PR #3065, is not released). Files written by exceljs, like our test files, put
 * workbook.xml last and hit it now and then; real exports can too.
 *
 * So we open the zip through its central directory (unzipper, exceljs's own dependency) and hand
 * exceljs the parts in the order they depend on each other: relationships, workbook, shared
 * strings, then each sheet as a stream, row by row as before.
 */
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import './exceljs-utf8.ts';
import ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
const exceljsRequire = createRequire(require.resolve('exceljs/package.json'));
const unzipper = exceljsRequire('unzipper') as {
  Open: { file(path: string): Promise<{ files: { path: string; type: string; stream(): Readable }[] }> };
};
const iterateStream = exceljsRequire('./lib/utils/iterate-stream.js') as (stream: Readable) => AsyncIterable<unknown>;

/** The parts of exceljs's WorkbookReader that read one part each (not in its typings). */
interface PartReader {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

export type WorksheetReader = AsyncIterable<ExcelJS.Row> & { name?: string };

/** Each worksheet of the .xlsx at `path`, in sheet order, with its rows still to be streamed. */
export async function* xlsxWorksheets(
  path: string,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
): AsyncGenerator<WorksheetReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, options) as unknown as PartReader;
  const zip = await unzipper.Open.file(path);
  const part = (name: string) => zip.files.find((f) => f.path === name && f.type === 'File');

  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('xl/workbook.xml가 없습니다');
  await reader._parseRels(rels.stream());
  await reader._parseWorkbook(workbook.stream());
  const strings = part('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings.stream()));

  const sheets = zip.files
    .map((f) => ({ file: f, no: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(f.path)?.[1] }))
    .filter((s): s is { file: (typeof zip.files)[number]; no: string } => s.no !== undefined)
    .sort((a, b) => Number(a.no) - Number(b.no));
  for (const { file, no } of sheets) {
    for (const { eventType, value } of reader._parseWorksheet(iterateStream(file.stream()), no)) {
      if (eventType === 'worksheet') yield value as WorksheetReader;
    }
  }
}
