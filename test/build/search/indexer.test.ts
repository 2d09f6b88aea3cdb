import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_DATA_FILE } from '../../../src/model/search/site-data.ts';
import { buildSearchIndex, fragmentUrls, type IndexReport } from '../../../src/build/search/indexer.ts';
import { loadIndex } from '../../../src/build/search/evaluation.ts';
import { indexesUnitLessons, UNIT_LESSONS_INDEXED_UP_TO } from '../../../src/model/search/index-policy.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;

let dist: string;
let report: IndexReport;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'indexer-'));
  const pages: Record<string, string> = {
    'index.html': page('처음', '고객서비스 진로를 알아봐요.'),
    'jobs/cs-manager/index.html': page('CS 매니저', '고객만족을 관리해요.'),
    'lessons/job-cs-manager/index.html': page('CS 매니저 진로 수업', '역할극 수업이에요.'),
    'lessons/unit-0201030201_21v3/index.html': page('고객관리 계획 수립 수업', '능력단위 수업이에요.'),
    'search/index.html': page('검색', '검색 페이지'),
  };
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
  report = await buildSearchIndex({
    dist,
    korean: false,
    include: (path) => !path.startsWith('/lessons/unit-'),
    studentPage: (path) => (path.startsWith('/jobs/') ? 'job' : path.startsWith('/lessons/') ? null : 'other'),
    jobNames: ['cs매니저'],
    names: (path) => (path === '/jobs/cs-manager/' ? ['고객관리매니저', 'CSM'] : []),
    facets: (path): Record<string, string[]> => (path.startsWith('/lessons/') ? { 학교급: ['중학교'] } : {}),
  });
}, 60_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the site search index', () => {
  it('indexes content pages the policy includes, and no search page', () => {
    expect(report.pages.map((p) => p.path)).toEqual(['/', '/jobs/cs-manager/', '/lessons/job-cs-manager/']);
    expect(readdirSync(join(dist, 'pagefind', 'fragment'))).toHaveLength(3);
  });

  it('writes the values each filter has, for the chips', () => {
    const data = JSON.parse(readFileSync(join(dist, 'pagefind', SEARCH_DATA_FILE), 'utf8'));
    expect(data.filters).toEqual({ 종류: ['수업 설계', '안내', '직업'], 학교급: ['중학교'] });
  });

  it('lists the students’ pages by Pagefind page id (teachers’ pages are left out) and the job names', async () => {
    const data = JSON.parse(readFileSync(join(dist, 'pagefind', SEARCH_DATA_FILE), 'utf8'));
    const urls = await fragmentUrls(join(dist, 'pagefind', 'fragment'));
    const byUrl = Object.fromEntries(Object.entries(data.studentPages).map(([id, kind]) => [urls.get(id), kind]));
    expect(byUrl).toEqual({ '/': 'other', '/jobs/cs-manager/': 'job' });
    expect(data.jobNames).toEqual(['cs매니저']);
  });
});

describe('which lesson designs are search results of their own', () => {
  it('every unit’s design while the catalog is small; past that, their unit pages stand for them', () => {
    expect(indexesUnitLessons(8)).toBe(true);
    expect(indexesUnitLessons(UNIT_LESSONS_INDEXED_UP_TO)).toBe(true);
    expect(indexesUnitLessons(13_400)).toBe(false);
  });
});

describe('a job’s other names', () => {
  it('find its page like its title does, even where the page does not show them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'indexer-names-'));
    try {
      mkdirSync(join(dir, 'jobs', 'telemarketer'), { recursive: true });
      writeFileSync(join(dir, 'jobs', 'telemarketer', 'index.html'), page('텔레마케터', '전화로 상품을 알려요.'));
      mkdirSync(join(dir, 'guides', 'faq'), { recursive: true });
      writeFileSync(join(dir, 'guides', 'faq', 'index.html'), page('자주 묻는 질문', '텔레마케터는 전화로 일해요.'));
      await buildSearchIndex({ dist: dir, names: (path) => (path === '/jobs/telemarketer/' ? ['TM'] : []) });
      const index = await loadIndex(join(dir, 'pagefind'));
      try {
        const found = await index.pagefind.search('tm');
        expect(await Promise.all((found?.results ?? []).map(async (r) => (await r.data()).url))).toEqual(['/jobs/telemarketer/']);
      } finally {
        index.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
