import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '../../src/lib/site-url.ts';

describe('parseSiteUrl', () => {
  it('leaves the address out when SITE_URL is unset or empty', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it.each([
    ['https://school.example.kr', 'https://school.example.kr'],
    ['https://school.example.kr/', 'https://school.example.kr'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
    ['https://account.github.io', 'https://account.github.io'],
  ])('%s → %s', (raw, expected) => {
    expect(parseSiteUrl(raw)).toBe(expected);
  });

  it.each([
    ['school.example.kr', /http/],
    ['ftp://school.example.kr', /http/],
    ['https://school.example.kr/career/', /SITE_BASE/],
    ['https://school.example.kr/?a=1', /호스트만/],
    ['http://localhost:4321', /이 컴퓨터/],
  ])('refuses %s with a Korean message naming SITE_URL', (raw, message) => {
    expect(() => parseSiteUrl(raw)).toThrow(/SITE_URL/);
    expect(() => parseSiteUrl(raw)).toThrow(message);
  });
});
