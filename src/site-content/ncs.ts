import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  basicCompetencesFileSchema,
  classificationFileSchema,
  levelsFileSchema,
  sourcesFileSchema,
  UNIT_CODE_PATTERN,
  unitFileSchema,
  type UnitRecord,
} from '../schemas/ncs.ts';
import { DataError } from '../model/ncs/errors.ts';
import type {
  BasicCompetence,
  ClassDepth,
  ClassNode,
  LevelDescriptor,
  NcsCatalog,
  NcsLevel,
  NcsSource,
  OccupationLink,
  Unit,
} from '../model/ncs/types.ts';
import { lineAt, listRecord, readYaml, validate, type YamlFile } from './yaml.ts';
import { withParticle } from '../lib/korean-particles.ts';

export const NCS_FILES = {
  sources: 'sources.yaml',
  classification: 'classification.yaml',
  levels: 'levels.yaml',
  basicCompetences: 'basic-competences.yaml',
  unitsDir: 'units',
} as const;

/**
 * Reads every NCS data file under `dir`, validates each against its schema and the records
 * against each other. Throws a DataError (with all problems in `.all`) on any bad input.
 */
export function loadNcsCatalog(dir: string): NcsCatalog {
  const errors: DataError[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof DataError) errors.push(...e.all);
      else throw e;
      return undefined;
    }
  };
  const path = (name: string) => join(dir, name);

  const sourcesFile = attempt(() => {
    const y = readYaml(path(NCS_FILES.sources));
    return { y, data: validate(y, sourcesFileSchema, listRecord(['id'])) };
  });
  const sources = new Map<string, NcsSource>();
  if (sourcesFile) {
    sourcesFile.data.sources.forEach((s, i) => {
      if (sources.has(s.id)) errors.push(err(sourcesFile.y, s.id, 'id', ['sources', i], `출처 id "${s.id}"가 두 번 나와요`));
      sources.set(s.id, s);
    });
  }
  // Source references are only checked once sources.yaml itself is readable.
  const checkSource = (y: YamlFile, record: string, field: string, at: PropertyKey[], id: string) => {
    if (sourcesFile && !sources.has(id)) errors.push(err(y, record, field, at, `출처 "${id}"가 ${NCS_FILES.sources}에 없어요`));
  };

  const nodes = new Map<string, ClassNode>();
  const majors: ClassNode[] = [];
  attempt(() => {
    const y = readYaml(path(NCS_FILES.classification));
    const data = validate(y, classificationFileSchema, listRecord(['code']));
    const depths: [ClassDepth, keyof typeof data][] = [
      ['major', 'majors'],
      ['middle', 'middles'],
      ['minor', 'minors'],
      ['duty', 'duties'],
    ];
    for (const [depth, key] of depths) {
      data[key].forEach((rec, i) => {
        const at = [key, i];
        checkSource(y, rec.code, 'source', [...at, 'source'], rec.source);
        if (nodes.has(rec.code)) {
          errors.push(err(y, rec.code, 'code', [...at, 'code'], `분류 코드 ${withParticle(rec.code, '이')} 두 번 나와요`));
          return;
        }
        const parent = depth === 'major' ? null : rec.code.slice(0, rec.code.length - 2);
        const parentNode = parent === null ? undefined : nodes.get(parent);
        if (parent !== null && !parentNode) {
          errors.push(
            err(y, rec.code, 'code', [...at, 'code'], `상위 분류 ${withParticle(parent, '이')} ${NCS_FILES.classification}에 없어요`),
          );
          return;
        }
        const occupations: OccupationLink[] = 'occupations' in rec ? (rec.occupations as OccupationLink[]) : [];
        occupations.forEach((o, j) => checkSource(y, rec.code, `occupations.${j}.source`, [...at, 'occupations', j, 'source'], o.source));
        const note = 'note' in rec && typeof rec.note === 'string' ? rec.note : null;
        const node: ClassNode = {
          depth,
          code: rec.code,
          name: rec.name,
          source: rec.source,
          parent,
          children: [],
          unitCount: 0,
          occupations,
          note,
        };
        nodes.set(rec.code, node);
        if (parentNode) parentNode.children.push(node);
        else majors.push(node);
      });
    }
  });

  const levels = new Map<NcsLevel, LevelDescriptor>();
  attempt(() => {
    const y = readYaml(path(NCS_FILES.levels));
    const data = validate(y, levelsFileSchema, listRecord(['level']));
    data.levels.forEach((l, i) => {
      const record = String(l.level);
      checkSource(y, record, 'source', ['levels', i, 'source'], l.source);
      if (levels.has(l.level as NcsLevel))
        errors.push(err(y, record, 'level', ['levels', i, 'level'], `수준 ${withParticle(String(l.level), '이')} 두 번 나와요`));
      levels.set(l.level as NcsLevel, { ...l, level: l.level as NcsLevel });
    });
    const absent = [1, 2, 3, 4, 5, 6, 7, 8].filter((n) => !levels.has(n as NcsLevel));
    if (absent.length) errors.push(err(y, null, 'levels', ['levels'], `수준 ${absent.join(', ')}의 설명이 없어요 (1–8 모두 필요해요)`));
  });

  const basicCompetences: BasicCompetence[] = [];
  const basicCompetenceById = new Map<string, BasicCompetence>();
  attempt(() => {
    const y = readYaml(path(NCS_FILES.basicCompetences));
    const data = validate(y, basicCompetencesFileSchema, listRecord(['id']));
    data.competences.forEach((c, i) => {
      checkSource(y, c.id, 'source', ['competences', i, 'source'], c.source);
      if (basicCompetenceById.has(c.id))
        errors.push(err(y, c.id, 'id', ['competences', i, 'id'], `직업기초능력 id "${c.id}"가 두 번 나와요`));
      const subIds = new Set<string>();
      c.subs.forEach((s, j) => {
        if (subIds.has(s.id))
          errors.push(err(y, c.id, `subs.${j}.id`, ['competences', i, 'subs', j, 'id'], `하위능력 id "${s.id}"가 두 번 나와요`));
        subIds.add(s.id);
      });
      basicCompetences.push(c);
      basicCompetenceById.set(c.id, c);
    });
  });

  const units = new Map<string, Unit>();
  const unitsByDuty = new Map<string, Unit[]>();
  const treeReadable = nodes.size > 0 || errors.length === 0;
  for (const name of attempt(() => unitFileNames(path(NCS_FILES.unitsDir))) ?? []) {
    attempt(() => {
      const file = join(path(NCS_FILES.unitsDir), name);
      const y = readYaml(file);
      const data = validate(y, unitFileSchema, unitRecordOf);
      const fileDuty = name.replace(/\.yaml$/, '');
      if (data.duty !== fileDuty) {
        errors.push(err(y, null, 'duty', ['duty'], `파일 이름(${fileDuty})과 세분류 코드(${data.duty})가 달라요`));
        return;
      }
      const dutyNode = nodes.get(data.duty);
      if (treeReadable && dutyNode?.depth !== 'duty') {
        errors.push(err(y, null, 'duty', ['duty'], `세분류 ${withParticle(data.duty, '이')} ${NCS_FILES.classification}에 없어요`));
      }
      const list: Unit[] = [];
      data.units.forEach((rec, i) => {
        const unit = checkUnit(y, rec, i, data.duty, errors, checkSource, basicCompetenceById, basicCompetences.length > 0);
        if (!unit) return;
        const earlier = units.get(unit.code);
        if (earlier) {
          errors.push(
            err(
              y,
              unit.code,
              'code',
              ['units', i, 'code'],
              `능력단위 코드가 두 번 나와요 (처음 나온 곳: ${earlier.origin.file}의 ${earlier.origin.index + 1}번째 능력단위)`,
            ),
          );
          return;
        }
        units.set(unit.code, unit);
        list.push(unit);
      });
      unitsByDuty.set(data.duty, list.sort(byLevelThenCode));
    });
  }

  if (errors.length) throw DataError.combine(errors);

  for (const [duty, list] of unitsByDuty) {
    const current = list.filter((u) => !u.retired).length;
    for (let node = nodes.get(duty); node; node = node.parent ? nodes.get(node.parent) : undefined) node.unitCount += current;
  }
  sortTree(majors);
  return { dir, sources, majors, nodes, units, unitsByDuty, levels, basicCompetences, basicCompetenceById };
}

