import { describe, expect, it } from 'vitest';
import { searchSite, toView, type PagefindFragment, type PagefindLike } from '../../../src/model/search/engine.ts';
import { planQuery } from '../../../src/model/search/query.ts';
import { INDEX_ONLY_MARK } from '../../../src/model/search/index-terms.ts';
import type { SearchData } from '../../../src/model/search/site-data.ts';

/**
 * A stand-in for pagefind.js: fixed result lists per query text, recording what was asked. Each
 * page's text has the words of the lists it is in (the engine checks a reading's best page has them).
 */
function fakePagefind(lists: Record<string, string[]>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  const wordsOf = (url: string) => Object.entries(lists).flatMap(([q, urls]) => (urls.includes(url) ? [q] : []));
  const fragment = (url: string): PagefindFragment => ({
    url,
    content: `${url} 제목. 고객관리매니저는 고객을 돕는 사람이에요. ${wordsOf(url).join(' ')} ${INDEX_ONLY_MARK} 관리매니저 매니저`,
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

  it('counts a page once for the best reading of the whole query: two spellings of one query do not vote twice', async () => {
    const pf = fakePagefind({ 고객관리: ['/x/', '/y/'], 고객관리를: ['/y/'] });
    const { hits } = await searchSite(pf, '고객관리를');
    expect(hits.map((h) => h.id)).toEqual(['/x/', '/y/']);
  });

  it('adds up readings of parts of the query: a page with more of the words comes first', async () => {
    // 고객관리 매니저 방법: no page has all three words; /b/ has two of them in two parts.
    const pf = fakePagefind({ '고객관리 매니저': ['/a/', '/b/'], '매니저 방법': ['/b/'], '고객관리 방법': ['/b/'] });
    const { hits } = await searchSite(pf, '고객관리 매니저 방법');
    expect(hits[0]!.id).toBe('/b/');
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

/** A fake whose pages have titles and kinds, and the search data that says which are students' pages. */
function sitePagefind(pages: Record<string, { title: string; kind: string; text: string }>, lists: Record<string, string[]>) {
  return {
    async search(term: string) {
      return {
        results: (lists[term] ?? []).map((url, i) => ({
          id: url,
          score: 10 - i,
          data: async (): Promise<PagefindFragment> => ({
            url,
            content: `${pages[url]!.title}. ${pages[url]!.text}`,
            meta: { title: pages[url]!.title, kind: pages[url]!.kind },
          }),
        })),
      };
    },
  } satisfies PagefindLike;
}

const pages = {
  '/lessons/job-flight-attendant/': { title: '진로 탐구: 항공기 객실승무원', kind: '수업 설계', text: '승무원 수업 지도안' },
  '/paths/cabin/': { title: '승무원·호텔리어에서 CS 강사로', kind: '진로 경로', text: '승무원 경력 강사 ⁂¦⁂ 스튜어디스' },
  '/jobs/flight-attendant/': { title: '항공기 객실승무원', kind: '직업', text: '승무원 하는 일 임금 ⁂¦⁂ 스튜어디스' },
  '/guides/faq/': { title: '자주 묻는 질문', kind: '안내', text: '객실승무원 임금 수업 ⁂¦⁂ 스튜어디스' },
};
const data: SearchData = {
  filters: {},
  studentPages: { '/paths/cabin/': 'path', '/jobs/flight-attendant/': 'job', '/guides/faq/': 'other' },
  jobNames: ['승무원', '객실승무원', '항공기객실승무원'],
};
const order = async (q: string, lists: Record<string, string[]>, filters = {}) =>
  (await searchSite(sitePagefind(pages, lists), q, filters, data)).hits.map((h) => h.id);

describe('searchSite with the site’s search data', () => {
  it('ranks teachers’ pages below students’ pages for a student’s question, and the other way round for a teacher’s', async () => {
    const lists = {
      승무원: ['/lessons/job-flight-attendant/', '/guides/faq/'],
      '승무원 수업': ['/lessons/job-flight-attendant/', '/guides/faq/'],
    };
    expect((await order('승무원', lists))[0]).toBe('/guides/faq/');
    expect((await order('승무원 수업', lists))[0]).toBe('/lessons/job-flight-attendant/');
  });

  it('puts the job page first for 되려면 or only a job’s name, and the career path first for 그만두면', async () => {
    const lists = {
      승무원: ['/paths/cabin/', '/guides/faq/', '/jobs/flight-attendant/'],
      '승무원 경력': ['/paths/cabin/', '/jobs/flight-attendant/'],
    };
    expect((await order('승무원 되려면', lists))[0]).toBe('/jobs/flight-attendant/');
    expect((await order('스튜어디스', { 스튜어디스: lists.승무원 }))[0]).toBe('/jobs/flight-attendant/');
    expect((await order('승무원 그만두면', lists))[0]).toBe('/paths/cabin/');
  });

  it('puts a result whose title has the question’s words above one that only mentions them', async () => {
    const lists = { 객실승무원: ['/guides/faq/', '/jobs/flight-attendant/'] };
    expect(await order('객실승무원', lists)).toEqual(['/jobs/flight-attendant/', '/guides/faq/']);
  });

  it('leaves out a reading whose best page does not have its words (Pagefind’s fallback to a shorter word)', async () => {
    // 비행기: Pagefind answered with a page for 비 …; the page does not have the word.
    const { hits } = await searchSite(sitePagefind(pages, { 비행기: ['/guides/faq/'] }), '비행기', {}, data);
    expect(hits).toEqual([]);
  });

  it('does not take two words run together for the words apart (승무원경력 is not 승무원 and 경력)', async () => {
    // The joined reading's best page has 승무원 and 경력 only apart: Pagefind fell back to 승무원, so
    // that list (with the FAQ in it) is left out.
    const lists = { '승무원 경력': ['/paths/cabin/'], 승무원경력: ['/paths/cabin/', '/guides/faq/'] };
    expect(await order('승무원 경력', lists)).toEqual(['/paths/cabin/']);
  });

  it('says when the question is about a job the site does not cover, but not while a filter is on', async () => {
    const lists = { 간호사: ['/guides/faq/'] };
    expect((await searchSite(sitePagefind(pages, lists), '간호사 되려면', {}, data)).uncovered).toBe(true);
    expect((await searchSite(sitePagefind(pages, lists), '간호사 되려면', { 종류: '안내' }, data)).uncovered).toBe(false);
    expect((await searchSite(sitePagefind(pages, { 승무원: ['/jobs/flight-attendant/'] }), '승무원 되려면', {}, data)).uncovered).toBe(
      false,
    );
  });
});
