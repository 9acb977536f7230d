/**
 * Search on every built test site in headless Chromium, checked against the content it was built
 * from: what people type (with or without tone marks, đ as d, English titles on the English site)
 * finds the entry among the first three results; filters narrow the list; the UI speaks the page's
 * language; the index loads from under the site's base.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useT, type Lang } from '../../src/i18n/index.ts';
import { isTranslated, title, type Entry } from '../../src/lib/content/entries.ts';
import { KINDS } from '../../src/lib/content/schema.ts';
import { foldDiacritics } from '../../src/lib/content/text.ts';
import { foldD } from '../../src/lib/search/fold.ts';
import { launch, openPage } from '../support/browser.ts';
import { articleChrome } from '../support/html.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, indexesWholeTexts, SITE_NAMES } from '../support/sites.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await openPage(browser);
});
afterAll(() => browser?.close());

/** How someone types a title on a phone without Vietnamese input: no marks, đ as d, lower case. */
const bare = (text: string): string => foldDiacritics(text).toLowerCase();
/** Words with Vietnamese marks, longest first. */
const markedWords = (text: string): string[] =>
  [...new Set(text.match(/\p{L}+/gu) ?? [])].filter((w) => w !== w.normalize('NFD')).sort((a, b) => b.length - a.length);

describe.each(SITE_NAMES)('search on the %s site', { timeout: 240_000 }, (name) => {
  const s = built(name);
  const findable = s.entries.filter((e) => e.kind !== 'team');
  const href = (e: Entry, lang: Lang): string => s.entryPath(e, lang);
  let site: Served;
  beforeAll(async () => {
    site = await serve(s.dir, s.base);
  });
  afterAll(() => site?.close());
  const at = (path: string): string => new URL(path, site.url).href;

  /** Opens the search page with a query in the address, as the header box does; the result links in order. */
  async function search(lang: Lang, params: Record<string, string>, all = false): Promise<string[]> {
    await page.goto(`${at(s.path({ page: 'search' }, lang))}?${new URLSearchParams(params)}`);
    await page.waitForFunction(() => /\d|Không|Nothing/.test(document.getElementById('search-status')?.textContent ?? ''));
    while (all && (await page.locator('#search-more').isVisible())) {
      const shown = await page.locator('#search-results li').count();
      await page.click('#search-more');
      await page.waitForSelector('#search-results:not([aria-busy])', { state: 'attached' });
      // "More" adds results, or goes away when the rest did not hold every typed word.
      const added = (await page.locator('#search-results li').count()) > shown;
      expect(added || (await page.locator('#search-more').isHidden())).toBe(true);
    }
    return page
      .locator('#search-results li:not(.offer) h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }
  const status = async (): Promise<string> => (await page.locator('#search-status').textContent()) ?? '';

  it('finds every relic and product from its title typed without any marks, đ as d, the index loaded under the base', async () => {
    for (const e of findable) {
      const typed = bare(title(e, 'vi').text);
      expect((await search('vi', { q: typed })).slice(0, 3), typed).toContain(href(e, 'vi'));
    }
    expect(site.log.some((l) => l.path.startsWith(`${s.base}pagefind/`))).toBe(true);
  });

  it('ranks the exact Vietnamese title first, and the title with only đ typed as d', async () => {
    const words = (e: Entry): string[] => bare(title(e, 'vi').text).split(/\s+/);
    for (const e of findable) {
      // Search matches words, not phrases: a title whose every word is in another title too (Đình
      // Đình Bảng, Bánh phu thê Đình Bảng) is only promised a place among the first three.
      const shared = s.entries.some((o) => o !== e && words(e).every((w) => words(o).includes(w)));
      for (const typed of new Set([title(e, 'vi').text, foldD(title(e, 'vi').text)])) {
        const found = await search('vi', { q: typed });
        if (shared) expect(found.slice(0, 3), typed).toContain(href(e, 'vi'));
        else expect(found[0], typed).toBe(href(e, 'vi'));
      }
    }
  });

  it('puts a title typed whole first, with marks or without', async () => {
    const words = (e: Entry): string[] => bare(title(e, 'vi').text).split(/\s+/);
    for (const e of findable) {
      // A title whose every word stands in another title too is only promised the first three.
      const shared = s.entries.some((o) => o !== e && bare(title(o, 'vi').text).includes(bare(title(e, 'vi').text)));
      for (const typed of [title(e, 'vi').text, bare(title(e, 'vi').text)]) {
        const found = await search('vi', { q: typed });
        if (shared || words(e).length < 2) expect(found.slice(0, 3), typed).toContain(href(e, 'vi'));
        else expect(found[0], typed).toBe(href(e, 'vi'));
      }
    }
  });

  it('ranks pages named by the typed syllables standing together above pages where they are scattered', async () => {
    const byPath = new Map(s.entries.map((e) => [href(e, 'vi'), e]));
    const together = (e: Entry | undefined, phrase: string): boolean =>
      !!e && ` ${bare(e.data.title).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${phrase} `);
    for (const e of findable.filter((x) => words(x).length >= 3)) {
      const phrase = words(e).slice(-2).join(' ');
      const found = await search('vi', { q: phrase }, true);
      const flags = found.map((p) => together(byPath.get(p), phrase));
      expect(flags.indexOf(false) === -1 || flags.lastIndexOf(true) < flags.indexOf(false), `${phrase}: ${found.join(' ')}`).toBe(true);
    }
    function words(x: Entry): string[] {
      return bare(title(x, 'vi').text).split(/\s+/);
    }
  });

  it('ranks a word typed with its marks above the same letters marked otherwise (đền before đến)', async () => {
    const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];
    for (const word of new Set(findable.flatMap((e) => markedWords(title(e, 'vi').text)).map((w) => w.toLowerCase()))) {
      // Entries with the word in their title, and entries whose title or summary has only a false friend of it.
      const exact = (e: Entry): boolean => wordsOf(e.data.title).includes(word);
      const friend = (e: Entry): boolean =>
        !exact(e) && wordsOf(`${e.data.title} ${e.data.summary}`).some((w) => w !== word && bare(w) === bare(word));
      const found = (await search('vi', { q: word }, true)).map((p) => s.entries.find((e) => href(e, 'vi') === p)!);
      const lastExact = Math.max(...found.map((e, i) => (exact(e) ? i : -1)));
      const firstFriend = found.findIndex(friend);
      expect(firstFriend === -1 || lastExact < firstFriend, `${word}: ${found.map((e) => e.slug).join(' ')}`).toBe(true);
    }
  });

  it('finds nothing for nonsense, says so in the page language and offers the lists', async () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(await search(lang, { q: 'xyzxyz' })).toEqual([]);
      expect(await status()).toBe(useT(lang)('search.none'));
      const offered = await page
        .locator('#search-results li.offer a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(offered.sort()).toEqual(KINDS.map((kind) => s.path({ page: 'list', kind }, lang)).sort());
    }
  });

  it('starts the results on the first screen of a phone, without the page shifting', async () => {
    const e = findable[0] ?? s.entries[0]!;
    const phone = await openPage(browser, { viewport: { width: 360, height: 800 } });
    await phone.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await phone.goto(`${at(s.path({ page: 'search' }, 'vi'))}?q=${encodeURIComponent(bare(title(e, 'vi').text))}`);
    await phone.waitForSelector('#search-results li');
    const top = await phone
      .locator('#search-results li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().top);
    // With the keyboard open about half of an 800-px screen is left.
    expect(top).toBeLessThan(400);
    await phone.waitForTimeout(300);
    expect(await phone.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await phone.context().close();
  });

  it('finds every relic and product on the English site from its English title, or the Vietnamese one on its plaque', async () => {
    for (const e of findable) {
      for (const typed of new Set([title(e, 'en').text, bare(title(e, 'vi').text)])) {
        expect((await search('en', { q: typed })).slice(0, 3), typed).toContain(href(e, 'en'));
      }
    }
  });

  it('leads to a team that helps with each service a team offers, typed with or without marks', async (ctx) => {
    const teams = s.entries.filter((e) => e.kind === 'team');
    if (!teams.length) return ctx.skip('this site has no team');
    for (const service of new Set(teams.flatMap((t) => t.data.services))) {
      const offering = teams.filter((t) => t.data.services.includes(service)).map((t) => href(t, 'vi'));
      const label = useT('vi')(`service.${service}`);
      // A guide to that service may come first; a team that helps with it is among the first three.
      const found = (await search('vi', { q: label })).slice(0, 3);
      expect(found.filter((p) => offering.includes(p)).length, label).toBeGreaterThan(0);
      const typed = (await search('vi', { q: bare(label) })).slice(0, 3);
      expect(typed.filter((p) => offering.includes(p)).length, bare(label)).toBeGreaterThan(0);
    }
  });

  it('narrows the results by kind and by area, counting them in the status line', async () => {
    for (const kind of KINDS.filter((k) => s.entries.some((e) => e.kind === k))) {
      const expected = s.entries.filter((e) => e.kind === kind).map((e) => href(e, 'vi'));
      expect((await search('vi', { kind }, true)).sort(), kind).toEqual(expected.sort());
      expect(await status(), kind).toBe(useT('vi')('search.results', { count: expected.length }));
    }
    if (s.site.areas.length > 1) {
      for (const area of s.site.areas) {
        const expected = s.entries.filter((e) => e.kind === 'relic' && e.data.area === area.id).map((e) => href(e, 'vi'));
        expect((await search('vi', { kind: 'relic', area: area.id }, true)).sort(), area.id).toEqual(expected.sort());
      }
    }
    const product = s.entries.find((e) => e.kind === 'product');
    if (product) {
      const found = await search('vi', { q: bare(title(product, 'vi').text), kind: 'product' });
      expect(found).toContain(href(product, 'vi'));
      expect(found.every((p) => p.startsWith(s.path({ page: 'list', kind: 'product' }, 'vi')))).toBe(true);
    }
  });

  it('speaks Vietnamese on the Vietnamese page and English on the English one', async () => {
    const vi = useT('vi');
    const kindIn = (lang: Lang): RegExp => new RegExp(`^(${KINDS.map((k) => useT(lang)(`kind.${k}`)).join('|')})`);
    const e = findable[0] ?? s.entries[0]!;
    await search('vi', { q: title(e, 'vi').text });
    expect(await status()).toMatch(/^\d+ kết quả$/);
    expect(await page.locator('label[for="search-q"]').textContent()).toBe(vi('search.label'));
    expect(await page.locator('#search-nojs').count()).toBe(0); // the no-JavaScript note goes once search runs
    expect(await page.locator('#search-results .where').first().textContent()).toMatch(kindIn('vi'));
    await search('vi', { q: 'zzzqxw' });
    expect(await status()).toBe(vi('search.none'));
    await search('en', { q: title(e, 'en').text });
    expect(await status()).toMatch(/^\d+ results?$/);
    expect(await page.locator('#search-results .where').first().textContent()).toMatch(kindIn('en'));
  });

  it('keeps Vietnamese text of an untranslated page out of the English index (and whole texts out of a province’s), but finds it by name', async (ctx) => {
    const untranslated = s.entries.filter((x) => !isTranslated(x));
    if (!untranslated.length) return ctx.skip('every entry of this site has an English version');
    // A word of its Vietnamese text only: its name and facts (place names, addresses) are shown on the English page too.
    const ownWord = (x: Entry): string | undefined => {
      const shown = bare(articleChrome(s.read(href(x, 'en'))));
      return markedWords(x.body.vi).find((w) => w.length > 3 && !shown.includes(bare(w)));
    };
    const e = untranslated.find((x) => ownWord(x));
    if (!e) return ctx.skip('no untranslated entry has a word with marks of its own in its text');
    const word = ownWord(e)!;
    const found = await search('vi', { q: word }, true);
    if (indexesWholeTexts(name, s.entries.length)) expect(found, word).toContain(href(e, 'vi'));
    else expect(found, word).not.toContain(href(e, 'vi'));
    expect(await search('en', { q: word }, true), word).not.toContain(href(e, 'en'));
    expect((await search('en', { q: bare(e.data.title) })).slice(0, 3)).toContain(href(e, 'en'));
  });

  it('shows a thumbnail and the summary with each result', async (ctx) => {
    const e = s.entries.find((x) => x.data.images.length > 0);
    if (!e) return ctx.skip('no entry of this site has a photo');
    await search('vi', { q: title(e, 'vi').text });
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe(href(e, 'vi'));
    const src = (await first.locator('img').getAttribute('src'))!;
    expect(src).toMatch(new RegExp(`^${s.base}_astro/.+\\.webp$`));
    expect((await page.request.get(at(src))).status()).toBe(200);
    expect(await first.locator('p').first().textContent()).toBe(e.data.summary);
  });

  it('shows five results at first and the rest on "more"', async (ctx) => {
    const [kind, count] = KINDS.map((k) => [k, s.entries.filter((e) => e.kind === k).length] as const).sort((a, b) => b[1] - a[1])[0]!;
    if (count <= 5) return ctx.skip(`no kind has more than five entries here (at most ${count})`);
    expect(await search('vi', { kind })).toHaveLength(5);
    await page.click('#search-more');
    await page.waitForSelector('#search-results:not([aria-busy])', { state: 'attached' });
    expect(await page.locator('#search-results li').count()).toBe(Math.min(count, 10));
    expect(await page.locator('#search-more').isHidden()).toBe(count <= 10);
  });

  it('says so, in the page language, when the index cannot be fetched', async () => {
    const offline = await openPage(browser);
    await offline.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await offline.goto(`${at(s.path({ page: 'search' }, 'vi'))}?q=a`);
    await expect.poll(() => offline.locator('#search-status').textContent()).toBe(useT('vi')('search.error'));
    await offline.context().close();
  });

  it('without JavaScript, the header box still leads to the search page and its lists', async () => {
    const plain = await openPage(browser, { javaScriptEnabled: false });
    const e = s.entries[0]!;
    await plain.goto(at(href(e, 'vi')));
    await plain.fill('header form.search input[name="q"]', 'chua');
    await plain.click('header form.search button');
    await plain.waitForURL(at(`${s.path({ page: 'search' }, 'vi')}?q=chua`));
    expect(await plain.locator('#search-nojs').textContent()).toBe(useT('vi')('search.noscript'));
    expect(await plain.locator('#search-nojs').isVisible()).toBe(true);
    await plain
      .getByRole('link', { name: useT('vi')('nav.relics'), exact: true })
      .last()
      .click();
    await plain.waitForURL(at(s.path({ page: 'list', kind: 'relic' }, 'vi')));
    await plain.context().close();
  });
});
