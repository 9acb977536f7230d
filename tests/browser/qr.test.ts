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

  it('without JavaScript is readable by itself: the name, the summary and a Read more link per language', async () => {
    const page = await openPage(browser, { locale: 'vi-VN', javaScriptEnabled: false });
    const path = codeRelPath(e.data.code).toUpperCase();
    await page.goto(site.url + path);
    expect(page.url()).toBe(site.url + path);
    expect(await page.locator('h1').textContent()).toBe(e.data.title);
    expect(await page.locator('body').innerText()).toContain(e.data.summary);
    expect(await page.locator('a[lang="vi"]').getAttribute('href')).toBe(vi);
    expect(await page.locator('a[lang="vi"]').textContent()).toBe('Đọc tiếp');
    expect(await page.locator('a[lang="en"]').getAttribute('href')).toBe(en);
    expect(await page.locator('a[lang="en"]').textContent()).toBe('Read more');
    await page.context().close();
  });

  it('paints its text before it moves on to the entry', async () => {
    const page = await openPage(browser, { locale: 'en-US' });
    // Each page, as it is left, notes whether it had painted any text (First Contentful Paint).
    await page.addInitScript(() =>
      addEventListener('pagehide', () => {
        const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
        sessionStorage.setItem(location.pathname, `${painted} ${document.querySelector('h1')?.textContent}`);
      }),
    );
    await page.goto(site.url + codeRelPath(e.data.code));
    await page.waitForURL(at(en));
    const note = await page.evaluate((path) => sessionStorage.getItem(path), new URL(site.url + codeRelPath(e.data.code)).pathname);
    expect(note).toBe(`true ${e.data.title}`);
    await page.context().close();
  });

  for (const typed of [
    'q/' + e.data.code.toUpperCase(),
    'Q/' + e.data.code.toLowerCase() + '/',
    'q/' + e.data.code[0]!.toUpperCase() + e.data.code.slice(1) + '/',
  ]) {
    it(`a code typed ${typed} reaches the entry through the site's 404 page`, async () => {
      const page = await openPage(browser, { locale: 'vi-VN' });
      await page.goto(site.url + typed);
      await page.waitForURL(at(vi));
      await page.context().close();
    });
  }

  it('a path that is nowhere gets the 404 page in both languages, with its links', async () => {
    const page = await openPage(browser, { locale: 'vi-VN' });
    const response = await page.goto(site.url + 'khong-co/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang này');
    expect(await page.locator('section[lang="en"] h2').textContent()).toBe('Page not found');
    expect(await page.locator(`a[href="${s.path({ page: 'search' }, 'en')}"]`).count()).toBe(1);
    await page.context().close();
  });
});
