/**
 * README step 5: after `SITE_BASE=/career/ npm run build`, `npm run preview` serves the site under
 * /career/ (the base the build recorded), not at /, and sends addresses without their closing slash
 * on as a web server would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

const subpath = siteVariants.find((v) => v.base === '/career/')!;
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGTERM');
});

it('npm run preview serves the last build under the base it was built for', async () => {
  // SITE_BASE is deliberately left unset: the base comes from the build, not from the shell.
  child = spawn(join('node_modules', '.bin', 'node'), ['scripts/preview.ts', '--port', '0'], {
    env: buildEnv({ SITE_OUT_DIR: siteDir(subpath), SITE_BASE: '' }),
  });
  let output = '';
  const local = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address from npm run preview:\n${output}`)), 60_000);
    const read = (d: Buffer) => {
      output += d.toString();
      // Astro colours its lines (also under CI=true), so the colour codes go before the address is read.
      const url = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child!.stdout!.on('data', read);
    child!.stderr!.on('data', read);
    child!.on('exit', (code) => reject(new Error(`npm run preview exited with ${code}:\n${output}`)));
  });
  expect(new URL(local).pathname).toBe('/career/');
  const home = await fetch(local);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('<html lang="ko"');
  expect((await fetch(new URL('jobs/cs-manager/', local))).status).toBe(200);
  // As nginx and Apache do: the address without its closing slash, and the server's top, lead to the site.
  const redirects: [string, string][] = [
    ['/career', '/career/'],
    ['/career/jobs/cs-manager?from=qr', '/career/jobs/cs-manager/?from=qr'],
    ['/', '/career/'],
  ];
  for (const [asked, to] of redirects) {
    const answer = await fetch(new URL(asked, local), { redirect: 'manual' });
    expect([asked, answer.status, answer.headers.get('location')]).toEqual([asked, 301, to]);
  }
  expect((await fetch(new URL('/career/no-such-page', local), { redirect: 'manual' })).status).toBe(404);
  const missing = await fetch(new URL('no-such-page/', local));
  expect(missing.status).toBe(404);
  expect(await missing.text()).toContain('페이지를 찾을 수 없어요');
}, 90_000);
