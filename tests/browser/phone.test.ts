/**
 * Every kind of page of every test site on a 360 × 800 phone, in both languages: nothing scrolls
 * sideways, and an entry's own title starts in the first third of the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.ts';
import { codeRelPath, type Route } from '../../src/lib/codes/routes.ts';
import { KINDS } from '../../src/lib/content/schema.ts';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, SITE_NAMES } from '../support/sites.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await openPage(browser, { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
});
afterAll(() => browser?.close());

describe.each(SITE_NAMES)('the %s site on a phone', { timeout: 120_000 }, (name) => {
  const s = built(name);
  // One entry of each kind (the one with the longest title: the hardest to fit), and every other page.
  const entries = KINDS.flatMap((kind) =>
    s.entries
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.data.title.length - a.data.title.length)
      .slice(0, 1),
  );
  const routes: Route[] = [
    { page: 'home' },
    { page: 'search' },
    { page: 'print' },
    ...KINDS.map((kind) => ({ page: 'list', kind }) as Route),
    ...entries.map((e) => ({ page: 'entry', kind: e.kind, slug: e.slug }) as Route),
  ];
  let site: Served;
  beforeAll(async () => {
    site = await serve(s.dir, s.base);
  });
  afterAll(() => site?.close());
  const at = (path: string): string => new URL(path, site.url).href;
  const width = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

  it('scrolls no page sideways at 360 px, in either language', async () => {
    const wide: string[] = [];
    for (const lang of LANGS) {
      for (const route of routes) {
        await page.goto(at(s.path(route, lang)));
        if ((await width()) > 360) wide.push(`${s.path(route, lang)}: ${await width()} px`);
      }
    }
    for (const path of [codeRelPath(s.entries[0]!.data.code), 'khong-co-trang-nay/']) {
      await page.goto(site.url + path);
      if ((await width()) > 360) wide.push(`${path}: ${await width()} px`);
    }
    expect(wide).toEqual([]);
  });

  it("starts an entry's title in the top third of the first screen", async () => {
    for (const lang of LANGS) {
      for (const e of entries) {
        await page.goto(at(s.entryPath(e, lang)));
        const top = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
        expect(top, `${s.entryPath(e, lang)}`).toBeLessThan(800 / 3);
      }
    }
  });
});
