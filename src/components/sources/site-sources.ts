import { getSourceRegistry, siteContentRoot } from '../../model/sources/load.ts';
import type { SourceRegistry } from '../../model/sources/registry.ts';

/** The source registry of the content being built (read once per build). */
export function siteSources(): SourceRegistry {
  return getSourceRegistry(siteContentRoot());
}
