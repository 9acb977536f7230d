/**
 * A homestay's facts in words: its price range in đồng, the languages its host speaks by name,
 * and booking links named after the site they lead to.
 */
import type { Lang } from '../../i18n/index.ts';
import type { HomestayData } from '../content/schema.ts';

/** Price range as people read it: `350.000–600.000 ₫` in Vietnamese, `VND 350,000–600,000` in English. */
export function priceRange(price: NonNullable<HomestayData['price']>, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const range = [price.from, price.to].filter((n): n is number => n !== undefined && n !== null).map((n) => number.format(n));
  const unique = [...new Set(range)].join('–');
  return lang === 'vi' ? `${unique} ₫` : `VND ${unique}`;
}

/** A language's name in the reader's language, capitalised: `Tiếng Anh`, `English`. */
export function languageName(code: string, lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Well-known booking and social sites, by the end of their host name. */
const SITES: [RegExp, string][] = [
  [/(^|\.)booking\.com$/, 'Booking.com'],
  [/(^|\.)agoda\.com$/, 'Agoda'],
  [/(^|\.)airbnb\.[a-z.]+$/, 'Airbnb'],
  [/(^|\.)(facebook\.com|fb\.com|fb\.me)$/, 'Facebook'],
  [/(^|\.)zalo\.me$/, 'Zalo'],
  [/(^|\.)traveloka\.com$/, 'Traveloka'],
  [/(^|\.)tripadvisor\.[a-z.]+$/, 'Tripadvisor'],
];

/** The name of a booking link: the one written, else the site's (Booking.com, Agoda…), else its host name. */
export function bookingName(link: { url: string; name?: string | undefined }): string {
  if (link.name) return link.name;
  const host = new URL(link.url).hostname.replace(/^www\./, '');
  return SITES.find(([re]) => re.test(host))?.[1] ?? host;
}
