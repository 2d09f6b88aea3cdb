/**
 * `npm run preview`: serves the built site on this computer under the base path it was built for
 * (recorded in the site folder by the build), so step 5 of the README opens what step 4 made.
 */
import { existsSync } from 'node:fs';
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
  return { base, stop: () => server.stop() };
}
