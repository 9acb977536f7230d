/**
 * Search on the built sample site in headless Chromium: what people type (with or without tone
 * marks, đ as d, English titles on the English site) finds the entry among the first three results;
 * filters narrow the list; the UI speaks the page's language.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { title } from '../../src/lib/content/entries.ts';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { pathOf } from '../../src/lib/codes/routes.ts';
import { foldDiacritics } from '../../src/lib/content/text.ts';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { outDir, ROOT } from '../support/sites.ts';
import { join } from 'node:path';

let browser: Browser;
let site: Served;
let page: Page;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(outDir('sample'), '/')]);
  page = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const entries = checkSite(ROOT, join(ROOT, 'content')).entries;
const findable = entries.filter((e) => e.kind !== 'team');
const href = (e: Entry, lang: 'vi' | 'en'): string => pathOf('/', { page: 'entry', kind: e.kind, slug: e.slug }, lang);

/** Opens the search page with a query in the address, as the header box does, and returns the result links in order. */
async function search(lang: 'vi' | 'en', params: Record<string, string>): Promise<string[]> {
  const path = lang === 'vi' ? 'tim-kiem/' : 'en/search/';
  await page.goto(`${site.url}${path}?${new URLSearchParams(params)}`);
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return /\d|Không|Nothing/.test(status);
  });
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', { timeout: 120_000 }, () => {
  it('finds every relic and product from its title typed without any diacritics, đ as d', async () => {
    for (const e of findable) {
      const typed = foldDiacritics(title(e, 'vi').text).toLowerCase();
      expect((await search('vi', { q: typed })).slice(0, 3), typed).toContain(href(e, 'vi'));
    }
  });

  it('ranks the exact Vietnamese title first', async () => {
    for (const e of findable) {
      const exact = title(e, 'vi').text;
      expect((await search('vi', { q: exact }))[0], exact).toBe(href(e, 'vi'));
    }
  });

  it('finds every relic and product on the English site from its English title, or the Vietnamese one on its plaque', async () => {
    for (const e of findable) {
      for (const typed of [title(e, 'en').text, foldDiacritics(title(e, 'vi').text).toLowerCase()]) {
        expect((await search('en', { q: typed })).slice(0, 3), typed).toContain(href(e, 'en'));
      }
    }
  });

  it('finds "đền" and "den" alike, and a page that spells a word with đ from either', async () => {
    const kiepBac = href(
      entries.find((e) => e.slug === 'den-kiep-bac')!,
      'vi',
    );
    expect((await search('vi', { q: 'den kiep bac' }))[0]).toBe(kiepBac);
    expect((await search('vi', { q: 'đền kiếp bạc' }))[0]).toBe(kiepBac);
    expect(await search('vi', { q: 'dinh thuy lam' })).toContain(
      href(
        entries.find((e) => e.slug === 'dinh-thuy-lam')!,
        'vi',
      ),
    );
  });

  it('leads to the teams that help with VNeID, digital signatures and payments', async () => {
    for (const q of ['VNeID', 'chữ ký số', 'thanh toán', 'chu ky so']) {
      const found = await search('vi', { q });
      expect(found.length, q).toBeGreaterThan(0);
      expect(found[0], q).toMatch(/^\/to-cong-nghe\//);
    }
  });

  it('narrows the results by kind and by area', async () => {
    const all = await search('vi', { q: 'chua' });
    expect(all.some((p) => p.startsWith('/di-tich/'))).toBe(true);
    const products = await search('vi', { q: 'chi linh', kind: 'product' });
    expect(products.length).toBeGreaterThan(0);
    expect(products.every((p) => p.startsWith('/dac-san/'))).toBe(true);
    await search('vi', { kind: 'relic' });
    expect(await page.locator('#search-status').textContent()).toBe(`${entries.filter((e) => e.kind === 'relic').length} kết quả`);
    const thanhHa = await search('vi', { kind: 'relic', area: 'thanh-ha' });
    const expected = entries.filter((e) => e.kind === 'relic' && e.data.area === 'thanh-ha').map((e) => href(e, 'vi'));
    expect(thanhHa.sort()).toEqual(expected.sort());
  });

  it('speaks Vietnamese on the Vietnamese page and English on the English one', async () => {
    await search('vi', { q: 'chùa' });
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ kết quả$/);
    expect(await page.locator('label[for="search-q"]').textContent()).toBe('Tìm di tích, đặc sản, tổ công nghệ');
    expect(await page.locator('#search-nojs').count()).toBe(0); // the no-JavaScript note goes once search runs
    expect(await page.locator('#search-results .where').first().textContent()).toMatch(/Di tích|Đặc sản|Tổ công nghệ số/);
    await search('vi', { q: 'zzzqxw' });
    expect(await page.locator('#search-status').textContent()).toMatch(/^Không tìm thấy/);
    await search('en', { q: 'pagoda' });
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('#search-results .where').first().textContent()).toMatch(/Heritage|Local product|team/i);
  });

  it('keeps Vietnamese text of an untranslated page out of the English index, but finds it by name', async () => {
    const dinh = entries.find((e) => e.slug === 'dinh-thuy-lam')!;
    expect(await search('vi', { q: 'kéo co' })).toContain(href(dinh, 'vi'));
    expect(await search('en', { q: 'kéo co' })).not.toContain(href(dinh, 'en'));
    expect(await search('en', { q: 'Dinh Thuy Lam' })).toContain(href(dinh, 'en'));
  });

  it('shows a thumbnail and a summary with each result', async () => {
    await search('vi', { q: 'chua con son' });
    const first = page.locator('#search-results li').first();
    const src = await first.locator('img').getAttribute('src');
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    const res = await page.request.get(site.url + src!.slice(1));
    expect(res.status()).toBe(200);
    expect((await first.locator('p').first().textContent())!.length).toBeGreaterThan(20);
  });
  it('shows five results at first and the rest on "more"', async () => {
    const relics = entries.filter((e) => e.kind === 'relic').length;
    expect(relics).toBeGreaterThan(5);
    expect(await search('vi', { kind: 'relic' })).toHaveLength(5);
    await page.click('#search-more');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(relics);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
  });

  it('says so, in the page language, when the index cannot be fetched', async () => {
    const offline = await openPage(browser);
    await offline.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await offline.goto(`${site.url}tim-kiem/?q=chua`);
    await expect.poll(() => offline.locator('#search-status').textContent()).toMatch(/^Chưa tải được bộ tìm kiếm/);
    await offline.context().close();
  });

  it('without JavaScript, the header box still leads to the search page and its lists', async () => {
    const plain = await openPage(browser, { javaScriptEnabled: false });
    await plain.goto(`${site.url}di-tich/chua-con-son/`);
    await plain.fill('header form.search input[name="q"]', 'chua');
    await plain.click('header form.search button');
    await plain.waitForURL(/\/tim-kiem\/\?q=chua$/);
    await expect.poll(() => plain.getByText('Tìm kiếm cần JavaScript').isVisible()).toBe(true);
    await plain.getByRole('link', { name: 'Di tích', exact: true }).last().click();
    await plain.waitForURL(/\/di-tich\/$/);
    await plain.context().close();
  });
});

describe('search under a sub-path', { timeout: 60_000 }, () => {
  it('loads the index from under the base and links results under it', async () => {
    const basic = await serve(outDir('basic'), '/lang-thu/');
    try {
      const p = await openPage(browser);
      await p.goto(`${basic.url}tim-kiem/?q=den+thu+nghiem`);
      await p.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await p.locator('#search-results h2 a').first().getAttribute('href')).toBe('/lang-thu/di-tich/den-thu/');
      expect(basic.log.some((l) => l.path.startsWith('/lang-thu/pagefind/'))).toBe(true);
      await p.context().close();
    } finally {
      await basic.close();
    }
  });
});
