import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuerySet, matchesExpected, score, type QueryCase } from '../../../src/build/search/evaluation.ts';

const covered = (expect: string[]): QueryCase => ({ q: 'x', expect, covered: true, kind: 'plain', who: 'student' });

describe('scoring one query', () => {
  it('counts recall@1 as the first result being one of the expected pages, recall@5 as the share found, MRR from the first found', () => {
    const r = score(covered(['/a/', '/b/']), ['/b/', '/x/', '/y/', '/z/', '/w/', '/a/']);
    expect(r).toMatchObject({ recallAt1: 1, recall: 0.5, reciprocalRank: 1 });
    expect(score(covered(['/a/']), ['/x/', '/a/'])).toMatchObject({ recallAt1: 0, recall: 1, reciprocalRank: 0.5 });
  });

  it('matches /folder/* to any page under the folder, not the folder itself', () => {
    expect(matchesExpected('/lessons/*', '/lessons/job-x/')).toBe(true);
    expect(matchesExpected('/lessons/*', '/lessons/')).toBe(false);
    expect(score(covered(['/lessons/*']), ['/lessons/', '/lessons/a/']).reciprocalRank).toBe(0.5);
  });

  it('scores a query the site does not cover by whether the search said so', () => {
    const c: QueryCase = { q: '간호사', covered: false, kind: 'uncovered', who: 'student' };
    expect(score(c, ['/a/'], true)).toMatchObject({ recallAt1: 1, recall: 1, reciprocalRank: 1 });
    expect(score(c, ['/a/'], false)).toMatchObject({ recallAt1: 0, recall: 0, reciprocalRank: 0 });
  });
});

describe('reading a query set', () => {
  const write = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'queries-'));
    writeFileSync(join(dir, 'q.yaml'), yaml);
    return { file: join(dir, 'q.yaml'), done: () => rmSync(dir, { recursive: true, force: true }) };
  };

  it('reads both sets in the repository', async () => {
    expect((await loadQuerySet('test/search/queries.yaml')).length).toBeGreaterThanOrEqual(100);
    const blind = await loadQuerySet('test/search/blind.yaml');
    expect(blind.length).toBeGreaterThanOrEqual(60);
    expect(blind.filter((c) => !c.covered).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a covered query without expected pages and a not-covered one with them', async () => {
    for (const bad of [
      'queries:\n  - { q: a, kind: plain }\n',
      'queries:\n  - { q: a, covered: false, expect: [/a/], kind: uncovered }\n',
    ]) {
      const f = write(bad);
      try {
        await expect(loadQuerySet(f.file)).rejects.toThrow(/expect/);
      } finally {
        f.done();
      }
    }
  });
});
