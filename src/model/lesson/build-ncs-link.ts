/** The NCS 연계 part of a design: a unit's official facts, with blanks where data is missing. */
import { lessonWording as w } from '../../ui/lesson-wording.ts';
import type { UnitInput } from './inputs.ts';
import type { Item, NcsUnitLink } from './types.ts';

const notYet = (what: string): Item[] => [{ blank: w.notYet(what) }];

export function ncsLink(unit: UnitInput): NcsUnitLink {
  const orBlank = (list: readonly string[], what: string): Item[] => (list.length > 0 ? [...list] : notYet(what));
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
        : notYet(w.ksaNames.elements),
    criteria: orBlank(unit.criteria, w.ksaNames.criteria),
    knowledge: orBlank(unit.knowledge, w.ksaNames.knowledge),
    skills: orBlank(unit.skills, w.ksaNames.skills),
    attitudes: orBlank(unit.attitudes, w.ksaNames.attitudes),
    ksaNote: unit.ksaNote,
    basicCompetences: orBlank(unit.basicCompetences, w.ksaNames.basicCompetences),
  };
}
