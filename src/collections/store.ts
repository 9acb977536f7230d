/**
 * The site's content as pages need it, read once from Astro's content store.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import type { ImageMetadata } from 'astro';
import type { Entry } from '../lib/content/entries.ts';
import type { Kind } from '../lib/content/schema.ts';
import type { Site } from '../lib/content/site-schema.ts';
import { byTitle } from '../lib/content/entries.ts';

/** An entry with what only the build knows: rendered HTML and processed photos (its Markdown `body` is left empty: use `html`). */
export interface Page<E extends Entry = Entry> {
  entry: E;
  /** The file of its rendered text, named by a digest of the entry: part of the page's cache key. */
  htmlFile: string;
  /** Its text rendered in both languages, read when asked (a province's would not fit in memory at once). */
  html(): { vi: string; en: string | null };
  photos: ImageMetadata[];
  /** A guide's step screenshots, in step order (empty for other kinds). */
  shots: ImageMetadata[];
  /** The pictures written in its Markdown text, by file name as written (`./thap.jpg`). */
  bodyPhotos: Record<string, ImageMetadata>;
}

type Stored = {
  data: {
    entry: Entry;
    html: string;
    photos: { src: ImageMetadata }[];
    shots?: { src: ImageMetadata }[];
    bodyPhotos?: { name: string; src: ImageMetadata }[];
  };
};
const toPage = (item: Stored): Page => ({
  entry: item.data.entry,
  htmlFile: item.data.html,
  html: () => JSON.parse(readFileSync(resolve(item.data.html), 'utf8')) as ReturnType<Page['html']>,
  photos: item.data.photos.map((p) => p.src),
  shots: (item.data.shots ?? []).map((p) => p.src),
  bodyPhotos: Object.fromEntries((item.data.bodyPhotos ?? []).map((p) => [p.name, p.src])),
});

/** The site's settings, every entry page, and the kinds it has entries of (in the order the header lists them). */
export interface Content {
  site: Site;
  pages: Page[];
  kinds: Kind[];
}

/** The order of the kinds in the header: what a visitor looks for first, then the teams' help. */
const NAV_ORDER: Kind[] = ['relic', 'product', 'homestay', 'guide', 'team'];

let cache: Promise<Content> | undefined;

/** The site settings and every entry page, sorted by Vietnamese title within each kind. */
export function loadContent(): Promise<Content> {
  cache ??= (async () => {
    const site = (await getEntry('site', 'site'))!.data as Site;
    const stored = [
      ...(await getCollection('relics')),
      ...(await getCollection('products')),
      ...(await getCollection('teams')),
      ...(await getCollection('homestays')),
      ...(await getCollection('guides')),
    ] as Stored[];
    const pages = stored.map(toPage);
    const order = new Map(byTitle(pages.map((p) => p.entry)).map((e, i) => [e, i]));
    pages.sort((a, b) => order.get(a.entry)! - order.get(b.entry)!);
    return { site, pages, kinds: NAV_ORDER.filter((kind) => pages.some((p) => p.entry.kind === kind)) };
  })();
  return cache;
}
