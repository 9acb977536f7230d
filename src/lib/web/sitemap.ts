/**
 * sitemap.xml with each page's Vietnamese and English twins linked as hreflang alternates
 * (x-default → Vietnamese), and the robots.txt that points to it.
 */

/** A page's two language versions, as absolute URLs. */
export interface TwinPage {
  vi: string;
  en: string;
}

/** Escapes the five XML special characters. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The three alternate links every twin carries: vi, en and x-default (Vietnamese). */
function alternates(page: TwinPage): string {
  const link = (hreflang: string, href: string) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${xmlEscape(href)}"/>\n`;
  return link('vi', page.vi) + link('en', page.en) + link('x-default', page.vi);
}

/** One `<url>` element. */
function urlElement(loc: string, page: TwinPage, lastmod?: string): string {
  const mod = lastmod ? `    <lastmod>${xmlEscape(lastmod)}</lastmod>\n` : '';
  return `  <url>\n    <loc>${xmlEscape(loc)}</loc>\n${mod}${alternates(page)}  </url>\n`;
}

/** A sitemaps.org urlset listing both language URLs of every page, each with its hreflang alternates. */
export function sitemapXml(pages: TwinPage[], lastmod?: string): string {
  const urls = pages.map((p) => urlElement(p.vi, p, lastmod) + urlElement(p.en, p, lastmod)).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls}</urlset>\n`
  );
}

/** robots.txt allowing every crawler everywhere and naming the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
