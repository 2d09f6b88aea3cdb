import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/model/ncs/errors.ts';
import { loadSite } from '../../src/site-content/load-site.ts';
import { siteModel } from '../../src/site-content/site.ts';

const FIXTURE = 'test/fixtures/site';

describe('loadSite on the test site', () => {
  it('returns every part of the content as one value, pages in the site order', () => {
    const site = loadSite(FIXTURE);
    expect(site.jobs.map((j) => j.id)).toEqual(['example-agent', 'example-lead']);
    expect(site.jobs[0]!.headings.slice(0, 3)).toEqual(['하는 일', '잘 맞는 사람', '되는 길']);
    expect(site.guides.map((g) => g.id)).toEqual(['example-guide']);
    expect(site.paths.map((p) => p.id)).toEqual(['example-path']);
    expect(site.selfCheck.map((s) => s.id)).toEqual(['people', 'numbers']);
    expect(site.certificates.map((c) => c.name)).toEqual(['예시 자격']);
    expect([...site.ncs.units.keys()]).toEqual(['9101010101_21v1', '9101010102_21v2']);
    expect(site.sources.get('example-official')?.title).toBe('예시 공식 자료');
    expect(site.lessons.defaults.school).toMatch(/^(middle|high)$/);
  });

  it('is read once per content folder in a build process', () => {
    expect(siteModel(FIXTURE)).toBe(siteModel(FIXTURE));
  });
});

describe('loadSite on broken content', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-site-'));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    if (!before.includes(from)) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
    writeFileSync(path, before.replace(from, to));
  };
  const failure = (): DataError => {
    try {
      loadSite(dir);
    } catch (e) {
      if (e instanceof DataError) return e;
      throw e;
    }
    throw new Error('expected loadSite to throw');
  };

  it('names the file, line, record and field of a job naming a unit the NCS data does not have', () => {
    edit('jobs/example-agent.mdx', '  - 9101010101_21v1\n', '  - 9101010109_21v1\n');
    const e = failure();
    expect(e.file).toBe(join(dir, 'jobs/example-agent.mdx'));
    expect({ record: e.record, field: e.field, line: e.line }).toEqual({ record: 'example-agent', field: 'ncsUnits[0]', line: 15 });
    expect(e.problem).toContain('9101010109_21v1');
  });

  it('finds related jobs, certificates, path steps and self-check statements that name no page, all at once', () => {
    edit('jobs/example-lead.mdx', '  - example-agent\n', '  - example-nobody\n');
    edit('jobs/example-agent.mdx', '  - 예시 자격\n', '  - 없는 자격\n');
    edit('paths/example-path.mdx', 'jobs: [example-lead]', 'jobs: [example-ghost]');
    edit('self-check/statements.yaml', 'jobs: [example-lead]', 'jobs: [example-phantom]');
    const all = failure().all.map((e) => `${e.file.slice(dir.length + 1)}:${e.line} ${e.record} ${e.field}`);
    expect(all).toEqual([
      'jobs/example-agent.mdx:13 example-agent certificates[0]',
      'jobs/example-lead.mdx:16 example-lead relatedJobs[0]',
      'paths/example-path.mdx:11 example-path steps[1].jobs[0]',
      'self-check/statements.yaml:10 numbers jobs[0]',
    ]);
  });

  it('names the line of a certificate whose source is not in the registry', () => {
    edit('certificates.yaml', 'source: example-official', 'source: example-nowhere');
    const all = failure().all.map((e) => `${e.file.slice(dir.length + 1)}:${e.line} ${e.record} ${e.field} ${e.problem}`);
    expect(all).toEqual(['certificates.yaml:5 예시 자격 source 출처 "example-nowhere"가 출처 목록(content/sources.yaml)에 없어요']);
  });

  it('reports a schema problem in frontmatter with its line in the .mdx file', () => {
    edit('guides/example-guide.mdx', 'order: 1\n', 'order: 첫째\n');
    const e = failure();
    expect([e.file, e.line, e.record, e.field]).toEqual([join(dir, 'guides/example-guide.mdx'), 4, 'example-guide', 'order']);
  });

  it('reports malformed frontmatter YAML with its line, and a page without frontmatter', () => {
    edit('paths/example-path.mdx', 'summary: 시험에 쓰는 예시 경로예요.\n', 'summary: [닫히지 않은 목록\n');
    expect(failure().message).toMatch(/example-path\.mdx:\d+: YAML 문법 오류/);
    writeFileSync(join(dir, 'paths/example-path.mdx'), '## 제목만 있어요\n');
    expect(failure().message).toContain('example-path.mdx:1: 맨 위에 --- 로 감싼 frontmatter가 없어요');
  });
});
