import { withBase } from './base-path.ts';

/** A site-internal link under the configured base (import.meta.env.BASE_URL). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
