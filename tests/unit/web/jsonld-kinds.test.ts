/** JSON-LD of homestays (LodgingBusiness: phone only with consent) and guides (HowTo with numbered steps). */
import { describe, expect, it } from 'vitest';
import { entryJsonLd } from '../../../src/lib/web/jsonld.ts';
import type { GuideEntry, HomestayEntry } from '../../../src/lib/content/entries.ts';
import { guideSchema, homestaySchema } from '../../../src/lib/content/schema.ts';

const options = { url: 'https://example.org/x/', lang: 'vi' as const, siteName: 'Làng Số', provinceName: 'Hải Phòng' };
const common = { code: 'lt01', title: 'Nhà vườn', summary: 'Nhà vườn gần núi.', area: 'dong' };
const consent = { phone: true, date: '2026-10-12', how: 'ký phiếu' };
const stay = (host: Record<string, unknown>): HomestayEntry => ({
  kind: 'homestay',
  slug: 'nha-vuon',
  dir: 'content/homestays/nha-vuon',
  en: null,
  body: { vi: '', en: null },
  data: homestaySchema.parse({
    ...common,
    address: 'Thôn Đông',
    location: { lat: 21.15, lng: 106.39 },
    host: { name: 'Phạm Hưng', phone: '0912 000 511', ...host },
    price: { from: 350000, to: 550000 },
    languages: ['vi', 'en'],
    includes: ['breakfast'],
    book: [{ url: 'https://www.booking.com/hotel/vn/x.html' }],
  }),
});
type Obj = Record<string, unknown>;

describe('JSON-LD of homestays and guides', () => {
  it('describes a homestay as a LodgingBusiness, its telephone only with the host’s consent', () => {
    const ld = entryJsonLd(stay({ consent }), options) as Obj;
    expect(ld).toMatchObject({
      '@type': 'LodgingBusiness',
      name: 'Nhà vườn',
      telephone: '+84912000511',
      address: { '@type': 'PostalAddress', streetAddress: 'Thôn Đông', addressCountry: 'VN' },
      geo: { '@type': 'GeoCoordinates', latitude: 21.15, longitude: 106.39 },
      priceRange: '350.000–550.000 ₫',
      availableLanguage: ['vi', 'en'],
      sameAs: ['https://www.booking.com/hotel/vn/x.html'],
    });
    const hidden = entryJsonLd(stay({}), options) as Obj;
    expect(hidden['telephone']).toBeUndefined();
    expect(JSON.stringify(hidden)).not.toContain('912000511');
  });

  it('describes a guide as a HowTo with its supplies and numbered steps', () => {
    const guide: GuideEntry = {
      kind: 'guide',
      slug: 'cai-vneid',
      dir: 'content/guides/cai-vneid',
      en: null,
      body: { vi: '', en: null },
      data: guideSchema.parse({
        ...common,
        code: 'hd01',
        services: ['vneid'],
        audience: 'Mọi người',
        bring: ['Thẻ căn cước'],
        steps: [{ text: 'Cài VNeID.' }, { text: 'Bấm Đăng ký.' }],
        checked: '2026-11-28',
      }),
    };
    expect(entryJsonLd(guide, options)).toMatchObject({
      '@type': 'HowTo',
      dateModified: '2026-11-28',
      supply: [{ '@type': 'HowToSupply', name: 'Thẻ căn cước' }],
      step: [
        { '@type': 'HowToStep', position: 1, text: 'Cài VNeID.', url: 'https://example.org/x/#step-1' },
        { '@type': 'HowToStep', position: 2, text: 'Bấm Đăng ký.', url: 'https://example.org/x/#step-2' },
      ],
    });
  });
});
