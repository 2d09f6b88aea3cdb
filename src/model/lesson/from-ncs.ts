/**
 * Adapts the NCS model (src/model/ncs) to what the lesson builder needs. Official facts that
 * the catalog does not have stay empty here; the builder turns them into teacher blanks.
 */
import { levelDescriptor, pathOfUnit } from '../ncs/index.ts';
import type { NcsCatalog, Unit } from '../ncs/index.ts';
import { unitCompetences } from '../ncs/unit-page.ts';
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import type { BasicCompetenceInput, UnitInput } from './inputs.ts';
import type { SourceRef } from './types.ts';
import { citable } from '../sources/registry.ts';

export function unitInput(catalog: NcsCatalog, unit: Unit): UnitInput {
  const sourceIds = new Set<string>([unit.source]);
  const source = (id: string): SourceRef | null => (catalog.sources.has(id) ? citable(catalog.sources, id, unit.origin.file) : null);

  const descriptor = levelDescriptor(catalog, unit.level);
  if (descriptor) sourceIds.add(descriptor.source);

  let definitionNote: string | null = null;
  if (unit.definition) {
    sourceIds.add(unit.definition.source);
    if (unit.definition.kind === 'summary') definitionNote = w.summaryDefinitionNote;
  }

  const fromElements = (pick: (e: Unit['elements'][number]) => string[]) => unique(unit.elements.flatMap(pick));
  let knowledge = fromElements((e) => e.knowledge);
  let skills = fromElements((e) => e.skills);
  let attitudes = fromElements((e) => e.attitudes);
  let ksaNote: string | null = null;
  if (knowledge.length + skills.length + attitudes.length === 0 && unit.ksaOverview) {
    ({ knowledge, skills, attitudes } = unit.ksaOverview);
    sourceIds.add(unit.ksaOverview.source);
    const title = catalog.sources.get(unit.ksaOverview.source)?.title ?? unit.ksaOverview.source;
    ksaNote = w.ksaFromSource(title);
  }

  return {
    file: unit.origin.file,
    code: unit.code,
    name: unit.name,
    level: unit.level,
    levelMeaning: descriptor ? `${descriptor.title}. ${descriptor.description}` : null,
    definition: unit.definition?.text ?? null,
    definitionNote,
    classification: pathOfUnit(catalog, unit.code).map((n) => n.name ?? n.code),
    elements: unit.elements.map((e) => ({ name: e.name, level: e.level })),
    criteria: unit.elements.flatMap((e) => e.criteria.map((c) => `${c.label} ${c.text}`)),
    knowledge: [...knowledge],
    skills: [...skills],
    attitudes: [...attitudes],
    ksaNote,
    basicCompetences: unitCompetences(catalog, unit).map((c) => (c.subs.length ? `${c.name}(${c.subs.join(', ')})` : c.name)),
    sources: [...sourceIds]
      .sort()
      .map(source)
      .filter((s): s is SourceRef => s !== null),
  };
}

/** Current units of the catalog, in code order. */
export function unitInputs(catalog: NcsCatalog): UnitInput[] {
  return [...catalog.units.values()]
    .filter((u) => !u.retired)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((u) => unitInput(catalog, u));
}

export function basicCompetenceInputs(catalog: NcsCatalog): BasicCompetenceInput[] {
  return catalog.basicCompetences.map((c) => ({ name: c.name, subs: c.subs.map((s) => s.name) }));
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
