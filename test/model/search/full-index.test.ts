import { describe, expect, it } from 'vitest';
import { linkFromFullIndex, renderFullIndex } from '../../../src/model/search/full-index.ts';
import { classifyPath } from '../../../src/model/search/classify.ts';

const page = (path: string, title: string) => ({ path, title, class: classifyPath(path)! });

describe('renderFullIndex', () => {
  it('groups pages by kind in the filter order, with links relative to search/all/', () => {
    const html = renderFullIndex([
      page('/paths/beyond-cs/', 'CS 경력에서'),
      page('/jobs/cs-manager/', 'CS 매니저 <고객관리>'),
      page('/', '처음'),
    ]);
    expect(html.indexOf('직업')).toBeLessThan(html.indexOf('진로 경로'));
    expect(html.indexOf('진로 경로')).toBeLessThan(html.indexOf('안내'));
    expect(html).toContain('<a href="../../jobs/cs-manager/">CS 매니저 &lt;고객관리&gt;</a>');
    expect(html).not.toContain('수업 설계');
    expect(linkFromFullIndex('/')).toBe('../../');
  });
});
