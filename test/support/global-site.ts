import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './build-env.ts';
import { serveSite } from './static-server.ts';
import { siteDir, siteVariants, testDistRoot } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigins: Record<string, string>;
  }
}

function run(command: string, args: string[], env: Record<string, string>, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', command), args, { env: buildEnv(env), stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))));
  });
}

/** `npm run build` itself, into the test folder: the same steps, the same swap, the same server files. */
async function buildSite(base: string, outDir: string, siteUrl: string): Promise<void> {
  await run(
    'node',
    ['scripts/build.ts'],
    { SITE_BASE: base, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: `${outDir}-cache`, SITE_URL: siteUrl },
    `npm run build (base ${base})`,
  );
}

/** Builds the site at / and under /career/, serves both, and hands their origins to the tests. */
export default async function setup(project: TestProject) {
  // SKIP_SITE_BUILD=1 reuses the last builds while iterating on tests.
  const reuse = process.env.SKIP_SITE_BUILD === '1' && siteVariants.every((v) => existsSync(join(siteDir(v), 'index.html')));
  if (!reuse) {
    await rm(testDistRoot, { recursive: true, force: true });
    // Side by side: each build keeps one core busy at most, and they share no folder.
    await Promise.all(siteVariants.map((v) => buildSite(v.base, siteDir(v), v.siteUrl)));
  }
  const servers = await Promise.all(siteVariants.map((v) => serveSite(siteDir(v), v.base)));
  project.provide('siteOrigins', Object.fromEntries(siteVariants.map((v, i) => [v.name, servers[i]!.origin])));
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
