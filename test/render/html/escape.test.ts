import { describe, expect, it } from 'vitest';
import { attr, escapeHtml } from '../../../src/render/html/escape.ts';

describe('escapeHtml, the one escaper', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('leaves other text and numbers as they are', () => {
    expect(escapeHtml('고객 만족 100%')).toBe('고객 만족 100%');
    expect(escapeHtml(3)).toBe('3');
  });

  it('writes attributes quoted and escaped, bare when true, absent when empty', () => {
    expect(attr('title', `it's "x"`)).toBe(' title="it&#39;s &quot;x&quot;"');
    expect(attr('hidden', true)).toBe(' hidden');
    expect(attr('hidden', false)).toBe('');
    expect(attr('title', null)).toBe('');
  });
});
