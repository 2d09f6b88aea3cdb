import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser-fixture.ts';
import { siteModel } from '../../src/site-content/site.ts';

const phone = { width: 390, height: 844 };
const jobs = siteModel('content').jobs.map((j) => j.id);

describe('a job page starts with the job (390 × 844)', () => {
  const site = useBrowser('root');

  for (const slug of jobs) {
    it(`/jobs/${slug}/: the first screen holds the job, a day, good and hard sides and what to read next, and no code`, async () => {
      const page = await site.newPage({ viewport: phone });
      await page.goto(`${site.origin}/jobs/${slug}/`);
      const first = await page.evaluate((height) => {
        const onScreen = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top < height && r.bottom > 0;
        };
        const whole = (selector: string) => {
          const el = document.querySelector(selector);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= height;
        };
        // Every text the reader can see on the first screen, element by element.
        const seen: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const parent = n.parentElement;
          if (parent && n.textContent!.trim() && onScreen(parent) && getComputedStyle(parent).visibility !== 'hidden')
            seen.push(n.textContent!);
        }
        return {
          text: seen.join(' '),
          lead: whole('.doc__head .lead'),
          day: whole('.job-day'),
          sides: whole('.job-sides'),
          next: whole('.job-next'),
        };
      }, phone.height);
      expect(first.text).not.toMatch(/K\d{9}|KECO|KSCO|\b0\d{3}\b/);
      expect(first).toMatchObject({ lead: true, day: true, sides: true, next: true });
    });
  }

  // Phone screens (scrollHeight / 844 at 390 px) of each job page on main at 969c9f1, before issue 17's
  // job pages: every page must now be at most three quarters of that.
  const screensBefore: Record<string, number> = {
    'call-center-manager': 11.92,
    'contact-center-agent': 12.19,
    'cs-instructor': 11.83,
    'cs-manager': 14.96,
    'customer-service-manager': 11.54,
    'cx-leader': 11.65,
    'flight-attendant': 10.17,
    'hotel-front-desk': 10.1,
    telemarketer: 11.34,
  };

  it('every job page is at most three quarters as long on a phone as before issue 17', async () => {
    expect(Object.keys(screensBefore).sort()).toEqual([...jobs].sort());
    const page = await site.newPage({ viewport: phone });
    for (const slug of jobs) {
      await page.goto(`${site.origin}/jobs/${slug}/`);
      const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / phone.height;
      expect(screens, slug).toBeLessThanOrEqual(screensBefore[slug]! * 0.75);
    }
  });

  it('a figure’s source link opens "자료와 출처" and shows the source', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.origin}/jobs/telemarketer/`);
    const details = page.locator('.job-sources details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('a[href="#source-keis-manpower-2016"]').first().click();
    await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator('#source-keis-manpower-2016').isVisible()).toBe(true);
  });

  it('an address with a #source anchor opens "자료와 출처" on arrival, and printing opens it too', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.origin}/jobs/cs-manager/#official-record`);
    await expect.poll(() => page.locator('#official-record').isVisible()).toBe(true);
    const other = await site.newPage({ viewport: phone });
    await other.goto(`${site.origin}/jobs/flight-attendant/`);
    await other.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await other.locator('.job-sources details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });
});
