import { describe, expect, it } from 'vitest';
import { parseSiteAddress, siteAddress } from '../../src/lib/site-address.ts';

describe('the address the site is served from', () => {
  it('puts the base under the origin, with one final slash', () => {
    expect(siteAddress('https://school.example.kr', '/career/')).toBe('https://school.example.kr/career/');
    expect(siteAddress('https://school.example.kr/', '/')).toBe('https://school.example.kr/');
    expect(siteAddress('http://127.0.0.1:4321', 'career')).toBe('http://127.0.0.1:4321/career/');
  });

  it('is not known without an http(s) origin: no SITE_URL, or a page opened from a file', () => {
    expect(siteAddress(undefined, '/')).toBeNull();
    expect(siteAddress('', '/career/')).toBeNull();
    expect(siteAddress('null', '/')).toBeNull();
    expect(siteAddress('file://', '/')).toBeNull();
  });

  it('reads a typed address, its path as the base, and refuses what is not one', () => {
    expect(parseSiteAddress('https://school.example.kr/career')).toBe('https://school.example.kr/career/');
    expect(parseSiteAddress('http://localhost:4321/')).toBe('http://localhost:4321/');
    for (const bad of ['school.example.kr', 'ftp://x.kr/', 'https://x.kr/?a=1', 'https://x.kr/#top', ''])
      expect(parseSiteAddress(bad)).toBeNull();
  });
});
