import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { oneBuildAtATime } from './build-lock.ts';

/**
 * The environment for a child `astro build` started from a test: vitest's own variables
 * (BASE_URL, MODE, NODE_ENV=test …) would leak into the build and change its output.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST_')) delete env[key];
  return { ...env, ...extra };
}

/**
 * Runs one step of a site build from a test (a project binary: node, astro) on its own content and
 * output folders, and throws with the step's whole output when it fails.
 */
export function buildStep(
  site: { content: string; dist: string },
  command: string,
  args: string[],
  env: Record<string, string> = {},
): void {
  const step = () =>
    spawnSync(join('node_modules', '.bin', command), args, {
      env: buildEnv({ SITE_CONTENT_DIR: site.content, SITE_OUT_DIR: site.dist, ...env }),
      encoding: 'utf8',
    });
  const run = command === 'astro' ? oneBuildAtATime(step) : step();
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
}
