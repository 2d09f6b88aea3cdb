import { NcsImportError } from './errors.ts';
import type { NormalCatalog } from './types.ts';

export interface SelectOptions {
  /** 8-digit 세분류 codes; empty = everything. */
  duties?: readonly string[];
  includeRetired?: boolean;
}

/** Keeps the chosen 세분류 and, unless asked otherwise, only current (not retired) units. */
export function selectUnits(catalog: NormalCatalog, options: SelectOptions): NormalCatalog {
  const duties = options.duties ?? [];
  const known = new Set<string>();
  for (const c of catalog.classifications) if (c.depth === 4) known.add(c.code);
  for (const u of catalog.units) known.add(u.dutyCode);
  duties.forEach((duty, i) => {
    const at = { file: '(명령줄)', row: i + 1, column: '--duty' };
    if (!/^\d{8}$/.test(duty)) throw new NcsImportError(at, `세분류 코드는 8자리 숫자입니다 (받은 값: "${duty}")`);
    if (!known.has(duty)) throw new NcsImportError(at, `세분류 ${duty}는 읽은 파일 어디에도 없습니다`);
  });
  const wanted = new Set(duties);
  const units = catalog.units.filter(
    (u) => (wanted.size === 0 || wanted.has(u.dutyCode)) && (options.includeRetired || u.retired === null),
  );
  const prefixes = new Set<string>();
  for (const u of units) for (let n = 2; n <= 8; n += 2) prefixes.add(u.dutyCode.slice(0, n));
  for (const d of wanted) for (let n = 2; n <= 8; n += 2) prefixes.add(d.slice(0, n));
  const classifications = catalog.classifications.filter((c) => prefixes.has(c.code));
  return { ...catalog, classifications, units };
}
