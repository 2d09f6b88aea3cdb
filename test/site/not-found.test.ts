import { describe, expect, inject, it } from 'vitest';

describe('the 404 page and the sitemap', () => {
  it('a missing page under the base answers 404 with the site 404 page', async () => {
    const origin = inject('siteOrigins').subpath!;
    const res = await fetch(`${origin}/career/no-such-page/`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<h1>페이지를 찾을 수 없어요</h1>');
    expect(html).toContain('href="/career/"');
    // Shown at every missing address: it names no address of its own and is kept out of search engines.
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('the sitemap lists the pages with the base path', async () => {
    const origin = inject('siteOrigins').subpath!;
    const index = await (await fetch(`${origin}/career/sitemap-index.xml`)).text();
    const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
    expect(first).toMatch(/\/career\/sitemap-0\.xml$/);
    const sitemap = await (await fetch(`${origin}/career/sitemap-0.xml`)).text();
    expect(sitemap).toContain('/career/jobs/cs-manager/</loc>');
    expect(sitemap).not.toContain('404');
  });
});
