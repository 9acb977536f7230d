/**
 * schema.org JSON-LD for entry pages: relics as tourist attractions, products as products (no
 * prices), teams as organisations with only the numbers that may be published on the web; homestays
 * and guides in `jsonld-kinds.ts`.
 */
import { useT, type Lang } from '../../i18n/index.ts';
import { field, title, type Entry, type ProductEntry, type RelicEntry, type TeamEntry } from '../content/entries.ts';
import { teamContacts } from '../people/consent.ts';
import { guideJsonLd, homestayJsonLd } from './jsonld-kinds.ts';

/** What an entry page knows besides the entry itself. */
export interface JsonLdOptions {
  /** Absolute URL of the page. */
  url: string;
  lang: Lang;
  /** Absolute URL of the page's main image. */
  image?: string;
  siteName: string;
  provinceName: string;
}

type Json = Record<string, unknown>;

/** Properties every kind shares: name, description, url, image, and the page it is described on. */
function common(entry: Entry, o: JsonLdOptions): Json {
  const name = title(entry, o.lang).text;
  const description = field(entry, 'summary', o.lang)?.text;
  return {
    '@context': 'https://schema.org',
    name,
    ...(description ? { description } : {}),
    url: o.url,
    ...(o.image ? { image: o.image } : {}),
    subjectOf: { '@type': 'WebPage', url: o.url, name, inLanguage: o.lang, isPartOf: { '@type': 'WebSite', name: o.siteName } },
  };
}

/** A relic: tourist attraction and historical building, with its address and map point. */
function relicJsonLd(entry: RelicEntry, o: JsonLdOptions): Json {
  const { location } = entry.data;
  const streetAddress = field(entry, 'address', o.lang)?.text;
  return {
    '@type': ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
    ...common(entry, o),
    address: { '@type': 'PostalAddress', streetAddress, addressRegion: o.provinceName, addressCountry: 'VN' },
    ...(location ? { geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng } } : {}),
    inLanguage: o.lang,
  };
}

/** A local product with its OCOP rating; deliberately no offers or prices. */
function productJsonLd(entry: ProductEntry, o: JsonLdOptions): Json {
  const { ocop } = entry.data;
  const award = ocop ? useT(o.lang)('entry.ocopStars', { count: ocop }) : undefined;
  return {
    '@type': 'Product',
    ...common(entry, o),
    ...(ocop ? { additionalProperty: { '@type': 'PropertyValue', name: 'OCOP', value: ocop, maxValue: 5 }, award } : {}),
  };
}

/** A community digital-technology team: published numbers as contact points, services as topics. */
function teamJsonLd(entry: TeamEntry, o: JsonLdOptions): Json {
  const t = useT(o.lang);
  const contactPoint = teamContacts(entry.data, 'web').map((c) => ({
    '@type': 'ContactPoint',
    name: c.role === 'team' ? title(entry, o.lang).text : c.name,
    telephone: `+${c.phone}`,
    contactType: 'customer support',
    availableLanguage: ['vi'],
  }));
  return {
    '@type': 'Organization',
    ...common(entry, o),
    areaServed: { '@type': 'AdministrativeArea', name: o.provinceName },
    contactPoint,
    knowsAbout: entry.data.services.map((s) => t(`service.${s}`)),
  };
}

/** The JSON-LD object describing an entry page, in the page's language (falling back to Vietnamese). */
export function entryJsonLd(entry: Entry, options: JsonLdOptions): object {
  switch (entry.kind) {
    case 'relic':
      return relicJsonLd(entry, options);
    case 'product':
      return productJsonLd(entry, options);
    case 'team':
      return teamJsonLd(entry, options);
    case 'homestay':
      return homestayJsonLd(entry, options, common(entry, options));
    case 'guide':
      return guideJsonLd(entry, options, common(entry, options));
  }
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028/9 escaped so content cannot end the script. */
export function jsonLdScript(obj: object): string {
  return JSON.stringify(obj)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
