/**
 * The synthetic catalog (synthetic.ts) written straight into an NCS data folder, merged with what the
 * folder holds the way `npm run import:ncs` merges official files: for benchmarks and tests that need
 * a large catalog in content form without writing and reading an official file first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classificationFileSchema, sourcesFileSchema } from '../schemas/ncs.ts';
import { NCS_FILES } from '../site-content/ncs.ts';
import { listRecord, readYaml, validate } from '../site-content/yaml.ts';
import { makeSyntheticCatalog } from './synthetic.ts';
import { importSourceRecords, mergeClassification, mergeSources, mergeUnitFile, toYaml } from './to-ncs-content.ts';
import type { ImportSource, NormalCatalog, Unit } from './types.ts';

const SYNTHETIC_SOURCE: ImportSource = { format: 'xlsx', file: '(예시) 합성 자료' };

/** Adds `units` synthetic current units (대분류 51 and up) to the NCS folder `dir`; returns the catalog written. */
export function addSyntheticUnits(dir: string, units: number): NormalCatalog {
  const made = makeSyntheticCatalog({ units });
  const catalog: NormalCatalog = {
    ...made,
    sources: [SYNTHETIC_SOURCE],
    units: made.units.map((u) => ({ ...u, nameSource: 0, definitionSource: u.definition === null ? null : 0 })),
  };
  const baseSources = validate(readYaml(join(dir, NCS_FILES.sources)), sourcesFileSchema, listRecord(['id'])).sources;
  const sources = mergeSources(baseSources, importSourceRecords(catalog.sources, null));
  writeFileSync(join(dir, NCS_FILES.sources), toYaml({ sources }));
  const baseClass = validate(readYaml(join(dir, NCS_FILES.classification)), classificationFileSchema, listRecord(['code']));
  writeFileSync(join(dir, NCS_FILES.classification), toYaml(mergeClassification(baseClass, catalog, [])));
  const byDuty = new Map<string, Unit[]>();
  for (const u of catalog.units) byDuty.set(u.dutyCode, [...(byDuty.get(u.dutyCode) ?? []), u]);
  mkdirSync(join(dir, NCS_FILES.unitsDir), { recursive: true });
  for (const [duty, list] of byDuty)
    writeFileSync(join(dir, NCS_FILES.unitsDir, `${duty}.yaml`), toYaml(mergeUnitFile(duty, list, catalog.sources, null)));
  return catalog;
}
