/**
 * Every URL of the site, in both languages. A page is named by a {@link Route}; `pathOf` turns it
 * into a path under the site's base, so the language switcher and hreflang links always land on
 * the same page in the other language. Vietnamese lives at the root, English under `en/`.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Kind } from '../content/schema.ts';

export type Route =
  | { page: 'home' }
  | { page: 'list'; kind: Kind }
  | { page: 'entry'; kind: Kind; slug: string }
  | { page: 'search' }
  | { page: 'print' }
  | { page: 'data' };

/** Path segments per language. These are printed on plaques and shared: never change one. */
export const SEGMENTS = {
  vi: {
    relic: 'di-tich',
    product: 'dac-san',
    team: 'to-cong-nghe',
    search: 'tim-kiem',
    print: 'in-an',
    data: 'du-lieu-mo',
    homestay: 'luu-tru',
    guide: 'huong-dan',
  },
  en: {
    relic: 'relics',
    product: 'products',
    team: 'teams',
    search: 'search',
    print: 'print',
    data: 'open-data',
    homestay: 'homestays',
    guide: 'guides',
  },
} as const;

/** Path of a route relative to the base, no leading slash, ending in `/` (e.g. `en/relics/x/`). */
export function relPath(route: Route, lang: Lang): string {
  const prefix = lang === 'en' ? 'en/' : '';
  const seg = SEGMENTS[lang];
  switch (route.page) {
    case 'home':
      return prefix;
    case 'list':
      return `${prefix}${seg[route.kind]}/`;
    case 'entry':
      return `${prefix}${seg[route.kind]}/${route.slug}/`;
    case 'search':
      return `${prefix}${seg.search}/`;
    case 'print':
      return `${prefix}${seg.print}/`;
    case 'data':
      return `${prefix}${seg.data}/`;
  }
}

/** Joins the base (`/` or `/sub/path/`) and a relative path. */
export function withBase(base: string, rel: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${rel.replace(/^\//, '')}`;
}

/** Absolute path of a route, for links. */
export const pathOf = (base: string, route: Route, lang: Lang): string => withBase(base, relPath(route, lang));

/** Path of a permanent code's landing page: short, because it is what the QR encodes. */
export const codeRelPath = (code: string): string => `q/${code}/`;

/** The same code URL as people read it, lower case, for printing under the QR. */
export const shortUrl = (baseUrl: string, code: string): string =>
  withBase(baseUrl, codeRelPath(code))
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');

/**
 * The URL a QR code holds for a code. At a domain root it is written in upper case
 * (`HTTPS://HOST/Q/DT01/`): every character is then in the QR alphanumeric set, which packs
 * 5.5 bits a character instead of 8 and gives a smaller symbol with bigger modules. Under a
 * sub-path (case-sensitive on static hosts) it stays lower case. The site serves both spellings.
 * @example qrUrl('https://langso.example.vn/', 'dt01') // 'HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/'
 */
export function qrUrl(baseUrl: string, code: string): string {
  const url = withBase(baseUrl, codeRelPath(code.toLowerCase()));
  return new URL(baseUrl).pathname === '/' ? url.toUpperCase() : url;
}
