/** The NCS 연계 part of a design: a unit's official facts, with blanks where data is missing. */
import type { UnitInput } from './inputs.ts';
import type { Item, NcsUnitLink } from './types.ts';

const notYet = (what: string): Item[] => [{ blank: `${what}: 아직 공식 자료를 가져오지 않았어요. NCS 누리집(ncs.go.kr)의 능력단위 자료에서 찾아 적어요` }];

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
    elements: unit.elements.length > 0 ? unit.elements.map((e) => (e.level === null ? e.name : `${e.name} (수준 ${e.level})`)) : notYet('능력단위요소'),
    criteria: orBlank(unit.criteria, '수행준거'),
    knowledge: orBlank(unit.knowledge, '지식'),
    skills: orBlank(unit.skills, '기술'),
    attitudes: orBlank(unit.attitudes, '태도'),
    ksaNote: unit.ksaNote,
    basicCompetences: orBlank(unit.basicCompetences, '직업기초능력'),
  };
}
