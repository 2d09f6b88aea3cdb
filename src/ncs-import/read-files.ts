import { extname } from 'node:path';
import { stat } from 'node:fs/promises';
import { CatalogBuilder } from './builder.ts';
import { NcsImportError } from './errors.ts';
import { readNcsApiJson } from './read-api-json.ts';
import { readNcsCsv } from './read-csv.ts';
import { readNcsXlsx, type ReadProgress } from './read-xlsx.ts';
import type { NormalCatalog } from './types.ts';

/** Reads any mix of official files (by extension) into one normalised catalog. */
export async function readNcsFiles(paths: readonly string[], progress?: ReadProgress): Promise<NormalCatalog> {
  const builder = new CatalogBuilder();
  // Sorted so the same set of files gives the same catalog whatever order they were named in.
  for (const path of [...paths].sort()) {
    try {
      await stat(path);
    } catch {
      throw new NcsImportError({ file: path }, '파일이 없습니다');
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.xlsx') await readNcsXlsx(path, builder, progress);
    else if (ext === '.csv') await readNcsCsv(path, builder, progress);
    else if (ext === '.json') await readNcsApiJson(path, builder);
    else
      throw new NcsImportError(
        { file: path },
        '읽을 수 있는 형식은 .xlsx (NCS정보망 내보내기), .csv (공공데이터), .json (ncsInfo API 응답)입니다',
      );
  }
  return builder.build();
}
