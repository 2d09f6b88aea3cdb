/**
 * Site base path handling. Plain TypeScript: used by astro.config.mjs, pages and tests.
 */
import { badValue } from './usage-error.ts';

/** Turns '', 'career', '/career', '/career/' into '/career/' ('/' when empty). */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw badValue('SITE_BASE', raw ?? '', '/career/ 처럼 영문자, 숫자, - _ . ~ 와 /로 된 경로 (누리집 맨 위라면 비워 둬요)');
  }
  return `/${trimmed}/`;
}

/**
 * Prefixes a site-internal path with the base. Paths end with '/' (trailingSlash: 'always')
 * unless they name a file (have an extension) or carry a fragment or query only.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const [pathPart = '', suffix = ''] = splitSuffix(path.replace(/^\/+/, ''));
  let p = pathPart;
  if (p !== '' && !p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p)) p += '/';
  return `${b}${p}${suffix}`;
}

function splitSuffix(path: string): [string, string] {
  const i = path.search(/[?#]/);
  return i === -1 ? [path, ''] : [path.slice(0, i), path.slice(i)];
}
