/**
 * Offline after the first visit, never stale: in Chromium at 360 × 800, a visited page reopens
 * without signal with a note of when it was saved, an unvisited page gets the site's offline page
 * listing what is saved, and a page changed on the server (a rebuild) is seen fresh online.
 * Run on a copy of each built site, at a domain root and under a sub-path.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useT } from '../../src/i18n/index.ts';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, type SiteName } from '../support/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each(['sample', 'basic'] as SiteName[])('the %s site offline', { timeout: 60_000 }, (name) => {
  const s = built(name);
  const [visited, unvisited] = s.entries;
  let dir: string;
  let site: Served;
  let page: Page;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'langso-offline-'));
    cpSync(s.dir, dir, { recursive: true });
    site = await serve(dir, s.base);
    page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const at = (path: string): string => new URL(path, site.url).href;

  it('installs a worker and a manifest with the site name and an icon', async () => {
    await page.goto(at(s.entryPath(visited!, 'vi')));
    await page.evaluate(() => navigator.serviceWorker.ready);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe(s.site.name.vi);
    for (const icon of manifest.icons) expect((await page.request.get(at(icon.src))).status(), icon.src).toBe(200);
    // The worker now controls the page; this visit goes through it and is saved.
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  });

  it('shows a page changed on the server (a rebuild) fresh on the next online visit', async () => {
    const file = join(dir, s.fileOf(s.entryPath(visited!, 'vi')));
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (bản mới)</h1>'));
    await page.reload();
    expect(await page.locator('h1').textContent()).toContain('(bản mới)');
    expect(await page.locator('#saved-copy').count()).toBe(0);
  });

  it('reopens a visited page without signal, saying when it was saved', async () => {
    site.setOffline(true);
    try {
      await page.reload();
      expect(await page.locator('h1').textContent()).toContain('(bản mới)');
      const note = (await page.locator('#saved-copy').textContent()) ?? '';
      expect(note).toContain(useT('vi')('offline.saved', { date: '' }).split(':')[0]!.trim().split(' ').slice(0, 2).join(' '));
      expect(note).toMatch(/\d{4}/);
    } finally {
      site.setOffline(false);
    }
  });

  it('answers an unvisited page without signal with the offline page listing the saved ones', async () => {
    site.setOffline(true);
    try {
      await page.goto(at(s.entryPath(unvisited!, 'vi')));
      expect(await page.locator('h1').textContent()).toBe(useT('vi')('offline.title'));
      expect(await page.locator(`a[href="${s.entryPath(visited!, 'vi')}"]`).count()).toBe(1);
    } finally {
      site.setOffline(false);
    }
  });
});
