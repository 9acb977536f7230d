/**
 * Headless Chromium for browser tests: Debian's `chromium` (installed by `.ci/run`) driven by
 * playwright-core, with the flags that keep it off the network it cannot reach.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of the Chromium binary, or undefined when none is installed. */
export const chromiumPath = (): string | undefined => CANDIDATES.find((p): p is string => !!p && existsSync(p));

/** Launches headless Chromium. */
export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s "chromium" (bash .ci/run does) or set CHROMIUM_PATH');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Opens a page in a fresh context (own cookies and storage), e.g. with `locale: 'en-US'`. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}
