/**
 * The QR landing page in a real browser: each reader lands on the entry in their language, an
 * explicit choice on the site's language switch wins, and without JavaScript two links remain.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { outDir } from '../support/sites.ts';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(outDir('basic'), '/lang-thu/')]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const VI = /\/lang-thu\/di-tich\/den-thu\/$/;
const EN = /\/lang-thu\/en\/relics\/den-thu\/$/;

describe('QR landing page', { timeout: 30_000 }, () => {
  for (const path of ['q/dt01/', 'Q/DT01/']) {
    it(`${path} sends an English reader to the English page`, async () => {
      const page = await openPage(browser, { locale: 'en-US' });
      await page.goto(site.url + path);
      await page.waitForURL(EN);
      await page.context().close();
    });

    it(`${path} sends a Vietnamese reader to the Vietnamese page`, async () => {
      const page = await openPage(browser, { locale: 'vi-VN' });
      await page.goto(site.url + path);
      await page.waitForURL(VI);
      await page.context().close();
    });
  }

  it('remembers a choice made on the language switch', async () => {
    const page = await openPage(browser, { locale: 'vi-VN' });
    await page.goto(`${site.url}di-tich/den-thu/`);
    await page.click('a.lang-switch');
    await page.waitForURL(EN);
    await page.goto(`${site.url}q/dt01/`);
    await page.waitForURL(EN);
    await page.context().close();
  });

  it('without JavaScript shows two links, each in its own language', async () => {
    const page = await openPage(browser, { locale: 'vi-VN', javaScriptEnabled: false });
    await page.goto(`${site.url}Q/DT01/`);
    expect(page.url()).toBe(`${site.url}Q/DT01/`);
    expect(await page.locator('a[lang="vi"]').getAttribute('href')).toBe('/lang-thu/di-tich/den-thu/');
    expect(await page.locator('a[lang="vi"]').textContent()).toBe('Tiếng Việt');
    expect(await page.locator('a[lang="en"]').getAttribute('href')).toBe('/lang-thu/en/relics/den-thu/');
    expect(await page.locator('a[lang="en"]').textContent()).toBe('English');
    await page.context().close();
  });
});
