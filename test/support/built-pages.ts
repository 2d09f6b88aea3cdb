import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageKind } from './page-kinds.ts';

/** Every HTML file of a built site, as the URL path (under `base`) a browser would ask for. */
export function builtPages(dir: string, base: string): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        out.push({ file: full, path: `${base}${path}` });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** A built page with its kind (test/support/page-kinds.ts) and its size in bytes. */
export interface KindedPage {
  file: string;
  path: string;
  kind: string | undefined;
  bytes: number;
}

export function kindedPages(dir: string, base: string): KindedPage[] {
  return builtPages(dir, base).map((p) => ({ ...p, kind: pageKind(p.path.slice(base.length)), bytes: statSync(p.file).size }));
}

/** The largest page of each kind (the most text and components), which browser checks that cost seconds a page use for its kind. */
export function largestOfEachKind<P extends KindedPage>(pages: readonly P[]): P[] {
  const largest = new Map<string | undefined, P>();
  for (const p of pages) if (p.bytes > (largest.get(p.kind)?.bytes ?? -1)) largest.set(p.kind, p);
  return [...largest.values()];
}
