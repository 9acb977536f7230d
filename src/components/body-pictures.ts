/**
 * Pictures in an entry's Markdown text, rendered like its `images:`: Astro's Markdown leaves each
 * local picture as an `<img __ASTRO_IMAGE_="…">` placeholder; here each becomes a responsive
 * `<picture>` (AVIF and WebP widths made by sharp, metadata stripped after the build), lazy-loaded,
 * with the alt text the volunteer wrote. Pictures from other websites are dropped (`npm run check`
 * warns about them): a reader's phone never fetches from a site the owner did not choose.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

const PLACEHOLDER = /<img\s+__ASTRO_IMAGE_="([^"]*)"\s*\/?>/g;
const REMOTE = /<img\b[^>]*\ssrc="(?:https?:)?\/\/[^"]*"[^>]*>/g;
const SIZES = '(max-width: 46rem) 100vw, 46rem';

const decode = (s: string): string =>
  s.replace(/&(#x[\da-f]+|#\d+|quot|amp|lt|gt);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
      : ({ quot: '"', amp: '&', lt: '<', gt: '>' } as Record<string, string>)[e.toLowerCase()]!,
  );
const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One picture as responsive HTML. */
async function picture(photo: ImageMetadata, alt: string): Promise<string> {
  const width = Math.min(photo.width, 1080);
  const widths = [360, 720, 1080].filter((w) => w <= photo.width);
  const sources = await Promise.all(
    (['avif', 'webp'] as const).map(async (format) => {
      const image = await getImage({ src: photo, widths: widths.length ? widths : [width], format });
      return `<source type="image/${format}" srcset="${esc(image.srcSet.attribute)}" sizes="${SIZES}">`;
    }),
  );
  const fallback = await getImage({ src: photo, width });
  const height = Math.round((photo.height * width) / photo.width);
  return `<picture>${sources.join('')}<img src="${esc(fallback.src)}" alt="${esc(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async"></picture>`;
}

/** The body HTML with its pictures rendered from `photos` (by the file name as written). */
export async function withPictures(html: string, photos: Record<string, ImageMetadata>): Promise<string> {
  const found = [...html.matchAll(PLACEHOLDER)];
  const rendered = await Promise.all(
    found.map(async ([, attr]) => {
      const { src, alt } = JSON.parse(decode(attr!)) as { src: string; alt?: string };
      const photo = photos[src];
      // A missing file was reported by the content check; nothing broken reaches the page.
      return photo ? picture(photo, alt ?? '') : '';
    }),
  );
  let i = 0;
  return html.replace(PLACEHOLDER, () => rendered[i++]!).replace(REMOTE, '');
}
