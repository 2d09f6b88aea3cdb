import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium, headless, with the flags this closed network needs (see tech-notes). Its
 * contexts ask for reduced motion unless a test says otherwise: with smooth scrolling the page
 * glides for half a second to a field just filled, the designer's buttons move 340 px with it, and
 * a click in that time can miss (the likely cause of a .pptx download that never came on CI).
 * Chromium's own flag for this loses to Playwright's emulation.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`No browser at ${executablePath}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}
