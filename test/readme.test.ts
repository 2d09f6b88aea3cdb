/**
 * The README promises two commands on a fresh machine and one line per dependency's role; CI
 * (.ci/run) must run exactly the README's test command. These drift silently when a package or a
 * script is added, so they are checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The commands of the README's first code block, comments dropped. */
function firstCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no sh code block');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** The rows of the table under "## 의존성과 역할". */
function dependencyRows(): string[] {
  const at = readme.indexOf('## 의존성과 역할');
  if (at === -1) throw new Error('README.md has no "## 의존성과 역할"');
  const rest = readme.slice(at);
  const end = rest.indexOf('\n## ', 1);
  return (end === -1 ? rest : rest.slice(0, end)).split('\n').filter((l) => l.startsWith('| `'));
}

describe('README', () => {
  it('starts with the two commands: install and build, then the whole test suite', () => {
    expect(firstCommands()).toEqual(['npm install && npm run build', 'npm test']);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## 차례'));
  });

  it('.ci/run runs exactly the README test command, after the same install', () => {
    const ci = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter((line) => line.startsWith('npm '));
    expect(ci).toEqual(['npm install --no-audit --no-fund', 'npm test']);
  });

  it('names every dependency in package.json once, with its role', () => {
    const rows = dependencyRows();
    const named = rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(declared.filter((name) => !named.includes(name))).toEqual([]);
    expect(named.filter((name) => !declared.includes(name))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
    for (const row of rows) expect(row.split('|')[2]!.trim(), row).not.toBe('');
  });
});
