/**
 * What `npm run build` builds, from its environment variables (SITE_BASE, SITE_URL, SITE_OUT_DIR,
 * SITE_CONTENT_DIR). astro.config.mjs reads the same variables through the same two parsers.
 */
import { relative, resolve, sep } from 'node:path';
import { normalizeBase } from '../../lib/base-path.ts';
import { parseSiteUrl } from '../../lib/site-url.ts';
import { badValue } from '../../lib/usage-error.ts';

export interface BuildSettings {
  /** The project folder (astro.config.mjs). */
  root: string;
  /** '/' or '/career/'. */
  base: string;
  /** https://school.example.kr, or undefined: then no canonical links and no sitemap. */
  site: string | undefined;
  /** The output folder, absolute. */
  out: string;
  /** The content folder as given (shown in messages). */
  content: string;
}

export function buildSettings(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): BuildSettings {
  // As src/site-content/site.ts reads it, so the pages and the steps after them read one folder.
  const content = env.SITE_CONTENT_DIR ?? 'content';
  const out = resolve(root, env.SITE_OUT_DIR || 'dist');
  // The output folder is replaced as a whole: never the project, its own folders or one holding them.
  const kept = [content, 'src', 'public', 'scripts', 'test', 'node_modules', '.git'].map((f) => resolve(root, f));
  for (const folder of [root, ...kept]) {
    if (out === folder || isInside(folder, out)) {
      throw badValue(
        'SITE_OUT_DIR',
        env.SITE_OUT_DIR ?? '',
        'dist 처럼 빌드 결과만 담는 폴더 (프로젝트, content, src 같은 폴더나 그 위 폴더는 안 돼요)',
      );
    }
  }
  return { root, base: normalizeBase(env.SITE_BASE), site: parseSiteUrl(env.SITE_URL), out, content };
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel);
}
