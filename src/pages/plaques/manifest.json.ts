import type { APIRoute } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { manifestItem, plaqueEntries } from '../../lib/print/catalogue.ts';

/** `/plaques/manifest.json`: one item per plaque, its QR URL and its files. */
export const GET: APIRoute = async () => {
  const { site, pages } = await loadContent();
  const items = plaqueEntries(pages.map((p) => p.entry)).map((e) => manifestItem(site, import.meta.env.BASE_URL, e));
  return new Response(JSON.stringify(items, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
