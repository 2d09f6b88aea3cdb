import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import type { SiteVariant } from './sites.ts';

/** What the tests of one describe block share: a browser, and the origin that serves one site build. */
export interface BrowserFixture {
  readonly browser: Browser;
  /** Origin (no path) of the static server for the chosen build; add the build's base yourself. */
  readonly origin: string;
  /** A page in a fresh context, so cookies and storage never leak between tests. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Call at the top of a describe block (or file): launches Debian's chromium before the block's tests, closes it
 * after, and reads the origin of the `site` build from the global setup. Read the fields inside tests and hooks
 * registered after this call, not while the tests are being collected.
 */
export function useBrowser(site: SiteVariant['name']): BrowserFixture {
  let browser: Browser | undefined;
  let origin: string | undefined;
  beforeAll(async () => {
    origin = inject('siteOrigins')[site];
    if (!origin) throw new Error(`No origin for the "${site}" build; is test/support/global-site.ts the global setup?`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowser: ${what} is set in beforeAll; read it inside a test or a later hook`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get origin() {
      return ready(origin, 'origin');
    },
    async newPage(options) {
      return (await ready(browser, 'browser').newContext(options)).newPage();
    },
  };
}
