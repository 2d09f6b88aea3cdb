import jsYaml from 'js-yaml';
import type { ClassificationFile, NcsSource, UnitFile, UnitRecord } from '../schemas/ncs.ts';
import type { ImportSource, NormalCatalog, SourceFormat, Unit } from './types.ts';

/*
 * Maps the normalised catalog onto the project's NCS files (src/model/ncs/README.md), merged with
 * what the target folder already holds: records the official files do not carry (occupation links,
 * 직업기초능력 links, unit-wide KSA from teaching sources, our summaries) are kept.
 */

/** One source record per official format; the note lists the files read. */
const SOURCE_INFO: Record<SourceFormat, { id: string; title: string }> = {
  xlsx: { id: 'ncs-db-export', title: 'NCS정보망 DB 내보내기 (엑셀)' },
  csv: { id: 'ncs-public-csv', title: '국가직무능력표준 정보 (공공데이터포털 CSV)' },
  api: { id: 'ncs-open-api', title: '국가직무능력표준 정보 Open API (B490007/ncsInfo) 저장 응답' },
};
const FORMAT_ORDER: SourceFormat[] = ['xlsx', 'api', 'csv'];

export function sourceIdOf(source: ImportSource): string {
  return SOURCE_INFO[source.format].id;
}

export function importSourceRecords(sources: readonly ImportSource[], year: number | null): NcsSource[] {
  return FORMAT_ORDER.filter((f) => sources.some((s) => s.format === f)).map((format) => {
    const files = [...new Set(sources.filter((s) => s.format === format).map((s) => s.file))].sort();
    return {
      id: SOURCE_INFO[format].id,
      title: SOURCE_INFO[format].title,
      publisher: '한국산업인력공단',
      year,
      kind: 'official',
      // Shown under the citation on student pages: name the official files, not the command that read them.
      note: `이 사이트의 NCS 자료는 공식 파일 ${files.join(', ')}에서 옮겼어요.`,
    };
  });
}

export function mergeSources(base: NcsSource[], imported: NcsSource[]): NcsSource[] {
  const ids = new Set(imported.map((s) => s.id));
  return [...base.filter((s) => !ids.has(s.id)), ...imported];
}

const DEPTH_KEYS = ['majors', 'middles', 'minors', 'duties'] as const;

/** Base tree plus every node the import names or implies (ancestors of each unit's 세분류). */
export function mergeClassification(base: ClassificationFile | null, catalog: NormalCatalog, notices: string[]): ClassificationFile {
  const primary = FORMAT_ORDER.find((f) => catalog.sources.some((s) => s.format === f)) ?? 'xlsx';
  const sourceId = SOURCE_INFO[primary].id;
  type Node = ClassificationFile['duties'][number];
  const nodes = new Map<string, Node>();
  for (const key of DEPTH_KEYS) for (const n of base?.[key] ?? []) nodes.set(n.code, { occupations: [], ...n });
  for (const c of catalog.classifications) {
    const seen = nodes.get(c.code);
    if (!seen) nodes.set(c.code, { code: c.code, name: c.name, source: sourceId, occupations: [] });
    else if (seen.name !== c.name) {
      if (seen.name !== null) notices.push(`분류 ${c.code}의 이름을 "${seen.name}"에서 "${c.name}"(으)로 바꿨어요`);
      nodes.set(c.code, { ...seen, name: c.name, source: sourceId });
    }
  }
  for (const u of catalog.units) {
    for (let n = 2; n <= 8; n += 2) {
      const code = u.dutyCode.slice(0, n);
      if (!nodes.has(code)) nodes.set(code, { code, name: null, source: sourceIdOf(catalog.sources[u.nameSource]!), occupations: [] });
    }
  }
  const sorted = [...nodes.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const strip = ({ occupations: _, ...rest }: Node) => rest;
  return {
    majors: sorted.filter((n) => n.code.length === 2).map(strip),
    middles: sorted.filter((n) => n.code.length === 4).map(strip),
    minors: sorted.filter((n) => n.code.length === 6).map(strip),
    duties: sorted.filter((n) => n.code.length === 8),
  };
}

function unitRecord(unit: Unit, sources: readonly ImportSource[], kept: UnitRecord | undefined): UnitRecord {
  const definition =
    unit.definition !== null && unit.definitionSource !== null
      ? { text: unit.definition, kind: 'official' as const, source: sourceIdOf(sources[unit.definitionSource]!) }
      : (kept?.definition ?? null);
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    definition,
    retired: unit.retired !== null,
    source: sourceIdOf(sources[unit.nameSource]!),
    // Positions, not the official serials: the schema numbers elements and criteria 1, 2, … in order.
    elements: unit.elements.map((e, i) => ({
      no: i + 1,
      name: e.name,
      level: e.level,
      criteria: e.criteria.map((c, j) => ({ no: j + 1, text: c.text })),
      knowledge: e.knowledge,
      skills: e.skills,
      attitudes: e.attitudes,
    })),
    basicCompetences: kept?.basicCompetences ?? [],
    ksaOverview: kept?.ksaOverview ?? null,
  };
}

/** The units file of one 세분류: imported units replace same-code ones, others already there stay. */
export function mergeUnitFile(duty: string, units: readonly Unit[], sources: readonly ImportSource[], base: UnitFile | null): UnitFile {
  const kept = new Map((base?.units ?? []).map((u) => [u.code, u]));
  const merged = new Map<string, UnitRecord>(kept);
  for (const u of units) merged.set(u.code, unitRecord(u, sources, kept.get(u.code)));
  return { duty, units: [...merged.values()].sort((a, b) => (a.code < b.code ? -1 : 1)) };
}

const HEADER = '# 이 파일은 npm run import:ncs 가 공식 자료에서 만들었어요. 고칠 때는 자료를 다시 가져오세요.\n';

/**
 * YAML text in block style with codes quoted. js-yaml, not `yaml`: at full size (1,100 files,
 * 44 MB) it writes about 7× faster, which keeps the import inside its two minutes.
 */
export function toYaml(data: unknown, header = HEADER): string {
  return header + jsYaml.dump(data, { lineWidth: -1, noRefs: true });
}
