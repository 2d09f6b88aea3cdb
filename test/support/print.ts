import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** In print media, the first element of each selector is not drawn (the page must already emulate print). */
export async function expectHiddenInPrint(page: Page, selectors: readonly string[]): Promise<void> {
  for (const selector of selectors) {
    const display = await page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).display);
    expect(display, selector).toBe('none');
  }
}
