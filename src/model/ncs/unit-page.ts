/**
 * What an NCS unit page shows besides the unit itself: the pages that name the unit (jobs, lesson
 * designs), its neighbours in the 세분류, its basic competences by name and the sources it cites.
 * Built here so the page only lays it out.
 */
import type { LessonDesign } from '../lesson/types.ts';
import { routes, unitLessonId } from '../routes.ts';
import type { JobPage } from '../site.ts';
import { levelDescriptor, pathOfUnit } from './lookup.ts';
import { indexByUnit, type LinkedPage } from './reverse-index.ts';
import type { ClassNode, LevelDescriptor, NcsCatalog, Unit } from './types.ts';

export interface UnitLinks {
  /** Job pages naming the unit, in slug order. */
  jobs: LinkedPage[];
  /** The unit's own lesson design first, then the job series that use the unit. */
  lessons: LinkedPage[];
}

/** unit code → the pages that link to it, indexed once for all unit pages. */
export function unitLinks(jobs: readonly Pick<JobPage, 'id' | 'data'>[], designs: readonly LessonDesign[]): (code: string) => UnitLinks {
  const bySlug = [...jobs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const jobLinks = indexByUnit(
    bySlug,
    (j) => j.data.ncsUnits,
    (j) => ({ label: j.data.title, path: routes.job(j.id) }),
  );
  const lessonLinks = indexByUnit(
    designs,
    (d) => [...(d.unit ? [d.unit.code] : []), ...d.ncs.units.map((u) => u.code)],
    (d) => ({ label: d.title, path: routes.lesson(d.id) }),
  );
  for (const [code, list] of lessonLinks) {
    const own = routes.lesson(unitLessonId(code));
    list.sort((a, b) => Number(b.path === own) - Number(a.path === own));
  }
  return (code) => ({ jobs: jobLinks.get(code) ?? [], lessons: lessonLinks.get(code) ?? [] });
}

export interface ResolvedCompetence {
  name: string;
  /** Names of the sub-abilities the unit uses. */
  subs: string[];
  source: string;
}

/** The unit's 직업기초능력 by name; references the catalog does not know are left out (the loader reports them). */
export function unitCompetences(catalog: NcsCatalog, unit: Unit): ResolvedCompetence[] {
  return unit.basicCompetences.flatMap((ref) => {
    const c = catalog.basicCompetenceById.get(ref.competence);
    return c ? [{ name: c.name, subs: ref.subs.map((id) => c.subs.find((s) => s.id === id)?.name ?? id), source: c.source }] : [];
  });
}

export interface UnitPage {
  unit: Unit;
  /** The unit's 세분류. */
  duty: ClassNode;
  level: LevelDescriptor | undefined;
  prev: Unit | undefined;
  next: Unit | undefined;
  competences: ResolvedCompetence[];
  /** Every source the page cites, in the order it cites them. */
  sourceIds: string[];
}

export function unitPage(catalog: NcsCatalog, unit: Unit): UnitPage {
  const path = pathOfUnit(catalog, unit.code);
  const level = levelDescriptor(catalog, unit.level);
  const siblings = catalog.unitsByDuty.get(unit.duty) ?? [];
  const at = siblings.indexOf(unit);
  const competences = unitCompetences(catalog, unit);
  return {
    unit,
    duty: path[path.length - 1]!,
    level,
    prev: siblings[at - 1],
    next: siblings[at + 1],
    competences,
    sourceIds: [
      unit.source,
      ...(unit.definition ? [unit.definition.source] : []),
      ...(level ? [level.source] : []),
      ...(unit.ksaOverview ? [unit.ksaOverview.source] : []),
      ...competences.map((c) => c.source),
    ],
  };
}
