import { describe, expect, it } from 'vitest';
import { neighbours, tocEntries } from '../../src/lib/page-nav.ts';

describe('tocEntries', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text, text });

  it('keeps h2 and h3 when there are at least three h2', () => {
    const list = [h(1, 't'), h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(2, 'b'), h(2, 'c')];
    expect(tocEntries(list).map((x) => x.text)).toEqual(['a', 'a1', 'b', 'c']);
  });

  it('gives nothing for short pages', () => {
    expect(tocEntries([h(2, 'a'), h(3, 'b'), h(3, 'c'), h(2, 'd')])).toEqual([]);
  });
});

describe('neighbours', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('finds the items before and after', () => {
    expect(neighbours(items, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items, 'a')).toEqual({ prev: undefined, next: { id: 'b' } });
    expect(neighbours(items, 'c')).toEqual({ prev: { id: 'b' }, next: undefined });
  });
  it('gives nothing for an unknown id', () => {
    expect(neighbours(items, 'x')).toEqual({});
  });
});
