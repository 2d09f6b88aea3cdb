import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/guide.ts';

const valid = {
  title: 'CS 분야 한눈에 보기',
  summary: '세 갈래의 CS 일을 알아봐요.',
  order: 1,
  sources: ['seed-002'],
};

describe('guideSchema', () => {
  it('accepts a guide and fills list defaults', () => {
    const g = guideSchema.parse(valid);
    expect(g.figures).toEqual([]);
  });

  it('names a figure whose source is not listed', () => {
    const r = guideSchema.safeParse({ ...valid, figures: [{ label: '연봉', value: '4,000만 원', year: 2025, source: 'blog' }] });
    expect(r.error!.issues[0]!.path).toEqual(['figures', 0, 'source']);
  });

  it('needs at least one source', () => {
    expect(guideSchema.safeParse({ ...valid, sources: [] }).error!.issues[0]!.path).toEqual(['sources']);
  });
});
