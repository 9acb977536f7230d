/**
 * No third party unless the site's owner names one: no page of a test site loads anything from,
 * or sends anything to, another host — except the visit counter `site.yaml` may name, and then
 * only from the QR code pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captures } from '../../support/html.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

/** Every URL a page fetches or sends to by itself: sources, styles, icons, CSS url(), and addresses in its scripts. */
function contacted(html: string): string[] {
  const scripts = captures(html, /<script(?! type="application\/ld\+json")[^>]*>(.*?)<\/script>/gs);
  return [
    ...captures(html, /\s(?:src|poster|data|action)="([^"]+)"/g),
    ...captures(html, /\ssrcset="([^"]*)"/g).flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
    ...captures(
      html,
      /<link\b(?=[^>]*\srel="(?:stylesheet|icon|preload|modulepreload|manifest|prefetch|preconnect|dns-prefetch)")[^>]*\shref="([^"]+)"/g,
    ),
    ...captures(html, /url\(["']?([^)"']+)/g),
    ...scripts.flatMap((js) => captures(js, /(https?:\/\/[^"'\s)]+)/g)),
  ];
}

const pagesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));

describe.each(SITE_NAMES)('the %s site', (name) => {
  const s = built(name);
  const own = new URL(s.site.baseUrl).host;

  it('contacts no host but its own, but for the counter site.yaml names (code pages only)', () => {
    const outside: string[] = [];
    let counted = 0;
    for (const page of pagesOf(s.dir)) {
      for (const url of contacted(readFileSync(join(s.dir, page), 'utf8'))) {
        if (!/^(https?:)?\/\//.test(url) || new URL(url, s.site.baseUrl).host === own) continue;
        if (s.site.counter && /^q\//i.test(page) && url.startsWith(s.site.counter)) counted++;
        else outside.push(`${page}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
    if (s.site.counter) expect(counted).toBeGreaterThan(0);
  });
});

describe('the test sites', () => {
  it('include one with a counter and one without, so both cases are checked', () => {
    const counters = SITE_NAMES.map((n) => !!built(n).site.counter);
    expect(counters).toContain(true);
    expect(counters).toContain(false);
  });
});
