import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';

const work = mkdtempSync(join(tmpdir(), 'cs-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a frontmatter error fails the build and names the file and the field', () => {
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const file = join(content, 'jobs', 'cs-manager.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^keco: .*$/m, "keco: '02-92'"));

  const env = buildEnv({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: join(work, 'dist'), SITE_CACHE_DIR: join(work, 'cache') });
  const run = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { env, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).not.toBe(0);
  expect(output).toContain('cs-manager');
  expect(output).toContain('keco');
}, 120_000);
