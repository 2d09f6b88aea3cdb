import { describe, expect, it } from 'vitest';
import { figureSchema, sourceIdList, sourceSchema, sourcesFileSchema, supportedYears } from '../../src/schemas/source.ts';

const blog = {
  id: 'seed-001',
  kind: 'blog',
  title: '고객 서비스 매니저 되는 법과 연봉',
  publisher: null,
  year: 2025,
  date: '2025-01-22',
};

describe('sourceSchema', () => {
  it('accepts a dated blog post', () => {
    expect(sourceSchema.parse(blog)).toEqual(blog);
  });

  it('needs the year and publisher keys even when they are unknown (null)', () => {
    const { year: _year, ...noYear } = blog;
    expect(sourceSchema.safeParse(noYear).error!.issues[0]!.path).toEqual(['year']);
    const { publisher: _p, ...noPublisher } = blog;
    expect(sourceSchema.safeParse(noPublisher).error!.issues[0]!.path).toEqual(['publisher']);
  });

  it('refuses a date that is not a calendar date, an unknown kind and a misspelt key', () => {
    expect(sourceSchema.safeParse({ ...blog, date: '2025-13-01' }).error!.issues[0]!.path).toEqual(['date']);
    expect(sourceSchema.safeParse({ ...blog, kind: 'research' }).error!.issues[0]!.path).toEqual(['kind']);
    expect(sourceSchema.safeParse({ ...blog, dataYear: [2024] }).error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('keeps ids to lower-case letters, digits and hyphens', () => {
    expect(sourceSchema.safeParse({ ...blog, id: 'Blog 2025' }).error!.issues[0]!.message).toContain('영문 소문자');
  });

  it('needs at least one source in a file', () => {
    expect(sourcesFileSchema.safeParse({ sources: [] }).success).toBe(false);
  });
});

describe('supportedYears', () => {
  it('gives the data years a source states', () => {
    expect(supportedYears(sourceSchema.parse({ ...blog, kind: 'official', dataYears: [2015, 2025] }))).toEqual([2015, 2025]);
  });

  it('does not take the year of publication as the year of the figures', () => {
    expect(supportedYears(sourceSchema.parse(blog))).toEqual([]);
  });
});

describe('figureSchema', () => {
  it('takes a figure whose source gives no year as year null', () => {
    expect(figureSchema.parse({ label: '비중', value: '80% 이상', year: null, source: 'seed-000' }).year).toBeNull();
  });

  it('needs the year key: leaving it out is a mistake, not "unknown"', () => {
    expect(figureSchema.safeParse({ label: '연봉', value: '1원', source: 'x' }).error!.issues[0]!.path).toEqual(['year']);
  });
});

describe('sourceIdList', () => {
  it('refuses a repeated id and names where', () => {
    const issue = sourceIdList.safeParse(['a', 'b', 'a']).error!.issues[0]!;
    expect(issue.path).toEqual([2]);
    expect(issue.message).toContain('"a"');
  });
});
