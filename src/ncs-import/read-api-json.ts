import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogBuilder } from './builder.ts';
import { NcsImportError } from './errors.ts';
import type { KsaKind, Provenance } from './types.ts';
import { cellText, parseLevel, UNIT_CODE } from './values.ts';

type Item = Record<string, unknown>;
export type ApiOperation = 'unit' | 'element' | 'ksa' | 'basic-abilities';

const GBN: Record<string, KsaKind | 'criterion'> = { 수행준거: 'criterion', 지식: 'knowledge', 기술: 'skill', 태도: 'attitude' };

/** Which ncsInfo operation a saved response came from, told by the keys of its records. */
export function apiOperation(item: Item): ApiOperation | null {
  if ('gbnVal' in item || 'gbnName' in item) return 'ksa';
  if ('compUnitFactrName' in item) return 'element';
  if ('compUnitName' in item) return 'unit';
  if ('mainName' in item || 'subName' in item) return 'basic-abilities';
  return null;
}

function text(item: Item, key: string): string {
  return cellText(item[key]).trim();
}

function unitCodeOf(item: Item, at: (k: string) => Provenance): string {
  for (const key of ['compUnitCd', 'ncsClCd']) {
    const v = text(item, key);
    if (UNIT_CODE.test(v)) return v;
  }
  const factor = text(item, 'compUnitFactrNo');
  const m = /^(.+)\.\d{1,3}$/.exec(factor);
  if (m?.[1] && UNIT_CODE.test(m[1])) return m[1];
  throw new NcsImportError(
    at('compUnitCd'),
    `능력단위 코드("0201030201_21v3" 꼴)를 찾을 수 없습니다 (compUnitCd: "${text(item, 'compUnitCd')}", ncsClCd: "${text(item, 'ncsClCd')}")`,
  );
}

function factorSerial(item: Item, unitCode: string, at: Provenance): number {
  const raw = text(item, 'compUnitFactrNo');
  const m = /^(?:(.+)\.)?(\d{1,3})$/.exec(raw);
  if (!m || (m[1] !== undefined && m[1] !== unitCode)) {
    throw new NcsImportError(at, `능력단위요소번호는 "${unitCode}.1" 꼴이어야 합니다 (받은 값: "${raw}")`);
  }
  return Number.parseInt(m[2]!, 10);
}

/**
 * Reads one saved response of the ncsInfo Open API ({dataInfo, data}). A response is one page of
 * one operation, so whole-file parsing is fine here; the big official file is the Excel export.
 */
export async function readNcsApiJson(path: string, builder: CatalogBuilder): Promise<ApiOperation | null> {
  const file = basename(path);
  let body: unknown;
  try {
    body = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const m = /position (\d+)/.exec(String(error));
    throw new NcsImportError(
      { file, row: 1 },
      `JSON으로 읽을 수 없습니다. 파일이 잘렸거나 손상되었을 수 있습니다${m ? ` (${m[1]}번째 글자 근처)` : ''}`,
      { cause: error },
    );
  }
  const envelope = body as { dataInfo?: unknown; data?: unknown };
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.dataInfo !== 'object' || envelope.dataInfo === null) {
    throw new NcsImportError(
      { file, row: 1, column: 'dataInfo' },
      'ncsInfo API 응답의 dataInfo가 없습니다. API 응답을 그대로 저장한 파일인지 확인하세요',
    );
  }
  if (!Array.isArray(envelope.data)) {
    throw new NcsImportError({ file, row: 1, column: 'data' }, 'ncsInfo API 응답의 data 목록이 없습니다');
  }
  const data = envelope.data as unknown[];
  if (data.length === 0) throw new NcsImportError({ file, row: 1, column: 'data' }, 'data 목록이 비어 있습니다');
  const source = builder.addSource({ format: 'api', file });
  let operation: ApiOperation | null = null;
  data.forEach((raw, index) => {
    const where: Provenance = { file, row: index + 1 };
    if (typeof raw !== 'object' || raw === null) throw new NcsImportError(where, '레코드가 객체가 아닙니다');
    const item = raw as Item;
    const op = apiOperation(item);
    if (op === null) {
      throw new NcsImportError(
        where,
        `어느 API 기능(능력단위, 능력단위요소, 지식·기술·태도)의 응답인지 알 수 없습니다. 키: ${Object.keys(item).join(', ')}`,
      );
    }
    if (operation === null) operation = op;
    else if (op !== operation) throw new NcsImportError(where, '한 파일에 서로 다른 API 기능의 응답이 섞여 있습니다');
    const at = (column: string): Provenance => ({ ...where, column });
    if (op === 'basic-abilities') return; // The 10 직업기초능력 are fixed data in the project, not imported.
    const unitCode = unitCodeOf(item, at);
    if (op === 'unit') {
      const duty = text(item, 'dutyCd');
      if (duty !== '' && !unitCode.startsWith(duty)) {
        throw new NcsImportError(at('dutyCd'), `능력단위 ${unitCode}가 세분류 ${duty}에 속하지 않습니다`);
      }
      builder.addUnit(
        source,
        {
          code: unitCode,
          rawName: text(item, 'compUnitName'),
          level: parseLevel(text(item, 'compUnitLevel'), at('compUnitLevel')),
          definition: text(item, 'compUnitDef') || null,
        },
        { name: at('compUnitName'), level: at('compUnitLevel') },
      );
      return;
    }
    builder.noteSource(unitCode, source, where);
    const serial = factorSerial(item, unitCode, at('compUnitFactrNo'));
    if (op === 'element') {
      builder.addElement(unitCode, serial, text(item, 'compUnitFactrName'), undefined, { name: at('compUnitFactrName') });
      return;
    }
    const gbnName = text(item, 'gbnName');
    const kind = GBN[gbnName.replace(/\s+/g, '')];
    if (!kind) {
      throw new NcsImportError(at('gbnName'), `구분은 "수행준거", "지식", "기술", "태도" 중 하나여야 합니다 (받은 값: "${gbnName}")`);
    }
    if (kind === 'criterion') builder.addCriterion(unitCode, serial, null, text(item, 'gbnVal'), at('gbnVal'));
    else builder.addKsa(unitCode, serial, kind, null, text(item, 'gbnVal'), at('gbnVal'));
  });
  return operation;
}
