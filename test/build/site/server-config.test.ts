import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apacheHtaccess, iisWebConfig, nginxSnippet } from '../../../src/build/site/server-config.ts';

/** The code block that follows `<!-- build-writes: name -->` in the README. */
function readmeBlock(name: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const marker = `<!-- build-writes: ${name} -->`;
  const at = readme.indexOf(marker);
  if (at === -1) throw new Error(`README.md has no "${marker}"`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error(`README.md: no code block after "${marker}"`);
  return block[1]!;
}

describe('the server settings the build writes', () => {
  it('are what the README shows for /career/', () => {
    expect(readmeBlock('apache')).toBe(apacheHtaccess('/career/'));
    expect(readmeBlock('nginx')).toBe(nginxSnippet('/career/'));
    expect(readmeBlock('iis')).toBe(iisWebConfig('/career/'));
  });

  it('Apache: only what AllowOverride FileInfo permits (no DirectoryIndex, which needs Indexes)', () => {
    for (const base of ['/', '/career/', '/a/b/']) {
      const directives = apacheHtaccess(base)
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => l.split(' ')[0]);
      expect(new Set(directives)).toEqual(new Set(['ErrorDocument', 'AddType']));
      expect(apacheHtaccess(base)).toContain(`ErrorDocument 404 ${base}404.html`);
    }
  });

  it('follow the base path: the site root has no redirect, a subpath redirects its bare name', () => {
    expect(nginxSnippet('/')).toContain('location / {');
    expect(nginxSnippet('/')).toContain('error_page 404 /404.html;');
    expect(nginxSnippet('/')).not.toContain('return 301');
    expect(nginxSnippet('/a/b/')).toContain('location = /a/b {\n    return 301 /a/b/;');
    expect(iisWebConfig('/a/b/')).toContain('path="/a/b/404.html"');
  });
});
