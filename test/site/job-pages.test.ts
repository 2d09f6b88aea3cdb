import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';
import { siteModel } from '../../src/site-content/site.ts';

/** The text a reader sees: no scripts, styles or tags. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

const root = siteVariants[0];
const jobPages = builtPages(siteDir(root), root.base).filter((p) => /^\/jobs\/[^/]+\/$/.test(p.path));
// Words a student does not use (issue 13); a page that needs them is for admins, not students.
const developerWords = [
  'JSON',
  '스크립트',
  '프로젝트 조사',
  'Open API',
  '사본',
  '연수 자료 질문',
  '발행처 미상',
  '가져오면 채워져요',
  '가져오지 않았어요',
];

/** A job page's frontmatter, as the site model read it. */
const jobData = (path: string) => siteModel('content').jobs.find((j) => `/jobs/${j.id}/` === path)!.data;

/** The names a job's pay may be searched by: its portal names, its 직업사전 record, or the nearest record. */
function jobNames(path: string): string[] {
  const d = jobData(path);
  return [d.payNames?.work24, d.payNames?.careerNet, d.officialName, ...d.nearestRecords.map((r) => r.name)].filter(
    (n): n is string => !!n,
  );
}

/** The HTML of a job page's part from one h2 to the next. */
const part = (html: string, heading: string) => {
  const from = html.search(new RegExp(`<h2[^>]*>${heading}</h2>`));
  const to = html.indexOf('<h2', from + 1);
  return from < 0 ? '' : html.slice(from, to < 0 ? undefined : to);
};

