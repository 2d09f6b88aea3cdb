/**
 * The NCS 연계 part of a design: a unit's official facts. What is missing is said once, with
 * where to find it; only a unit design leaves the teacher one place to write the missing elements.
 */
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import type { UnitInput } from './inputs.ts';
import type { NcsUnitLink } from './types.ts';

export function ncsLink(unit: UnitInput, teacherFill: boolean): NcsUnitLink {
  const missing = [
    ...(unit.definition === null ? [w.ksaNames.definition] : []),
    ...(unit.elements.length === 0 ? [w.ksaNames.elements] : []),
    ...(unit.criteria.length === 0 ? [w.ksaNames.criteria] : []),
    ...(unit.knowledge.length + unit.skills.length + unit.attitudes.length === 0 ? [w.ksaNames.ksa] : []),
    ...(unit.basicCompetences.length === 0 ? [w.ksaNames.basicCompetences] : []),
  ];
  return {
    code: unit.code,
    name: unit.name,
    level: unit.level,
    levelMeaning: unit.levelMeaning,
    definition: unit.definition,
    definitionNote: unit.definitionNote,
    classification: [...unit.classification],
    elements:
      unit.elements.length > 0
        ? unit.elements.map((e) => (e.level === null ? e.name : w.elementWithLevel(e.name, e.level)))
        : teacherFill
          ? [{ blank: w.elementsBlank(unit.code) }]
          : [],
    criteria: [...unit.criteria],
    knowledge: [...unit.knowledge],
    skills: [...unit.skills],
    attitudes: [...unit.attitudes],
    ksaNote: unit.ksaNote,
    basicCompetences: [...unit.basicCompetences],
    missing: missing.length > 0 ? w.unitMissing(missing, unit.code) : null,
  };
}
