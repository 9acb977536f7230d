/**
 * The pages of every test site, checked against the content it was built from: what must hold for
 * any valid content (`LANGSO_SAMPLE=<folder> npm test` runs it on a commune's own site).
 */
import { describe, expect, it } from 'vitest';
import { LANGS, useT, type Lang } from '../../../src/i18n/index.ts';
import { byTitle, isTranslated, title, type Entry } from '../../../src/lib/content/entries.ts';
import { KINDS } from '../../../src/lib/content/schema.ts';
import type { Route } from '../../../src/lib/codes/routes.ts';
import { groupList } from '../../../src/lib/web/groups.ts';
import { captures, htmlFiles, jsonLd, localLinks, textOf } from '../../support/html.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
const h1 = (html: string): { lang: string | undefined; text: string } => {
  const [, attrs, inner] = /<h1([^>]*)>(.*?)<\/h1>/s.exec(html)!;
  return { lang: /\slang="([^"]+)"/.exec(attrs!)?.[1], text: textOf(inner!) };
};

describe.each(SITE_NAMES)('pages of the %s site', (name) => {
  const s = built(name);
  const entryRoute = (e: Entry): Route => ({ page: 'entry', kind: e.kind, slug: e.slug });
  const routes: Route[] = [
    { page: 'home' },
    { page: 'search' },
    { page: 'print' },
    { page: 'data' },
    ...KINDS.map((kind): Route => ({ page: 'list', kind })),
    ...s.entries.map(entryRoute),
  ];
  const files = htmlFiles(s.dir);

  it('has every page, every entry’s included, in both languages, each marked with its language', () => {
    expect(s.entries.length).toBeGreaterThan(0);
    for (const route of routes) {
      for (const lang of LANGS) {
        const path = s.path(route, lang);
        expect(s.exists(path), path).toBe(true);
        expect(s.read(path), path).toMatch(new RegExp(`<html lang="${lang}"`));
      }
    }
  });

  it('links every page to its twin with hreflang, x-default Vietnamese, and every twin exists', () => {
    let checked = 0;
    for (const file of files) {
      const html = s.read(file);
      if (!html.includes('hreflang="x-default"')) continue; // code pages and redirects have no twin
      const twins = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"/g)].map((m) => [m[1]!, s.fileOf(m[2]!)]),
      );
      expect(Object.keys(twins).sort(), file).toEqual(['en', 'vi', 'x-default']);
      expect(twins['x-default'], file).toBe(twins['vi']);
      expect([twins['vi'], twins['en']], file).toContain(file);
      for (const twin of Object.values(twins)) expect(s.exists(twin!), `${file} → ${twin}`).toBe(true);
      checked++;
    }
    expect(checked).toBe(routes.length * LANGS.length);
  });

  it('switches language to the same page, not the home page', () => {
    for (const route of routes) {
      for (const lang of LANGS) {
        expect(s.read(s.path(route, lang)), s.path(route, lang)).toContain(`class="lang-switch" href="${s.path(route, other(lang))}"`);
      }
    }
  });

  it('shows an untranslated entry on its English URL, Vietnamese title and text marked and announced', (ctx) => {
    const notice = useT('en')('entry.fallback');
    const untranslated = s.entries.filter((e) => !isTranslated(e));
    for (const e of s.entries) {
      const html = s.read(s.entryPath(e, 'en'));
      expect(html.includes(notice), e.slug).toBe(!isTranslated(e));
      expect(h1(html), e.slug).toEqual(
        isTranslated(e) ? { lang: undefined, text: title(e, 'en').text } : { lang: 'vi', text: e.data.title },
      );
      if (!isTranslated(e)) {
        expect(html, e.slug).toMatch(/<div class="body" lang="vi">/);
        // English chrome, a title that says it is the Vietnamese text, and a labelled machine translation.
        expect(html, e.slug).toContain(`<title>${useT('en')('entry.fallbackTitle', { title: e.data.title })}`);
        expect(html, e.slug).toContain(`${useT('en')('entry.machineTranslation')}</a>`);
        expect(html, e.slug).toContain(
          `https://translate.google.com/translate?sl=vi&amp;tl=en&amp;u=${encodeURIComponent(new URL(s.entryPath(e, 'vi'), s.site.baseUrl).href)}`,
        );
      }
    }
    if (!untranslated.length) ctx.skip('every entry of this site has an English version');
  });

  it('marks shops, addresses and sellers’ names as Vietnamese on English product pages', (ctx) => {
    const products = s.entries.filter((e) => e.kind === 'product' && (e.data.places.length || e.data.seller));
    for (const e of products) {
      if (e.kind !== 'product') continue;
      const html = s.read(s.entryPath(e, 'en'));
      for (const p of e.data.places) expect(html, e.slug).toMatch(new RegExp(`<li lang="vi"><strong>${escape(p.name)}</strong>`));
      if (e.data.seller) expect(html, e.slug).toContain(`<p lang="vi">${e.data.seller.name}</p>`);
    }
    if (!products.length) ctx.skip('no product of this site names a shop or a seller');
  });

  it('lists each kind in its groups (areas, or seasons for products), each group in Vietnamese title order', () => {
    for (const kind of KINDS) {
      const entries = byTitle(s.entries.filter((e) => e.kind === kind));
      for (const lang of LANGS) {
        const html = s.read(s.path({ page: 'list', kind }, lang));
        const groups = groupList(kind, entries, s.site, lang, useT(lang));
        expect(captures(html, /<h2 id="g-([\w-]+)"/g), `${kind} ${lang}`).toEqual(groups.map((g) => g.id));
        const links = captures(html, /<h3[^>]*><a href="([^"]+)"/g);
        expect(links, `${kind} ${lang}`).toEqual(groups.flatMap((g) => g.entries.map((e) => s.entryPath(e, lang))));
      }
    }
  });

  it("leads from every page's header to the list of each kind the site has entries of, and to no empty list", () => {
    for (const lang of LANGS) {
      const lists = KINDS.filter((kind) => s.entries.some((e) => e.kind === kind)).map((kind) => s.path({ page: 'list', kind }, lang));
      for (const route of routes) {
        const nav = /<nav class="main"[^>]*>(.*?)<\/nav>/s.exec(s.read(s.path(route, lang)))?.[1] ?? '';
        const links = captures(nav, /<a href="([^"]+)"/g);
        expect(links.slice(1).sort(), s.path(route, lang)).toEqual(lists.sort());
        expect(links[0], s.path(route, lang)).toBe(s.path({ page: 'home' }, lang));
      }
    }
  });

  it('leads every link and asset of every page to a built file', () => {
    const broken = files.flatMap((file) =>
      localLinks(s.read(file))
        .filter((link) => link.startsWith(s.base) && !s.exists(s.fileOf(link)))
        .map((link) => `${file} → ${link}`),
    );
    expect(broken).toEqual([]);
  });

  it('keeps what pages load from _-prefixed folders when GitHub Pages publishes it from a branch', () => {
    // Jekyll, which GitHub Pages runs on a branch unless the folder holds .nojekyll, leaves out every
    // path with a segment starting with "_": Astro's _astro/ (styles, photos), the hosts' _redirects.
    const underscored = (file: string): boolean => file.split('/').some((part) => part.startsWith('_'));
    const published = (file: string): boolean => s.exists('.nojekyll') || !underscored(file);
    const loaded = files
      .flatMap((file) =>
        localLinks(s.read(file))
          .filter((l) => l.startsWith(s.base))
          .map(s.fileOf),
      )
      .filter(underscored);
    expect(loaded.length).toBeGreaterThan(0);
    expect([...new Set(loaded)].filter((file) => !published(file))).toEqual([]);
    expect(published('_redirects')).toBe(true);
  });

  it('lists every page and its twin with hreflang alternates in the sitemap, named in robots.txt', () => {
    const xml = s.read('sitemap.xml');
    const abs = (route: Route, lang: Lang): string => new URL(s.path(route, lang), s.site.baseUrl).href;
    const listed = routes.filter((r) => r.page !== 'search' && r.page !== 'print');
    expect(captures(xml, /<loc>([^<]+)<\/loc>/g).sort()).toEqual(listed.flatMap((r) => LANGS.map((l) => abs(r, l))).sort());
    for (const r of listed) for (const l of LANGS) expect(xml).toContain(`hreflang="${l}" href="${abs(r, l)}"`);
    expect(s.read('robots.txt')).toContain(`Sitemap: ${s.site.baseUrl}sitemap.xml`);
  });

  it('describes each entry with JSON-LD and Open Graph, its photo served from the site', () => {
    const types = { relic: 'TouristAttraction', product: 'Product', team: 'Organization', homestay: 'LodgingBusiness', guide: 'HowTo' };
    for (const e of s.entries) {
      for (const lang of LANGS) {
        const html = s.read(s.entryPath(e, lang));
        const ld = jsonLd(html)!;
        expect([ld['@type']].flat(), e.slug).toContain(types[e.kind]);
        expect(ld['name'], e.slug).toBe(title(e, lang).text);
        if ((e.kind === 'relic' || e.kind === 'homestay') && e.data.location) {
          expect(ld['geo'], e.slug).toMatchObject({ latitude: e.data.location.lat, longitude: e.data.location.lng });
        }
        const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
        expect(og !== undefined, `${e.slug} og:image`).toBe(e.data.images.length > 0);
        if (og) {
          expect(og.startsWith(`${s.site.baseUrl}_astro/`), og).toBe(true);
          expect(s.exists(s.fileOf(og)), og).toBe(true);
        }
      }
    }
  });
});