describe('job pages for students', () => {
  it('there are job pages to check', () => {
    expect(jobPages.length).toBeGreaterThanOrEqual(9);
  });

  for (const page of jobPages) {
    const html = readFileSync(page.file, 'utf8');
    const text = visibleText(html);
    const sourcesAt = html.indexOf('<section class="job-sources"');

    it(`${page.path}: never a bare "공식 자료 없음"`, () => {
      expect(text).not.toContain('공식 자료 없음');
    });

    it(`${page.path}: codes wait in "자료와 출처" at the end, with the 직업사전 survey years`, () => {
      expect(sourcesAt).toBeGreaterThan(0);
      expect(visibleText(html.slice(0, sourcesAt))).not.toMatch(/K\d{9}|KECO|KSCO/);
      const sources = html.slice(sourcesAt);
      expect(sources).toMatch(/<h2 id="sources"[^>]*>자료와 출처<\/h2>/);
      expect(sources).toMatch(/K\d{9}/);
      // Every 정규교육 and 숙련기간 shown there carries the year its record was surveyed.
      if (jobData(page.path).dictionaryCode) expect(visibleText(sources)).toMatch(/조사 연도.*\d{4}년/);
      expect(sources).toContain('href="https://www.work24.go.kr/"');
    });

    it(`${page.path}: links its pay to 고용24 and 커리어넷, searched with the job's name`, () => {
      const pay = part(html, '임금과 전망');
      const names = jobNames(page.path).map((n) => encodeURIComponent(n));
      const work24 = [
        ...pay.matchAll(/href="https:\/\/www\.work24\.go\.kr\/cm\/f\/c\/0100\/selectUnifySearch\.do\?[^"]*topQueryData=([^"&]+)"/g),
      ];
      const careerNet = [...pay.matchAll(/href="https:\/\/www\.career\.go\.kr\/cloud\/w\/search\/intro\?text=([^"&]+)"/g)];
      expect(work24.map((m) => m[1])).toHaveLength(1);
      expect(careerNet.map((m) => m[1])).toHaveLength(1);
      expect(names).toContain(work24[0]![1]);
      expect(names).toContain(careerNet[0]![1]);
      // And says in a line what the student will find there.
      expect(visibleText(pay)).toMatch(/임금/);
    });

    it(`${page.path}: every heading says something`, () => {
      const empty = [...html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)].filter((m) => visibleText(m[2]!).trim() === '');
      expect(empty.map((m) => m[0])).toEqual([]);
    });

    it(`${page.path}: no developer words`, () => {
      for (const word of developerWords) expect(text, word).not.toContain(word);
    });
  }

  it('certificates link their issuer; a job with a national certificate links Q-Net, a job with NCS units the NCS search', () => {
    const html = readFileSync(jobPages.find((p) => p.path === '/jobs/telemarketer/')!.file, 'utf8');
    expect(part(html, '되는 길')).toMatch(/<a href="https:\/\/www\.q-net\.or\.kr\/"[^>]*>시행: 한국산업인력공단<\/a>/);
    expect(html).toContain('href="https://www.q-net.or.kr/"');
    expect(html).toContain('텔레마케팅관리사 시험 일정');
    const manager = readFileSync(jobPages.find((p) => p.path === '/jobs/cs-manager/')!.file, 'utf8');
    expect(part(manager, '되는 길')).toContain('href="https://www.kie.or.kr/"');
    expect(part(manager, '되는 길')).toContain('href="https://license.kpc.or.kr/"');
    expect(manager).toContain('href="https://www.ncs.go.kr/unity/th03/ncsSearchMain.do"');
    expect(visibleText(manager)).toContain('세분류 이름 "고객관리"나 코드 02010302를');
  });

  it("a job the dictionary lacks searches its pay by the nearest record, says so, and links that record's page here", () => {
    const html = readFileSync(jobPages.find((p) => p.path === '/jobs/customer-service-manager/')!.file, 'utf8');
    expect(visibleText(part(html, '임금과 전망'))).toContain('가장 가까운 "고객상담업무관리자"로 찾아요');
    expect(html.slice(html.indexOf('<section class="job-sources"'))).toContain('href="/jobs/call-center-manager/"');
  });

  it('each figure shows its year and links its source in "자료와 출처"', () => {
    const html = readFileSync(jobPages.find((p) => p.path === '/jobs/telemarketer/')!.file, 'utf8');
    const pay = part(html, '임금과 전망');
    expect(visibleText(pay)).toContain('약 45,000명 (2015년)');
    for (const m of pay.matchAll(/href="#(source-[a-z0-9-]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
    expect(pay).toContain('href="#source-keis-manpower-2016"');
  });
});

describe('canonical links and the sitemap', () => {
  it('without SITE_URL no page has a canonical link or a sitemap, and none names localhost', () => {
    const pages = builtPages(siteDir(root), root.base);
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      expect(html, p.path).not.toContain('rel="canonical"');
      expect(html, p.path).not.toContain('localhost');
    }
    expect(() => readFileSync(`${siteDir(root)}/sitemap-index.xml`)).toThrow();
  });

  it('with SITE_URL every page has a canonical link to the school address under the base', () => {
    const sub = siteVariants[1];
    for (const p of builtPages(siteDir(sub), sub.base)) {
      if (p.path.endsWith('404.html')) continue;
      const html = readFileSync(p.file, 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, p.path).toBe(`https://school.example.kr${p.path}`);
    }
  });
});

describe('career path pages', () => {
  const pathPages = builtPages(siteDir(root), root.base).filter((p) => /^\/paths\/[^/]+\/$/.test(p.path));

  it('say "정해진 기간 없음" at most once, not on every step', () => {
    expect(pathPages.length).toBeGreaterThanOrEqual(4);
    let saidSomewhere = false;
    for (const p of pathPages) {
      const text = visibleText(readFileSync(p.file, 'utf8'));
      const count = text.split('정해진 기간 없음').length - 1;
      expect(count, p.path).toBeLessThanOrEqual(1);
      expect(text, p.path).not.toContain('공식적으로 정해진 기간은 없어요');
      if (count === 1) saidSomewhere = true;
    }
    expect(saidSomewhere).toBe(true);
  });
});
