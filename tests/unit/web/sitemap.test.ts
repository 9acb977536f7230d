import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '../../../src/lib/web/sitemap.ts';

const pages = [
  { vi: 'https://example.org/di-tich/den/', en: 'https://example.org/en/relics/den/' },
  { vi: 'https://example.org/?a=1&b=2', en: 'https://example.org/en/?a=1&b=2' },
];

/** The `<url>` blocks of a sitemap. */
const urls = (xml: string) => xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
const alt = (block: string, lang: string) => block.match(new RegExp(`hreflang="${lang}" href="([^"]*)"`))?.[1];

describe('sitemapXml', () => {
  const xml = sitemapXml(pages, '2026-03-26');

  it('is a sitemaps.org urlset declaring the xhtml namespace', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });
  it('lists both language URLs of each page', () => {
    const locs = urls(xml).map((u) => u.match(/<loc>(.*)<\/loc>/)?.[1]);
    expect(locs).toEqual([
      'https://example.org/di-tich/den/',
      'https://example.org/en/relics/den/',
      'https://example.org/?a=1&amp;b=2',
      'https://example.org/en/?a=1&amp;b=2',
    ]);
  });
  it('pairs the twins as alternates, x-default pointing to Vietnamese', () => {
    for (const block of urls(xml).slice(0, 2)) {
      expect(alt(block, 'vi')).toBe('https://example.org/di-tich/den/');
      expect(alt(block, 'en')).toBe('https://example.org/en/relics/den/');
      expect(alt(block, 'x-default')).toBe('https://example.org/di-tich/den/');
      expect(block).toContain('<lastmod>2026-03-26</lastmod>');
    }
  });
  it('escapes ampersands everywhere', () => {
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(alt(urls(xml)[3]!, 'en')).toBe('https://example.org/en/?a=1&amp;b=2');
  });
  it('omits lastmod when not given', () => {
    expect(sitemapXml(pages)).not.toContain('lastmod');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    const txt = robotsTxt('https://example.org/sitemap.xml');
    expect(txt).toContain('User-agent: *\nAllow: /');
    expect(txt).toMatch(/^Sitemap: https:\/\/example\.org\/sitemap\.xml$/m);
  });
});
