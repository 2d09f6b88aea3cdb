/**
 * The address the site is served from, with its base and a final "/" (https://school.example.kr/career/):
 * what printed designs put before a page's route, with a QR code. In a build it is SITE_URL and the
 * base; in the browser, the page's own origin and base; without SITE_URL it is not known, and the
 * designs say where the rest of the address comes from instead of guessing a host.
 * Plain TypeScript: the build, the command line and the browser use it alike.
 */
import { normalizeBase } from './base-path.ts';

/**
 * `origin` (https://school.example.kr) under `base` ("/career/"), or null without an http(s) origin
 * (a page opened from a file has the origin "null").
 */
export function siteAddress(origin: string | null | undefined, base: string): string | null {
  const o = (origin ?? '').trim().replace(/\/+$/, '');
  return /^https?:\/\/[^/]+$/.test(o) ? `${o}${normalizeBase(base)}` : null;
}

/**
 * A site address typed on the command line (--address): an http(s) address, its path the base.
 * null when it is not one; `https://school.example.kr/career` becomes `https://school.example.kr/career/`.
 */
export function parseSiteAddress(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) return null;
  return siteAddress(url.origin, url.pathname);
}
