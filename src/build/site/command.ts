/**
 * `npm run build` from start to summary: reads the settings, runs the build, and prints one short
 * Korean summary either way. Returns the exit code.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFailure } from './failure.ts';
import { buildSettings, type BuildSettings } from './settings.ts';
import { discardStaging, stagingFor } from './swap.ts';
import { failureSummary, successSummary } from './summary.ts';

export async function runBuild(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): Promise<number> {
  let settings: BuildSettings;
  try {
    settings = buildSettings(env, root);
  } catch (error) {
    const problem = describeFailure(error, root, 'content');
    const out = { root, out: resolve(root, env.SITE_OUT_DIR || 'dist') };
    console.error(`\n${failureSummary(problem, out, existsSync(out.out))}`);
    return 1;
  }
  const hadSite = existsSync(settings.out);
  const staging = stagingFor(settings.out);
  // Ctrl+C mid-build: the half-made folder goes, the last good site stays.
  const interrupted = () => {
    discardStaging(staging);
    console.error('\n빌드를 멈췄어요. 지난번 사이트는 그대로예요.');
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    let step = 0;
    // A school's build sends nothing to Astro's usage statistics.
    process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
    // Loaded once the settings are known to be good: a mistyped SITE_BASE is answered at once.
    const { buildSite } = await import('./build-site.ts');
    const built = await buildSite(settings, ({ label }) => console.log(`[${++step}/4] ${label}`));
    console.log(`\n${successSummary(built)}`);
    return 0;
  } catch (error) {
    const problem = describeFailure(error, settings.root, settings.content);
    console.error(`\n${failureSummary(problem, settings, hadSite)}`);
    return 1;
  } finally {
    process.off('SIGINT', interrupted);
  }
}
