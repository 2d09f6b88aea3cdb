import { describe, expect, it } from 'vitest';
import { stripEnding } from '../../../src/model/search/particles.ts';

describe('stripEnding', () => {
  it('removes particles and question tails', () => {
    expect(stripEnding('고객관리를')[0]).toBe('고객관리');
    expect(stripEnding('상담원의')[0]).toBe('상담원');
    expect(stripEnding('고객만족도를')[0]).toBe('고객만족도');
    expect(stripEnding('승무원이')[0]).toBe('승무원');
    expect(stripEnding('매니저가되려면')).toEqual(['매니저가', '매니저']);
  });

  it('keeps at least two syllables and leaves plain nouns alone', () => {
    expect(stripEnding('매니저')).toEqual([]);
    expect(stripEnding('회의')).toEqual([]);
    expect(stripEnding('cs')).toEqual([]);
  });
});
