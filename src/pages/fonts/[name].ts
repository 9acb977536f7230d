/**
 * The Hán-Nôm subset fonts, one per set of characters that entry pages show (`/fonts/hn-<digest>.woff2`),
 * made from the font package and kept in the build's cache by their digest.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { cachedSubset, fontCacheDir } from '../../lib/hannom/font-cache.ts';
import { hanNomFont } from '../../lib/hannom/font-package.ts';
import { pageFont } from '../../lib/hannom/view.ts';

export const getStaticPaths = (async () => {
  const { pages } = await loadContent();
  // Entries that show the same characters share one file.
  const fonts = new Map(pages.map((p) => pageFont(p.entry)).flatMap((f) => (f ? [[f.file, f.chars] as const] : [])));
  return [...fonts].map(([name, chars]) => ({ params: { name }, props: { chars }, cacheKey: name }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await cachedSubset(hanNomFont()!, (props as { chars: string[] }).chars, fontCacheDir());
  return new Response(bytes ? Buffer.from(bytes) : new Uint8Array(), { headers: { 'Content-Type': 'font/woff2' } });
};
