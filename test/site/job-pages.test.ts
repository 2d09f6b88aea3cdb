import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

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

describe('job pages for students', () => {
  it('there are job pages to check', () => {
    expect(jobPages.length).toBeGreaterThanOrEqual(9);
  });

  for (const page of jobPages) {
    const html = readFileSync(page.file, 'utf8');
    const text = visibleText(html);
    const box = /<section class="job-facts"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

    it(`${page.path}: at most two "공식 자료 없음" on the whole page`, () => {
      expect(text.split('공식 자료 없음').length - 1).toBeLessThanOrEqual(2);
    });

    it(`${page.path}: the summary box names the official record but keeps codes for the 공식 기록 part`, () => {
      expect(box).not.toBe('');
      expect(box).not.toMatch(/K\d{9}|KECO|KSCO/);
      expect(box).toMatch(/한국직업사전/);
      expect(box).toContain('href="#official-record"');
      expect(html).toMatch(/<h2 id="official-record"[^>]*>공식 기록<\/h2>/);
    });

    it(`${page.path}: links to where the official data lives`, () => {
      const part = html.slice(html.indexOf('id="official-record"'));
      expect(part).toContain('href="https://www.career.go.kr/cloud/w/job/list"');
      expect(part).toMatch(/href="https:\/\/www\.work24\.go\.kr\/cm\/f\/c\/0100\/selectUnifySearch\.do\?[^"]*topQueryData=%[0-9A-F]/);
      expect(part).toContain('href="https://www.work24.go.kr/"');
      expect(part).toMatch(/K\d{9}/);
    });

    it(`${page.path}: no developer words`, () => {
      for (const word of developerWords) expect(text, word).not.toContain(word);
    });
  }

  it('a job with a national certificate links Q-Net, a job with NCS units links the NCS search', () => {
    const html = readFileSync(jobPages.find((p) => p.path === '/jobs/telemarketer/')!.file, 'utf8');
    expect(html).toContain('href="https://www.q-net.or.kr/"');
    expect(html).toContain('텔레마케팅관리사 시험 일정');
    const manager = readFileSync(jobPages.find((p) => p.path === '/jobs/cs-manager/')!.file, 'utf8');
    expect(manager).toContain('href="https://www.ncs.go.kr/unity/th03/ncsSearchMain.do"');
    expect(visibleText(manager)).toContain('세분류 이름 "고객관리"나 코드 02010302를 입력해 보세요');
  });

  it('a job the dictionary lacks names its nearest records once and links their pages on this site', () => {
    const html = readFileSync(jobPages.find((p) => p.path === '/jobs/cs-manager/')!.file, 'utf8');
    const box = /<section class="job-facts"[\s\S]*?<\/section>/.exec(html)![0];
    expect(visibleText(box)).toContain('가장 가까운 공식 기록은 고객서비스교육담당원과 고객상담업무관리자예요.');
    expect(box).toContain('href="/jobs/call-center-manager/"');
    expect(box.match(/class="missing"/g)).toHaveLength(1);
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
