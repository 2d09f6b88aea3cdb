/**
 * A build that fails leaves the last good site byte for byte as it was, and ends with a Korean
 * summary naming the file and line. The last good site is a copy of the / test build; each case
 * builds from a copy of content/ with one thing broken (SITE_CONTENT_DIR).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env.ts';
import { oneBuildAtATime } from '../support/build-lock.ts';
import { siteDir, siteVariants, testDistRoot } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'cs-failed-build-'));
// Inside the project, as the test builds: Astro's prerender chunks must resolve the project's packages.
const dist = join(testDistRoot, 'failed-build');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  rmSync(`${dist}.nginx.conf`, { force: true });
});

/** One hash over every file's path and bytes. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  return `${files.length} files, ${hash.digest('hex')}`;
}

/** A copy of content/ with one line of `file` changed; returns the copy and that line's number. */
function brokenContent(c: (typeof cases)[number]): { content: string; line: number } {
  const content = join(work, c.file.replace(/\W/g, '-'));
  cpSync('content', content, { recursive: true });
  const path = join(content, c.file);
  const before = readFileSync(path, 'utf8');
  const at = typeof c.from === 'string' ? before.indexOf(c.from) : (c.from.exec(before)?.index ?? -1);
  expect(at, `${c.file} has no ${String(c.from)}`).toBeGreaterThanOrEqual(0);
  writeFileSync(path, before.replace(c.from, c.to));
  return { content, line: before.slice(0, at).split('\n').length };
}

function build(content: string): { status: number | null; output: string } {
  const env = buildEnv({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: dist, SITE_CACHE_DIR: join(work, `cache-${content.split('/').pop()}`) });
  const run = oneBuildAtATime(() => spawnSync(join('node_modules', '.bin', 'node'), ['scripts/build.ts'], { env, encoding: 'utf8' }));
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

let lastGood = '';
beforeAll(() => {
  cpSync(siteDir(siteVariants[0]), dist, { recursive: true });
  writeFileSync(`${dist}.nginx.conf`, '# the last good build wrote this\n');
  lastGood = hashTree(dist);
});

/** Each case breaks one line (`from` → `to`); the summary must name that file and that line. */
const cases: { name: string; file: string; from: string | RegExp; to: string; says: string }[] = [
  {
    name: 'broken YAML in certificates.yaml',
    file: 'certificates.yaml',
    from: '  - name: 텔레마케팅관리사',
    to: '  - name: [텔레마케팅관리사',
    says: '여는 [ 를 닫는 ] 가 없어요',
  },
  {
    name: 'an unclosed <PayAndOutlook> in a job page',
    file: 'jobs/call-center-manager.mdx',
    from: '<PayAndOutlook />',
    to: '<PayAndOutlook>',
    says: '<PayAndOutlook> 태그가 닫히지 않았어요',
  },
  { name: 'a frontmatter field against its schema', file: 'jobs/cs-manager.mdx', from: /^keco: .*$/m, to: "keco: '02-92'", says: 'keco' },
];

describe('a failed build leaves the last good site as it was', () => {
  for (const c of cases) {
    it(
      c.name,
      () => {
        const { content, line } = brokenContent(c);
        const { status, output } = build(content);
        expect(status, output).toBe(1);
        expect(hashTree(dist)).toBe(lastGood);
        expect(existsSync(`${dist}.building`), 'the half-made site is removed').toBe(false);
        expect(existsSync(`${dist}.previous`)).toBe(false);
        expect(readFileSync(`${dist}.nginx.conf`, 'utf8'), 'the nginx settings beside the site').toBe('# the last good build wrote this\n');
        // The summary is the end of the output: where, what, and what to run.
        const summary = output.slice(output.lastIndexOf('사이트를 만들지 못했어요'));
        expect(summary, output).toContain('지난번 사이트 그대로예요');
        expect(summary).toContain(`${c.file}:${line}\n`);
        expect(summary).toContain(c.says);
        expect(summary).toContain('npm run check:content');
        // Above it only the Korean step lines: no English error line from the bundler.
        const above = output.slice(0, output.lastIndexOf('사이트를 만들지 못했어요')).trim().split('\n');
        for (const l of above) expect(l, output).toMatch(/^\[\d\/4\] /);
      },
      120_000,
    );
  }
});

it('a good build replaces the site, says what it built, and prints no bundler noise', () => {
  const content = join(work, 'good-content');
  cpSync('content', content, { recursive: true });
  writeFileSync(join(dist, 'stale.html'), 'from an older build');
  const { status, output } = build(content);
  expect(status, output).toBe(0);
  expect(existsSync(join(dist, 'stale.html'))).toBe(false);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
  expect(readFileSync(`${dist}.nginx.conf`, 'utf8')).toContain('location / {');
  expect(output).toMatch(/사이트를 만들었어요 \(\d+\.\d초\)/);
  expect(output).toMatch(/쪽 \d+개, 수업 설계서 \d+개/);
  expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  expect(output).not.toMatch(/\[WARN\]/);
}, 120_000);
