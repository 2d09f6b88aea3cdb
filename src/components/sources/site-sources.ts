import type { SourceRegistry } from '../../model/sources/registry.ts';
import { siteModel } from '../../site-content/site.ts';

/** The source registry of the content being built (part of the site model, read once per build). */
export function siteSources(): SourceRegistry {
  return siteModel().sources;
}
