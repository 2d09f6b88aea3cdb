/**
 * Build-time data for the NCS pages: the catalog (one load per build, shared with the lesson
 * generator through the same loader) and the reverse links a unit page shows, built once as Maps
 * so that each of up to 13,400 unit pages does constant work.
 */
import { defaultNcsDir, getNcsCatalog, pathOfNode, type ClassNode, type NcsCatalog } from '../../model/ncs/index.ts';
import type { Crumb } from '../../lib/page-nav.ts';
import { ncsDuty } from '../../ui/ncs.ts';

export function siteNcsCatalog(): NcsCatalog {
  return getNcsCatalog(defaultNcsDir());
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
    { label: ncsDuty.crumbRoot, path: 'ncs/' },
    ...path.map((n): Crumb => (n.depth === 'duty' ? { label: nodeLabel(n), path: `ncs/${n.code}/` } : { label: nodeLabel(n) })),
  ];
}
