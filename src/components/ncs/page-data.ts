/**
 * Build-time data for the NCS pages: the catalog (one load per build, shared with the lesson
 * generator through the same loader) and the reverse links a unit page shows, built once as Maps
 * so that each of up to 13,400 unit pages does constant work.
 */
import { pathOfNode, type ClassNode, type NcsCatalog } from '../../model/ncs/index.ts';
import { routes } from '../../model/routes.ts';
import { siteModel } from '../../site-content/site.ts';
import type { Crumb } from '../../lib/page-nav.ts';
import type { DutyOf } from '../../model/lesson/index-plan.ts';
import { ncsDuty } from '../../ui/ncs.ts';

export function siteNcsCatalog(): NcsCatalog {
  return siteModel().ncs;
}

export { indexByUnit, type LinkedPage } from '../../model/ncs/reverse-index.ts';

/** The node's name; its code alone when the name is not verified (pages say so once, not per node). */
export function nodeLabel(n: ClassNode): string {
  return n.name ?? n.code;
}

/**
 * Breadcrumbs above a 세분류 page (NCS › 대분류 › 중분류 › 소분류) or, with `withDuty`, above a unit
 * page (… › 세분류, linked). Branches have no pages of their own, so only NCS and the 세분류 link.
 */
export function classificationCrumbs(catalog: NcsCatalog, duty: string, withDuty: boolean): Crumb[] {
  const path = pathOfNode(catalog, duty).filter((n) => withDuty || n.depth !== 'duty');
  return [
    { label: ncsDuty.crumbRoot, path: routes.ncs() },
    ...path.map((n): Crumb => (n.depth === 'duty' ? { label: nodeLabel(n), path: routes.duty(n.code) } : { label: nodeLabel(n) })),
  ];
}

/** The 세분류 of a unit code, for placing lesson designs; undefined when the catalog cannot place the unit. */
export function dutyOfUnit(catalog: NcsCatalog): DutyOf {
  return (code) => {
    const unit = catalog.units.get(code);
    const duty = unit && catalog.nodes.get(unit.duty);
    return duty && { code: duty.code, name: duty.name };
  };
}
