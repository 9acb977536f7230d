/**
 * The QR landing page of every test site in a real browser: each reader lands on the entry in
 * their language, an explicit choice on the site's language switch wins, and without JavaScript
 * two links remain — at a domain root and under a sub-path, with both spellings of the code.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeRelPath } from '../../src/lib/codes/routes.ts';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, SITE_NAMES } from '../support/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each(SITE_NAMES)('QR landing page of the %s site', { timeout: 30_000 }, (name) => {
  const s = built(name);
  // Any entry will do: the first plaque's, as a reader scanning it would meet it.
  const e = s.entries.find((x) => x.kind !== 'team') ?? s.entries[0]!;
  const vi = s.entryPath(e, 'vi');
  const en = s.entryPath(e, 'en');
  let site: Served;
  beforeAll(async () => {
    site = await serve(s.dir, s.base);
  });
  afterAll(() => site?.close());
  const at = (path: string): string => new URL(path, site.url).href;

  for (const path of [codeRelPath(e.data.code), codeRelPath(e.data.code).toUpperCase()]) {
    it(`${path} sends an English reader to the English page`, async () => {
      const page = await openPage(browser, { locale: 'en-US' });
      await page.goto(site.url + path);
      await page.waitForURL(at(en));
      await page.context().close();
    });

    it(`${path} sends a Vietnamese reader to the Vietnamese page`, async () => {
      const page = await openPage(browser, { locale: 'vi-VN' });
      await page.goto(site.url + path);
      await page.waitForURL(at(vi));
      await page.context().close();
    });
  }

  it('remembers a choice made on the language switch', async () => {
    const page = await openPage(browser, { locale: 'vi-VN' });
    await page.goto(at(vi));
    await page.click('a.lang-switch');
    await page.waitForURL(at(en));
    await page.goto(site.url + codeRelPath(e.data.code));
    await page.waitForURL(at(en));
    await page.context().close();
  });

  it('without JavaScript shows two links, each in its own language', async () => {
    const page = await openPage(browser, { locale: 'vi-VN', javaScriptEnabled: false });
    const path = codeRelPath(e.data.code).toUpperCase();
    await page.goto(site.url + path);
    expect(page.url()).toBe(site.url + path);
    expect(await page.locator('a[lang="vi"]').getAttribute('href')).toBe(vi);
    expect(await page.locator('a[lang="vi"]').textContent()).toBe('Tiếng Việt');
    expect(await page.locator('a[lang="en"]').getAttribute('href')).toBe(en);
    expect(await page.locator('a[lang="en"]').textContent()).toBe('English');
    await page.context().close();
  });
});
