import { UNIT_CODE_PATTERN } from '../model/ncs/unit-code.ts';
import { NcsImportError } from './errors.ts';
import type { Provenance } from './types.ts';

/** "0201030201_21v3": 세분류 (8) + serial (2) + "_" + year (2) + "v" + version; the schema's one pattern. */
export const UNIT_CODE = UNIT_CODE_PATTERN;

// Official names sometimes carry an ordering prefix ("01.고객관리 계획 수립"); it is not part of the name.
const NUMBER_PREFIX = /^\s*\d{1,3}\s*[.)]\s*/;
// Retired units keep their row in official lists, marked at the end of the name.
const RETIRED_MARK = /\s*[([]\s*(구버전|\d{2,4}\s*년\s*삭제)\s*[)\]]\s*$/;

// Most official text is already clean; testing first avoids a copy per cell on 574,000 rows.
const UNCLEAN_SPACE = /\s\s|[\t\n\r\f\v\u00a0\u3000]|^\s|\s$/;

export function collapseSpaces(text: string): string {
  return UNCLEAN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** A name as shown on the site: prefix and retirement marker removed, spaces collapsed. */
export function cleanName(raw: string): { name: string; retired: string | null } {
  let name = collapseSpaces(raw).replace(NUMBER_PREFIX, '');
  const mark = RETIRED_MARK.exec(name);
  let retired: string | null = null;
  if (mark) {
    retired = mark[1]!.replace(/\s+/g, '');
    name = name.slice(0, mark.index).trim();
  }
  return { name, retired };
}

/** Level 1–8; 0 or an empty cell means the source gives no level. */
export function parseLevel(raw: string, at: Provenance): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^\d+(\.0+)?$/.test(text)) {
    throw new NcsImportError(at, `수준은 0부터 8까지의 숫자여야 합니다 (받은 값: "${text}")`);
  }
  const level = Number.parseInt(text, 10);
  if (level > 8) throw new NcsImportError(at, `수준은 0부터 8까지의 숫자여야 합니다 (받은 값: "${text}")`);
  return level === 0 ? null : level;
}

export function parseHours(raw: string, at: Provenance): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new NcsImportError(at, `훈련시간은 숫자여야 합니다 (받은 값: "${text}")`);
  }
  return Number(text);
}

export function parseUnitCode(raw: string, at: Provenance): string {
  const code = raw.trim();
  if (!UNIT_CODE.test(code)) {
    throw new NcsImportError(at, `능력단위 코드는 "0201030201_21v3" 꼴이어야 합니다 (받은 값: "${code}")`);
  }
  return code;
}

/**
 * Classification codes appear either in full ("020103") or relative to their parent ("03").
 * Returns the full code of the given depth (2, 4, 6 or 8 digits).
 */
export function fullClassCode(raw: string, parent: string, depth: 1 | 2 | 3 | 4, at: Provenance): string {
  const text = raw.trim();
  const want = depth * 2;
  let code = text;
  if (depth > 1 && /^\d{2}$/.test(text)) code = parent + text;
  if (!new RegExp(`^\\d{${want}}$`).test(code) || !code.startsWith(parent)) {
    throw new NcsImportError(at, `분류 코드가 ${want}자리 숫자가 아니거나 상위 분류 ${parent}와 맞지 않습니다 (받은 값: "${text}")`);
  }
  return code;
}

/** Cell text from whatever a reader hands over (strings, numbers, rich text, formula results). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
  }
  return String(value);
}

/** Natural order for numbers such as "1.2" < "1.10". */
export function compareNumbered(a: string, b: string): number {
  const pa = a
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  const pb = b
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
