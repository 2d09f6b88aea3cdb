/**
 * `npm run preview`: serves the built site on this computer under the base path it was built for
 * (recorded in the site folder by the build), so step 5 of the README opens what step 4 made.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { preview } from 'astro';
import { normalizeBase } from '../../lib/base-path.ts';
import { readBuildInfo } from './build-info.ts';
import { shownFolder } from './summary.ts';

export interface PreviewRequest {
  root: string;
  out: string;
  port: number;
  host: string | undefined;
}

export async function previewSite(request: PreviewRequest): Promise<{ base: string; stop: () => Promise<void> } | { problem: string }> {
  const folder = shownFolder(request);
  if (!existsSync(request.out)) {
    return { problem: `미리 볼 사이트가 없어요 (${folder}). 먼저 npm run build 를 실행하세요.` };
  }
  const info = readBuildInfo(request.out);
  // A folder built before builds recorded their base: SITE_BASE as set now, or the top.
  const base = info?.base ?? normalizeBase(process.env.SITE_BASE);
  if (!info)
    console.log(`${folder}에 빌드 기록(site-build.json)이 없어 ${base}에서 보여 줘요. npm run build 로 다시 빌드하면 맞는 경로로 보여요.`);
  const server = await preview({
    root: request.root,
    outDir: request.out,
    base,
    logLevel: 'info',
    server: { port: request.port, ...(request.host ? { host: request.host } : {}) },
  });
  // Astro's static preview hands back its http server; older or adapter previews may not.
  const http = (server as { server?: Server }).server;
  if (typeof http?.listeners === 'function') redirectLikeAServer(http, request.out, base);
  return { base, stop: () => server.stop() };
}

/**
 * Where nginx, Apache and IIS send an address without its closing slash (or the server's top, for
 * a site built for a subpath): Astro's preview answers those with an English error page instead.
 */
export function slashRedirect(pathname: string, base: string, out: string): string | null {
  if (pathname === '/' && base !== '/') return base;
  if (pathname.endsWith('/') || /\.[^/]+$/.test(pathname)) return null;
  if (`${pathname}/` === base) return base;
  if (!pathname.startsWith(base)) return null;
  let inside: string;
  try {
    inside = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  if (inside.split('/').includes('..')) return null;
  return existsSync(join(out, inside, 'index.html')) ? `${pathname}/` : null;
}

function redirectLikeAServer(http: Server, out: string, base: string): void {
  const handlers = http.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = slashRedirect(url.pathname, base, out);
    if (target) {
      res.writeHead(301, { Location: target + url.search });
      res.end();
      return;
    }
    for (const handle of handlers) handle.call(http, req, res);
  });
}
