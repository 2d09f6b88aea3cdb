import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../../src/build/site/failure.ts';
import { failureSummary, successSummary } from '../../../src/build/site/summary.ts';
import { SwapError } from '../../../src/build/site/swap.ts';
import { badValue } from '../../../src/lib/usage-error.ts';
import { DataError } from '../../../src/model/ncs/errors.ts';

const root = '/project';
const settings = { root, out: '/project/dist' };

describe('the Korean summary at the end of a build', () => {
  it('says what was built, where it goes, and whether there is a sitemap', () => {
    const text = successSummary({
      settings: { root, base: '/career/', site: 'https://school.example.kr', out: '/project/dist', content: 'content' },
      pages: 84,
      designs: 34,
      searchPages: 81,
      seconds: 12.34,
      serverFiles: { apache: '/project/dist/.htaccess', iis: '/project/dist/web.config', nginx: '/project/dist.nginx.conf' },
    });
    expect(text).toContain('사이트를 만들었어요 (12.3초): dist/');
    expect(text).toContain('쪽 84개, 수업 설계서 34개, 검색 색인 81쪽');
    expect(text).toContain('하위 경로: /career/');
    expect(text).toContain('사이트맵: 켬 (https://school.example.kr/career/sitemap-index.xml)');
    expect(text).toContain('dist/.htaccess (Apache), dist/web.config (IIS), dist.nginx.conf (nginx');
    expect(text).toContain('http://localhost:4321/career/');
  });

  it('names the file and line of bad content, relative to the project, and what to run', () => {
    const error = new DataError({ file: '/project/content/certificates.yaml', line: 5, problem: 'YAML 문법 오류: …' }, [
      new DataError({ file: '/project/content/x.yaml', problem: '…' }),
    ]);
    const text = failureSummary(describeFailure(error, root, 'content'), settings, true);
    expect(text).toContain('dist/는 지난번 사이트 그대로예요');
    expect(text).toContain('어디: content/certificates.yaml:5');
    expect(text).toContain('그 밖에 1건');
    expect(text).toContain('npm run check:content');
  });

  it('an MDX error from the bundler, in Korean', () => {
    const mdx = Object.assign(new Error('102:1: Expected a closing tag for `<JobFigures>` (102:1) (mdx-jsx:unexpected-character)'), {
      name: 'MDXError',
      loc: { file: '/project/content/jobs/a.mdx', line: 102, column: 1 },
    });
    const problem = describeFailure(Object.assign(new Error('Build failed with 1 error'), { errors: [mdx] }), root, 'content');
    expect(problem.where).toBe('content/jobs/a.mdx:102');
    expect(problem.what).toMatch(/^MDX 문법 오류: <JobFigures> 태그가 닫히지 않았어요/);
    expect(problem.kind).toBe('content');
  });

  it('a bad setting changes nothing and says which variable; a held folder says what to close', () => {
    const setting = failureSummary(describeFailure(badValue('SITE_BASE', 'a b', '…'), root, 'content'), settings, true);
    expect(setting).toContain('아무 파일도 바꾸지 않았어요');
    expect(setting).not.toContain('개발자');
    const held = failureSummary(describeFailure(new SwapError('dist 폴더를 바꾸지 못했어요'), root, 'content'), settings, true);
    expect(held).toContain('dist/는 지난번 사이트 그대로예요');
    expect(held).toContain('프로그램을 닫거나');
  });

  it('an unexpected error keeps its stack for whoever reports it', () => {
    const text = failureSummary(describeFailure(new TypeError('x is undefined'), root, 'content'), settings, false);
    expect(text).toContain('dist/는 만들지 않았어요');
    expect(text).toContain('개발자에게 알려 주세요');
    expect(text).toContain('TypeError: x is undefined');
  });
});
