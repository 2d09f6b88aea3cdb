import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeOf } from '../../src/model/routes.ts';
import { siteAddresses } from '../../src/model/site-addresses.ts';
import { siteLessonDesigns, siteModel } from '../../src/site-content/site.ts';
import { builtPages } from '../support/built-pages.ts';
import { siteDir, siteVariants } from '../support/sites.ts';

// The browser project's build is made from the shipped content/ with the site's defaults.
const dir = siteDir(siteVariants[0]);
const addresses = siteAddresses(
  siteModel('content'),
  siteLessonDesigns('content').map((d) => d.id),
);
/** The file a static host serves for a site path. */
const fileOf = (path: string) => join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);

describe('the route table against the built site', () => {
  it('every address the table yields for the content is a built page or file', () => {
    expect(addresses.length).toBeGreaterThan(40);
    expect(addresses.filter((a) => !existsSync(fileOf(a)))).toEqual([]);
  });

  it('every address it yields reads back as a route, and every built page has one', () => {
    expect(addresses.filter((a) => routeOf(a) === null)).toEqual([]);
    const pages = builtPages(dir, '/').map((p) => p.path);
    expect(pages.filter((p) => routeOf(p) === null)).toEqual([]);
  });

  it('yields every built page', () => {
    const yielded = new Set(addresses.map((a) => `/${a}`));
    const notYielded = builtPages(dir, '/')
      .map((p) => p.path)
      .filter((p) => !yielded.has(p) && routeOf(p)?.kind !== 'not-found');
    expect(notYielded).toEqual([]);
  });
});
