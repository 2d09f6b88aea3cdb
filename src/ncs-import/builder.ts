import { describeProvenance, NcsImportError } from './errors.ts';
import type { ClassificationDepth, ClassificationNode, Element, ImportSource, KsaKind, NormalCatalog, Provenance, Unit } from './types.ts';
import { cleanName, collapseSpaces, compareNumbered } from './values.ts';

interface Seen<T> {
  value: T;
  at: Provenance;
}

interface Draft {
  seq: number;
  number: string | null;
  text: string;
}

interface ElementDraft {
  serial: number;
  name: Seen<string> | null;
  level: Seen<number | null> | null;
  criteria: Map<string, Draft & { at: Provenance }>;
  ksa: Map<string, Draft & { kind: KsaKind }>;
  firstAt: Provenance;
}

interface UnitDraft {
  code: string;
  name: Seen<string> | null;
  nameSource: number;
  retired: string | null;
  level: Seen<number | null> | null;
  definition: string | null;
  definitionSource: number | null;
  trainingHours: number | null;
  elements: Map<number, ElementDraft>;
  sources: Set<number>;
  firstAt: Provenance;
}

export interface UnitInput {
  code: string;
  /** Name as the source wrote it (prefix and retirement marker still on). */
  rawName: string;
  /** undefined when this source has no level column; null for 0 / empty. */
  level?: number | null;
  definition?: string | null;
  trainingHours?: number | null;
}

function conflict(what: string, at: Provenance, first: Provenance, a: string, b: string): NcsImportError {
  return new NcsImportError(at, `${what}이(가) 앞서 읽은 값과 다릅니다: "${b}" ≠ "${a}" (먼저 읽은 곳: ${describeProvenance(first)})`);
}

/**
 * Collects rows from any number of files and formats, deduplicating as it goes. Rows repeat in the
 * official export (one row per criterion × KSA), so "seen before with the same value" is normal and
 * "seen before with a different value" is refused.
 */
export class CatalogBuilder {
  private readonly sources: ImportSource[] = [];
  private readonly classes = new Map<string, Seen<ClassificationNode>>();
  private readonly units = new Map<string, UnitDraft>();
  private seq = 0;

  addSource(source: ImportSource): number {
    this.sources.push(source);
    return this.sources.length - 1;
  }

  addClassification(depth: ClassificationDepth, code: string, rawName: string, at: Provenance): void {
    const name = cleanName(rawName).name;
    if (name === '') throw new NcsImportError(at, `분류 ${code}의 이름이 비어 있습니다`);
    const seen = this.classes.get(code);
    if (!seen) {
      this.classes.set(code, { value: { code, name, depth }, at });
    } else if (seen.value.name !== name) {
      throw conflict(`분류 ${code}의 이름`, at, seen.at, seen.value.name, name);
    }
  }

  private unit(code: string, at: Provenance): UnitDraft {
    let draft = this.units.get(code);
    if (!draft) {
      draft = {
        code,
        name: null,
        nameSource: -1,
        retired: null,
        level: null,
        definition: null,
        definitionSource: null,
        trainingHours: null,
        elements: new Map(),
        sources: new Set(),
        firstAt: at,
      };
      this.units.set(code, draft);
    }
    return draft;
  }

  addUnit(source: number, input: UnitInput, at: { name: Provenance; level?: Provenance }): void {
    const draft = this.unit(input.code, at.name);
    draft.sources.add(source);
    const { name, retired } = cleanName(input.rawName);
    if (name === '') throw new NcsImportError(at.name, `능력단위 ${input.code}의 이름이 비어 있습니다`);
    if (!draft.name) {
      draft.name = { value: name, at: at.name };
      draft.nameSource = source;
      draft.retired = retired;
    } else if (draft.name.value !== name) {
      throw conflict(`능력단위 ${input.code}의 이름`, at.name, draft.name.at, draft.name.value, name);
    } else if (retired && !draft.retired) {
      draft.retired = retired;
    }
    if (input.level !== undefined) {
      const levelAt = at.level ?? at.name;
      if (!draft.level) draft.level = { value: input.level, at: levelAt };
      else if (draft.level.value !== input.level) {
        throw conflict(`능력단위 ${input.code}의 수준`, levelAt, draft.level.at, String(draft.level.value ?? 0), String(input.level ?? 0));
      }
    }
    const definition = input.definition ? collapseSpaces(input.definition) : '';
    if (definition && !draft.definition) {
      draft.definition = definition;
      draft.definitionSource = source;
    }
    if (input.trainingHours !== undefined && input.trainingHours !== null && draft.trainingHours === null) {
      draft.trainingHours = input.trainingHours;
    }
  }

  /** Records that a file contributed to a unit even when it only carries elements or KSA. */
  noteSource(unitCode: string, source: number, at: Provenance): void {
    this.unit(unitCode, at).sources.add(source);
  }

