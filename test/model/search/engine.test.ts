import { describe, expect, it } from 'vitest';
import { searchSite, toView, type PagefindFragment, type PagefindLike } from '../../../src/model/search/engine.ts';
import { planQuery } from '../../../src/model/search/query.ts';
import { INDEX_ONLY_MARK } from '../../../src/model/search/index-terms.ts';

/** A stand-in for pagefind.js: fixed result lists per query text, recording what was asked. */
function fakePagefind(lists: Record<string, string[]>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  const fragment = (url: string): PagefindFragment => ({
    url,
    content: `${url} 제목. 고객관리매니저는 고객을 돕는 사람이에요. ${INDEX_ONLY_MARK} 관리매니저 매니저`,
    meta: { title: `${url} 제목`, kind: '직업', audience: '학생' },
  });
  return {
    asked,
    async search(term) {
      asked.push(term);
      return { results: (lists[term] ?? []).map((url, i) => ({ id: url, score: 10 - i, data: async () => fragment(url) })) };
    },
  };
}

describe('searchSite', () => {
  it('asks Pagefind for every reading and ranks pages found by several readings first', async () => {
    const pf = fakePagefind({
      고객관리: ['/a/', '/b/'],
      고객관리를: ['/c/'],
    });
    const { hits } = await searchSite(pf, '고객관리를');
    expect(pf.asked).toEqual(planQuery('고객관리를').candidates.map((c) => c.text));
    expect(hits.map((h) => h.id)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('lets a page found by the bare noun and the typed word beat one found once', async () => {
    const pf = fakePagefind({ 고객관리: ['/x/', '/y/'], 고객관리를: ['/y/'] });
    const { hits } = await searchSite(pf, '고객관리를');
    expect(hits[0]!.id).toBe('/y/');
  });

  it('passes filters to every reading and copes with a search Pagefind dropped', async () => {
    const seen: unknown[] = [];
    const pf: PagefindLike = {
      async search(_term, options) {
        seen.push(options?.filters);
        return null;
      },
    };
    const { hits } = await searchSite(pf, '매니저 연봉', { 종류: '직업' });
    expect(hits).toEqual([]);
    expect(seen.every((f) => JSON.stringify(f) === JSON.stringify({ 종류: '직업' }))).toBe(true);
  });
});

describe('toView', () => {
  it('shows the title, kind and an excerpt of the visible text only, without repeating the title', () => {
    const view = toView(
      {
        url: '/jobs/x/',
        content: `CS 매니저. 고객관리매니저는 서비스를 살펴요. ${INDEX_ONLY_MARK} 관리매니저 매니저`,
        meta: { title: 'CS 매니저', kind: '직업', audience: '학생' },
      },
      planQuery('매니저'),
    );
    expect(view.title).toBe('CS 매니저');
    expect(view.kind).toBe('직업');
    const text = view.excerpt.map((p) => p.text).join('');
    expect(text).toBe('고객관리매니저는 서비스를 살펴요.');
    expect(view.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(['매니저']);
  });
});
