import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { entriesLoader } from './collections/entries-loader.ts';
import { siteLoader } from './collections/site-loader.ts';
import type { Entry, GuideEntry, HomestayEntry, ProductEntry, RelicEntry, TeamEntry } from './lib/content/entries.ts';
import type { Site } from './lib/content/site-schema.ts';

/**
 * The stored shape: the entry validated by `src/lib/content/schema.ts` (with friendly errors),
 * the file of its rendered Markdown, and its photos resolved by Astro's `image()` for astro:assets.
 */
const stored =
  <E extends Entry>() =>
  ({ image }: { image: () => z.ZodType }) =>
    z.object({
      entry: z.custom<E>(),
      /** The file (from the project root) of its text rendered in both languages: `{ vi, en }`. */
      html: z.string(),
      photos: z.array(z.object({ src: image() })),
      /** A guide's step screenshots, in step order. */
      shots: z.array(z.object({ src: image() })).default([]),
      bodyPhotos: z.array(z.object({ name: z.string(), src: image() })).default([]),
    });

export const collections = {
  site: defineCollection({ loader: siteLoader(), schema: z.custom<Site>() }),
  relics: defineCollection({ loader: entriesLoader('relic'), schema: stored<RelicEntry>() }),
  products: defineCollection({ loader: entriesLoader('product'), schema: stored<ProductEntry>() }),
  teams: defineCollection({ loader: entriesLoader('team'), schema: stored<TeamEntry>() }),
  homestays: defineCollection({ loader: entriesLoader('homestay'), schema: stored<HomestayEntry>() }),
  guides: defineCollection({ loader: entriesLoader('guide'), schema: stored<GuideEntry>() }),
};
