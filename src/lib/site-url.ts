/**
 * The public address of the built site (SITE_URL), used for canonical links and the sitemap.
 * Plain TypeScript: read by astro.config.mjs and tested on its own.
 */
import { UsageError } from './usage-error.ts';

/**
 * '' or unset → undefined: the build then writes no canonical link and no sitemap, because
 * either would point search engines at an address that is not the school's.
 * Otherwise an http(s) origin such as https://school.example.kr (a trailing / is dropped).
 */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`SITE_URL "${raw}"는 주소가 아닙니다. https://school.example.kr 처럼 http:// 나 https:// 로 시작해야 합니다.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`SITE_URL "${raw}"는 http:// 나 https:// 로 시작해야 합니다.`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new UsageError(
      `SITE_URL "${raw}"에는 호스트만 적습니다 (예: https://school.example.kr). 하위 경로(/career/)는 SITE_BASE에 적으세요.`,
    );
  }
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
    throw new UsageError(`SITE_URL "${raw}"는 이 컴퓨터 안의 주소입니다. 학교 누리집의 실제 주소를 적거나, SITE_URL을 비워 두세요.`);
  }
  return url.origin;
}