function checkUnit(
  y: YamlFile,
  rec: UnitRecord,
  i: number,
  duty: string,
  errors: DataError[],
  checkSource: (y: YamlFile, record: string, field: string, at: PropertyKey[], id: string) => void,
  competences: Map<string, BasicCompetence>,
  competencesReadable: boolean,
): Unit | undefined {
  const at = ['units', i];
  const fail = (field: string, path: PropertyKey[], problem: string) => errors.push(err(y, rec.code, field, [...at, ...path], problem));
  const m = UNIT_CODE_PATTERN.exec(rec.code)!;
  const [, codeDuty, serial, year, revision] = m as unknown as [string, string, string, string, string];
  const label = `${year}v${revision}`;
  const before = errors.length;
  if (codeDuty !== duty) fail('code', ['code'], `코드의 세분류(${codeDuty})가 이 파일의 세분류(${duty})와 달라요`);
  if (rec.version !== undefined && rec.version !== label)
    fail('version', ['version'], `version "${rec.version}"이 코드의 버전 "${label}"과 달라요`);
  checkSource(y, rec.code, 'source', [...at, 'source'], rec.source);
  if (rec.definition) checkSource(y, rec.code, 'definition.source', [...at, 'definition', 'source'], rec.definition.source);
  if (rec.ksaOverview) checkSource(y, rec.code, 'ksaOverview.source', [...at, 'ksaOverview', 'source'], rec.ksaOverview.source);
  rec.elements.forEach((e, j) => {
    if (e.no !== j + 1)
      fail(`elements.${j}.no`, ['elements', j, 'no'], `능력단위요소 번호는 1부터 차례대로 써요: ${j + 1}번째 요소의 번호가 ${e.no}예요`);
    e.criteria.forEach((c, k) => {
      if (c.no !== k + 1)
        fail(
          `elements.${j}.criteria.${k}.no`,
          ['elements', j, 'criteria', k, 'no'],
          `수행준거 번호는 1부터 차례대로 써요: ${k + 1}번째 수행준거의 번호가 ${c.no}예요`,
        );
    });
  });
  if (competencesReadable) {
    rec.basicCompetences.forEach((ref, j) => {
      const c = competences.get(ref.competence);
      if (!c)
        return fail(`basicCompetences.${j}.competence`, ['basicCompetences', j, 'competence'], `직업기초능력 "${ref.competence}"가 없어요`);
      ref.subs.forEach((s, k) => {
        if (!c.subs.some((x) => x.id === s))
          fail(`basicCompetences.${j}.subs.${k}`, ['basicCompetences', j, 'subs', k], `"${c.name}"에 하위능력 "${s}"가 없어요`);
      });
    });
  }
  if (errors.length > before) return undefined;
  return {
    code: rec.code,
    name: rec.name,
    level: rec.level as NcsLevel | null,
    version: { year: Number(year), revision: Number(revision), label },
    serial,
    duty,
    definition: rec.definition,
    retired: rec.retired,
    source: rec.source,
    elements: rec.elements.map((e) => ({
      ...e,
      level: e.level as NcsLevel | null,
      criteria: e.criteria.map((c) => ({ ...c, label: `${e.no}.${c.no}` })),
    })),
    basicCompetences: rec.basicCompetences,
    ksaOverview: rec.ksaOverview,
    origin: { file: y.file, index: i },
  };
}

