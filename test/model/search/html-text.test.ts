import { describe, expect, it } from 'vitest';
import { h1Text, mainText, pageText } from '../../../src/model/search/html-text.ts';
import { separateCells, weighMain, weighTitle } from '../../../src/build/search/indexer.ts';

const html = `<html><body><header><h1>사이트</h1></header><main id="main"><nav><a href="/">처음</a></nav>
<h1>CS <em>매니저</em></h1><dl><dt>다른 이름</dt><dd>TM</dd></dl><p>고객&amp;서비스</p><script>var x = 1;</script></main></body></html>`;

describe('reading built pages', () => {
  it('takes the text of <main> without navigation and scripts', () => {
    const text = mainText(html);
    expect(text).not.toContain('처음');
    expect(text).not.toContain('var x');
    expect(text).toContain('고객&서비스');
    expect(h1Text(html)).toBe('CS 매니저');
  });

  it('leaves out what the index skips, nested elements and all', () => {
    const page = `<main><h1>제목</h1><div data-search-ignore><div><p>과정표</p></div><p>평가</p></div><p>목표</p>
<aside class="doc__toc"><p>차례</p></aside><table data-search-ignore><tr><td>기준</td></tr></table></main>`;
    const text = mainText(page);
    expect(text).toContain('목표');
    for (const skipped of ['과정표', '평가', '차례', '기준']) expect(text).not.toContain(skipped);
    expect(mainText('<main><p>가</p><span data-search-ignore>나<span>다</span>라</span><p>마</p></main>')).toBe('가\n마');
  });

  it('keeps <dt>/<dd> words apart for Pagefind, read as term: description ·', () => {
    expect(separateCells('<dt>다른 이름</dt><dd>TM</dd><a>가</a><a>나</a>')).toBe('<dt>다른 이름:</dt> <dd>TM ·</dd> <a>가</a> <a>나</a>');
    expect(separateCells('<dt>수준:</dt>')).toBe('<dt>수준:</dt> ');
  });

  it('weighs the title in <main> only, and leaves the default weight alone', () => {
    const page = '<header><h1>사이트</h1></header><main><h1>CS 매니저 수업</h1></main>';
    expect(weighTitle(page, 3)).toBe('<header><h1>사이트</h1></header><main><h1 data-pagefind-weight="3">CS 매니저 수업</h1></main>');
    expect(weighTitle(page, 7)).toBe(page);
    expect(weighTitle('<main><p>제목 없음</p></main>', 3)).toBe('<main><p>제목 없음</p></main>');
  });

  it('demotes a whole page by weighing its <main>, to one decimal place and never to nothing', () => {
    const page = '<header>사이트</header><main><h1>수업</h1></main>';
    expect(weighMain(page, 0.3)).toBe('<header>사이트</header><main data-pagefind-weight="0.3"><h1>수업</h1></main>');
    expect(weighMain(page, 0.001)).toContain('data-pagefind-weight="0.1"');
    expect(weighMain('<div>본문 없음</div>', 0.3)).toBe('<div>본문 없음</div>');
  });

  it('decodes entities as a browser does', () => {
    expect(mainText('<main><p>&lt;&#44032;&#xAC00;&nbsp;&unknown; &amp;</p></main>')).toBe('<가가 &unknown; &');
  });

  it('reads markup as a parser does: quoted ">", comments, "</main>" inside a script, unclosed tags', () => {
    const page = `<main><p title="a>b">가</p><!-- <h1>주석</h1> --><script>let s = "</main>";</script><h1>제목</h1><p>나<p>다</main><p>바깥</p>`;
    expect(pageText(page)).toEqual({ title: '제목', body: '가\n제목\n나\n다' });
  });

  it('finds no text in a page without <main>', () => {
    expect(pageText('<p>본문 없음</p>')).toEqual({ title: '', body: '' });
  });
});
