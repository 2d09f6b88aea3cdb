import type { ClassNode, LevelDescriptor, NcsCatalog, NcsLevel, Unit } from './types.ts';

/** Lookups over a loaded catalog. All are Map accesses or walks up the (4-deep) tree. */

export function unitByCode(catalog: NcsCatalog, code: string): Unit | undefined {
  return catalog.units.get(code);
}

/** Units of a 세분류 sorted by level then code; retired ones only when asked for. */
export function unitsOfDuty(catalog: NcsCatalog, duty: string, options: { retired?: boolean } = {}): Unit[] {
  const all = catalog.unitsByDuty.get(duty) ?? [];
  return options.retired ? all : all.filter((u) => !u.retired);
}

/** The 세분류's units grouped by level, lowest level first; units without a level come last (key null). */
export function unitsByLevel(catalog: NcsCatalog, duty: string): { level: NcsLevel | null; units: Unit[] }[] {
  const groups: { level: NcsLevel | null; units: Unit[] }[] = [];
  for (const unit of unitsOfDuty(catalog, duty)) {
    const last = groups[groups.length - 1];
    if (last && last.level === unit.level) last.units.push(unit);
    else groups.push({ level: unit.level, units: [unit] });
  }
  return groups;
}

/** 대분류 → 중분류 → 소분류 → 세분류 of a node code (itself last). */
export function pathOfNode(catalog: NcsCatalog, code: string): ClassNode[] {
  const path: ClassNode[] = [];
  for (let node = catalog.nodes.get(code); node; node = node.parent ? catalog.nodes.get(node.parent) : undefined) path.unshift(node);
  return path;
}

/** 대분류 → 중분류 → 소분류 → 세분류 of a unit. */
export function pathOfUnit(catalog: NcsCatalog, unitCode: string): ClassNode[] {
  const unit = catalog.units.get(unitCode);
  return unit ? pathOfNode(catalog, unit.duty) : [];
}

export function levelDescriptor(catalog: NcsCatalog, level: number | null): LevelDescriptor | undefined {
  return level === null ? undefined : catalog.levels.get(level as NcsLevel);
}

/** Every 세분류 node, in code order. */
export function duties(catalog: NcsCatalog): ClassNode[] {
  const out: ClassNode[] = [];
  const walk = (list: ClassNode[]) => {
    for (const n of list) {
      if (n.depth === 'duty') out.push(n);
      else walk(n.children);
    }
  };
  walk(catalog.majors);
  return out;
}

/** Counts for summaries and benchmarks. */
export function catalogStats(catalog: NcsCatalog) {
  let elements = 0;
  let criteria = 0;
  let ksa = 0;
  let current = 0;
  for (const u of catalog.units.values()) {
    if (!u.retired) current++;
    elements += u.elements.length;
    for (const e of u.elements) {
      criteria += e.criteria.length;
      ksa += e.knowledge.length + e.skills.length + e.attitudes.length;
    }
  }
  return {
    duties: duties(catalog).length,
    dutiesWithUnits: catalog.unitsByDuty.size,
    units: catalog.units.size,
    currentUnits: current,
    elements,
    criteria,
    ksa,
  };
}