function unitRecordOf(path: readonly PropertyKey[], data: unknown) {
  if (path[0] === 'units' && typeof path[1] === 'number') {
    const item = (data as { units?: Record<string, unknown>[] } | null)?.units?.[path[1]];
    const code = item?.code;
    return { record: typeof code === 'string' ? code : `units[${path[1]}]`, fieldStart: 2 };
  }
  return { record: null, fieldStart: 0 };
}

function unitFileNames(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const bad = names.filter((n) => n.endsWith('.yaml') && !/^\d{8}\.yaml$/.test(n));
  if (bad.length)
    throw DataError.combine(
      bad.map((n) => new DataError({ file: join(dir, n), problem: '능력단위 파일 이름은 "세분류 코드 8자리.yaml"이어야 해요' })),
    );
  return names.filter((n) => n.endsWith('.yaml')).sort();
}

function err(y: YamlFile, record: string | null, field: string | null, path: PropertyKey[], problem: string): DataError {
  return new DataError({ file: y.file, record, field, line: lineAt(y, path), problem });
}

function byLevelThenCode(a: Unit, b: Unit): number {
  return (a.level ?? 99) - (b.level ?? 99) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function sortTree(list: ClassNode[]): void {
  list.sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const n of list) if (n.children.length) sortTree(n.children);
}
