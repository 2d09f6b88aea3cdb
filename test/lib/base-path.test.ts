import { describe, expect, it } from 'vitest';
import { normalizeBase, withBase } from '../../src/lib/base-path.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['career', '/career/'],
    ['/career', '/career/'],
    ['/career/', '/career/'],
    ['schools/seoul-a/career', '/schools/seoul-a/career/'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });

  it.each(['/career//x/', '/../etc/', '/진로/', 'a b'])('refuses %s with a message naming SITE_BASE', (raw) => {
    expect(() => normalizeBase(raw)).toThrow(/SITE_BASE/);
  });
});

describe('withBase', () => {
  it('prefixes pages with the base and ends them with a slash', () => {
    expect(withBase('/career/', 'jobs/cs-manager')).toBe('/career/jobs/cs-manager/');
    expect(withBase('/career/', '/jobs/')).toBe('/career/jobs/');
    expect(withBase('/', '')).toBe('/');
    expect(withBase('/career/', '')).toBe('/career/');
  });

  it('leaves files without a trailing slash and keeps queries and fragments', () => {
    expect(withBase('/career/', 'favicon.svg')).toBe('/career/favicon.svg');
    expect(withBase('/', 'search/?q=고객')).toBe('/search/?q=고객');
    expect(withBase('/career/', 'jobs/cs-manager#하는-일')).toBe('/career/jobs/cs-manager/#하는-일');
  });
});
