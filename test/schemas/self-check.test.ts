import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { selfCheckStatementSchema } from '../../src/schemas/self-check.ts';

describe('selfCheckStatementSchema', () => {
  const valid = { id: 'people', order: 1, text: '사람들과 어울리는 게 즐거워요.', competences: ['empathy'], jobs: ['cs-manager'] };

  it('accepts a statement and defaults fromSeed to false', () => {
    expect(selfCheckStatementSchema.parse(valid).fromSeed).toBe(false);
  });

  it('needs at least one competence and one job, both from the known lists', () => {
    expect(selfCheckStatementSchema.safeParse({ ...valid, jobs: [] }).error!.issues[0]!.path).toEqual(['jobs']);
    expect(selfCheckStatementSchema.safeParse({ ...valid, competences: ['singing'] }).error!.issues[0]!.path).toEqual(['competences', 0]);
  });
});

describe('content/self-check/statements.yaml', () => {
  const data = parse(readFileSync('content/self-check/statements.yaml', 'utf8')) as unknown[];
  const statements = data.map((d) => selfCheckStatementSchema.parse(d));

  it('holds 10 to 12 statements with unique ids and orders, three of them from the seed lesson', () => {
    expect(statements.length).toBeGreaterThanOrEqual(10);
    expect(statements.length).toBeLessThanOrEqual(12);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.map((s) => s.order)).size).toBe(statements.length);
    expect(statements.filter((s) => s.fromSeed)).toHaveLength(3);
  });

  it('points to every one of the nine jobs at least once', () => {
    const jobs = new Set(statements.flatMap((s) => s.jobs));
    expect(jobs.size).toBe(9);
  });
});
