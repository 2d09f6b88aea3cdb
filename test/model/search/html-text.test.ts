import { describe, expect, it } from 'vitest';
import { decodeEntities, h1Text, mainText } from '../../../src/model/search/html-text.ts';
import { separateCells } from '../../../src/model/search/indexer.ts';

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

  it('keeps <dt>/<dd> words apart for Pagefind', () => {
    expect(separateCells('<dt>다른 이름</dt><dd>TM</dd><a>가</a><a>나</a>')).toBe('<dt>다른 이름</dt> <dd>TM</dd> <a>가</a> <a>나</a>');
  });

  it('decodes entities', () => {
    expect(decodeEntities('&lt;&#44032;&#xAC00;&nbsp;&unknown;')).toBe('<가가 &unknown;');
  });
});
