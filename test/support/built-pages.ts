import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
