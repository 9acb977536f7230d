import type { APIRoute } from 'astro';
import { loadContent } from '../collections/store.ts';
import { sitemapXml } from '../lib/web/sitemap.ts';
import { pathOf, type Route } from '../lib/codes/routes.ts';
import { KINDS } from '../lib/content/schema.ts';

/** Sitemap with each page's Vietnamese and English twins as hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const { pages } = await loadContent();
  const routes: Route[] = [
    { page: 'home' },
    { page: 'data' },
    ...KINDS.map((kind) => ({ page: 'list', kind }) as Route),
    ...pages.map((p) => ({ page: 'entry', kind: p.entry.kind, slug: p.entry.slug }) as Route),
  ];
  const abs = (route: Route, lang: 'vi' | 'en') => new URL(pathOf(import.meta.env.BASE_URL, route, lang), site).href;
  const xml = sitemapXml(routes.map((r) => ({ vi: abs(r, 'vi'), en: abs(r, 'en') })));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
