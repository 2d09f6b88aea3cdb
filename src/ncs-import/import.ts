import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { classificationFileSchema, sourcesFileSchema, unitFileSchema, type UnitFile } from '../schemas/ncs.ts';
import { loadNcsCatalog, NCS_FILES } from '../site-content/ncs.ts';
import { siteContentRoot } from '../site-content/site.ts';
import { listRecord, readYaml, validate } from '../site-content/yaml.ts';
import { NcsImportError } from './errors.ts';
import { readNcsFiles } from './read-files.ts';
import type { ReadProgress } from './read-xlsx.ts';
import { selectUnits } from './select.ts';
import { importSourceRecords, mergeClassification, mergeSources, mergeUnitFile, toYaml } from './to-ncs-content.ts';
import type { Unit } from './types.ts';
import { replaceDirAtomically } from './write-atomic.ts';

export interface ImportOptions {
  files: readonly string[];
  /** 8-digit 세분류 codes to import; empty = all. */
  duties?: readonly string[];
  includeRetired?: boolean;
  /** Folder to write (content/ncs by default in the CLI). */
  out: string;
  /** Folder whose other files are kept: `out` when it holds data, else the project's content/ncs. */
  base?: string;
  /** The year the official data describes, written into sources.yaml when known. */
  year?: number | null;
  progress?: ReadProgress;
  /** Called between stages ("읽기", "쓰기", "검사"). */
  stage?: (name: string) => void;
}

export interface ImportResult {
  units: number;
  elements: number;
  criteria: number;
  ksa: number;
  duties: number;
  notices: string[];
}

function baseDirOf(options: ImportOptions): string | null {
  if (options.base !== undefined) return options.base;
  if (existsSync(join(options.out, NCS_FILES.sources))) return options.out;
  const project = join(siteContentRoot(), 'ncs');
  return existsSync(project) ? project : null;
}

/** Official files → content/ncs (or `out`), all or nothing. */
export async function importNcs(options: ImportOptions): Promise<ImportResult> {
  options.stage?.('읽기');
  const catalog = selectUnits(await readNcsFiles(options.files, options.progress), {
    duties: options.duties,
    includeRetired: options.includeRetired,
  });
  if (catalog.units.length === 0) {
    throw new NcsImportError(
      { file: options.files.join(', ') },
      '가져올 능력단위가 없습니다 (모두 폐지된 단위이거나 고른 세분류에 단위가 없습니다)',
    );
  }
  options.stage?.('쓰기');
  const base = baseDirOf(options);
  const notices: string[] = [];
  const files = new Map<string, string>();

  const sourcesPath = base && join(base, NCS_FILES.sources);
  const baseSources =
    sourcesPath && existsSync(sourcesPath) ? validate(readYaml(sourcesPath), sourcesFileSchema, listRecord(['id'])).sources : [];
  const sources = mergeSources(baseSources, importSourceRecords(catalog.sources, options.year ?? null));
  files.set(NCS_FILES.sources, toYaml({ sources }));

  const classPath = base && join(base, NCS_FILES.classification);
  const baseClass =
    classPath && existsSync(classPath) ? validate(readYaml(classPath), classificationFileSchema, listRecord(['code'])) : null;
  files.set(NCS_FILES.classification, toYaml(mergeClassification(baseClass, catalog, notices)));

  const byDuty = new Map<string, Unit[]>();
  for (const u of catalog.units) {
    const list = byDuty.get(u.dutyCode) ?? [];
    list.push(u);
    byDuty.set(u.dutyCode, list);
  }
  let elements = 0;
  let criteria = 0;
  let ksa = 0;
  for (const [duty, units] of byDuty) {
    const relative = join(NCS_FILES.unitsDir, `${duty}.yaml`);
    const path = base && join(base, relative);
    let baseFile: UnitFile | null = null;
    if (path && existsSync(path)) baseFile = validate(readYaml(path), unitFileSchema, () => ({ record: null, fieldStart: 0 }));
    files.set(relative, toYaml(mergeUnitFile(duty, units, catalog.sources, baseFile)));
    for (const u of units) {
      elements += u.elements.length;
      for (const e of u.elements) {
        criteria += e.criteria.length;
        ksa += e.knowledge.length + e.skills.length + e.attitudes.length;
      }
    }
  }

  await replaceDirAtomically(options.out, base, files, (dir) => {
    // Always: new data replaces the old only after the loader accepts it.
    options.stage?.('검사');
    loadNcsCatalog(dir);
  });
  return { units: catalog.units.length, elements, criteria, ksa, duties: byDuty.size, notices };
}
