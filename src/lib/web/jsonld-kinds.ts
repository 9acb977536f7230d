/**
 * schema.org JSON-LD for homestays (`LodgingBusiness`: telephone only with the host's consent,
 * address, map point, price range, languages) and guides (`HowTo`: supplies, numbered steps, the
 * day it was last checked). `jsonld.ts` adds the properties every kind shares.
 */
import { useT } from '../../i18n/index.ts';
import { field, type GuideEntry, type HomestayEntry } from '../content/entries.ts';
import { guideBring, guideSteps } from '../content/guide-text.ts';
import { publishedPhone } from '../people/consent.ts';
import { bookingName, priceRange } from './stay-facts.ts';
import type { JsonLdOptions } from './jsonld.ts';

type Json = Record<string, unknown>;

/** A homestay as a lodging business; no offers or availability (booking stays on the booking sites). */
export function homestayJsonLd(entry: HomestayEntry, o: JsonLdOptions, shared: Json): Json {
  const t = useT(o.lang);
  const { location, price, languages, includes, rooms, book, host } = entry.data;
  const telephone = publishedPhone(host, 'web');
  const streetAddress = field(entry, 'address', o.lang)?.text;
  return {
    '@type': 'LodgingBusiness',
    ...shared,
    address: { '@type': 'PostalAddress', streetAddress, addressRegion: o.provinceName, addressCountry: 'VN' },
    ...(location ? { geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng } } : {}),
    ...(telephone ? { telephone: `+${telephone}` } : {}),
    ...(price ? { priceRange: priceRange(price, o.lang), currenciesAccepted: 'VND' } : {}),
    availableLanguage: languages,
    ...(rooms ? { numberOfRooms: rooms } : {}),
    amenityFeature: includes.map((i) => ({ '@type': 'LocationFeatureSpecification', name: t(`include.${i}`), value: true })),
    ...(book.length ? { sameAs: book.map((b) => b.url) } : {}),
    ...(book.length ? { potentialAction: book.map((b) => ({ '@type': 'ReserveAction', name: bookingName(b), target: b.url })) } : {}),
  };
}

/** A guide as a HowTo: what to have ready, then the steps in order, each with its own anchor on the page. */
export function guideJsonLd(entry: GuideEntry, o: JsonLdOptions, shared: Json): Json {
  const t = useT(o.lang);
  const audience = field(entry, 'audience', o.lang)?.text;
  return {
    '@type': 'HowTo',
    ...shared,
    inLanguage: o.lang,
    dateModified: entry.data.checked,
    about: entry.data.services.map((s) => t(`service.${s}`)),
    ...(audience ? { audience: { '@type': 'Audience', audienceType: audience } } : {}),
    supply: guideBring(entry, o.lang).map((b) => ({ '@type': 'HowToSupply', name: b.text })),
    step: guideSteps(entry, o.lang).map((s, i) => ({
      '@type': 'HowToStep',
      position: i + 1,
      text: s.text.text,
      url: `${o.url}#step-${i + 1}`,
    })),
  };
}
