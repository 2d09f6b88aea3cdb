/**
 * The unit project reuses modules between test files (isolate: false), which is only safe for files
 * that replace no module: a file that does must be listed in vitest.config.ts's MOCKING, where it
 * runs with modules of its own. A mock in another file would leak into whatever runs next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('every test file that replaces modules runs with modules of its own', () => {
  const config = readFileSync('vitest.config.ts', 'utf8');
  const listed = [...(/const MOCKING = \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const mocking = readdirSync('test', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('test', f))
    .filter((f) => /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|stubEnv|stubGlobal|hoisted)\(/.test(readFileSync(f, 'utf8')))
    .filter((f) => !f.startsWith(join('test', 'browser')) && !f.startsWith(join('test', 'site')));
  expect(mocking.sort()).toEqual(listed.sort());
});
