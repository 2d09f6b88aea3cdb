import { describe, expect, it } from 'vitest';
import { figureSchema, sourceSchema } from '../../src/schemas/source.ts';

const blog = {
  id: 'blog-csm-2025',
  title: '고객 서비스 매니저 되는 법과 연봉',
  publisher: '개인 블로그',
  year: 2025,
  date: '2025-01-22',
  kind: 'blog',
};

describe('sourceSchema', () => {
  it('accepts a dated blog post', () => {
    expect(sourceSchema.parse(blog)).toEqual(blog);
  });

  it('takes an unknown year or publisher as null instead of a guess', () => {
    const parsed = sourceSchema.parse({ ...blog, year: null, publisher: null, date: undefined });
    expect(parsed.year).toBeNull();
    expect(parsed.publisher).toBeNull();
  });

  it('needs the year key even when the year is unknown', () => {
    const { year: _year, ...noYear } = blog;
    expect(sourceSchema.safeParse(noYear).error!.issues[0]!.path).toEqual(['year']);
  });

  it('refuses a date that is not a calendar date and an unknown kind', () => {
    expect(sourceSchema.safeParse({ ...blog, date: '2025-13-01' }).error!.issues[0]!.path).toEqual(['date']);
    expect(sourceSchema.safeParse({ ...blog, kind: 'rumour' }).error!.issues[0]!.path).toEqual(['kind']);
  });

  it('keeps ids to lower-case letters, digits and hyphens', () => {
    expect(sourceSchema.safeParse({ ...blog, id: 'Blog 2025' }).error!.issues[0]!.message).toContain('영문 소문자');
  });
});

describe('figureSchema', () => {
  it('needs a year: a figure without one cannot be shown', () => {
    expect(figureSchema.safeParse({ label: '연봉', value: '1원', year: null, source: 'x' }).success).toBe(false);
  });
});
