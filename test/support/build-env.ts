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