  private element(unitCode: string, serial: number, at: Provenance): ElementDraft {
    const unit = this.unit(unitCode, at);
    let draft = unit.elements.get(serial);
    if (!draft) {
      draft = { serial, name: null, level: null, criteria: new Map(), ksa: new Map(), firstAt: at };
      unit.elements.set(serial, draft);
    }
    return draft;
  }

  addElement(
    unitCode: string,
    serial: number,
    rawName: string,
    level: number | null | undefined,
    at: { name: Provenance; level?: Provenance },
  ): void {
    const draft = this.element(unitCode, serial, at.name);
    const name = cleanName(rawName).name;
    const code = `${unitCode}.${serial}`;
    if (name === '') throw new NcsImportError(at.name, `능력단위요소 ${code}의 이름이 비어 있습니다`);
    if (!draft.name) draft.name = { value: name, at: at.name };
    else if (draft.name.value !== name) {
      throw conflict(`능력단위요소 ${code}의 이름`, at.name, draft.name.at, draft.name.value, name);
    }
    if (level !== undefined) {
      const levelAt = at.level ?? at.name;
      if (!draft.level) draft.level = { value: level, at: levelAt };
      else if (draft.level.value !== level) {
        throw conflict(`능력단위요소 ${code}의 수준`, levelAt, draft.level.at, String(draft.level.value ?? 0), String(level ?? 0));
      }
    }
  }

  addCriterion(unitCode: string, serial: number, number: string | null, rawText: string, at: Provenance): void {
    const text = collapseSpaces(rawText);
    if (text === '') return;
    const draft = this.element(unitCode, serial, at);
    // The API gives criteria without numbers; the export gives them numbered. Same text = same criterion.
    for (const [otherKey, other] of draft.criteria) {
      if (other.text === text && (number === null || other.number === null)) {
        if (other.number === null && number !== null) {
          other.number = number;
          draft.criteria.delete(otherKey);
          draft.criteria.set(number, other);
        }
        return;
      }
    }
    const key = number ?? `\u0000${text}`;
    const seen = draft.criteria.get(key);
    if (!seen) draft.criteria.set(key, { seq: this.seq++, number, text, at });
    else if (seen.text !== text) {
      throw conflict(`수행준거 ${unitCode}.${serial} ${number}`, at, seen.at, seen.text, text);
    }
  }

  addKsa(unitCode: string, serial: number, kind: KsaKind, number: string | null, rawText: string, at: Provenance): void {
    const text = collapseSpaces(rawText);
    if (text === '') return;
    const draft = this.element(unitCode, serial, at);
    const key = `${kind}\u0000${text}`;
    const seen = draft.ksa.get(key);
    if (!seen) draft.ksa.set(key, { seq: this.seq++, number, text, kind });
    else if (seen.number === null && number !== null) seen.number = number;
  }

  /** Sorted, deduplicated catalog. Refuses elements whose unit or name no source gave. */
  build(): NormalCatalog {
    const units: Unit[] = [];
    for (const draft of [...this.units.values()].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      if (!draft.name) {
        throw new NcsImportError(
          draft.firstAt,
          `능력단위 ${draft.code}의 요소나 수행준거는 있지만 능력단위 자체(이름, 수준)를 담은 자료가 없습니다`,
        );
      }
      const elements: Element[] = [];
      for (const el of [...draft.elements.values()].sort((a, b) => a.serial - b.serial)) {
        const code = `${draft.code}.${el.serial}`;
        if (!el.name) {
          throw new NcsImportError(
            el.firstAt,
            `능력단위요소 ${code}의 수행준거나 지식·기술·태도는 있지만 요소 이름을 담은 자료가 없습니다`,
          );
        }
        const byNumber = (a: Draft, b: Draft) =>
          a.number !== null && b.number !== null ? compareNumbered(a.number, b.number) || a.seq - b.seq : a.seq - b.seq;
        const criteria = [...el.criteria.values()].sort(byNumber).map((c, i) => ({
          number: c.number ?? `${el.serial}.${i + 1}`,
          text: c.text,
        }));
        const ksa = [...el.ksa.values()].sort(byNumber);
        const pick = (kind: KsaKind) => ksa.filter((k) => k.kind === kind).map((k) => k.text);
        elements.push({
          code,
          serial: el.serial,
          name: el.name.value,
          level: el.level?.value ?? null,
          criteria,
          knowledge: pick('knowledge'),
          skills: pick('skill'),
          attitudes: pick('attitude'),
        });
      }
      units.push({
        code: draft.code,
        dutyCode: draft.code.slice(0, 8),
        name: draft.name.value,
        level: draft.level?.value ?? null,
        definition: draft.definition,
        definitionSource: draft.definitionSource,
        nameSource: draft.nameSource,
        trainingHours: draft.trainingHours,
        retired: draft.retired,
        elements,
        sources: [...draft.sources].sort((a, b) => a - b),
      });
    }
    const classifications = [...this.classes.values()].map((s) => s.value).sort((a, b) => (a.code < b.code ? -1 : 1));
    return { classifications, units, sources: [...this.sources] };
  }
}
