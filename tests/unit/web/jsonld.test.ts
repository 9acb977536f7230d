import { describe, expect, it } from 'vitest';
import { entryJsonLd, jsonLdScript } from '../../../src/lib/web/jsonld.ts';
import type { ProductEntry, RelicEntry, TeamEntry } from '../../../src/lib/content/entries.ts';

const base = { body: { vi: '', en: null }, en: null } as const;
const common = { area: 'dong', images: [], aliases: [] };
const options = { url: 'https://example.org/x/', lang: 'vi' as const, siteName: 'Làng Số', provinceName: 'Hải Phòng' };

const relic: RelicEntry = {
  ...base,
  kind: 'relic',
  slug: 'den-chu-van-an',
  dir: 'content/relics/den-chu-van-an',
  data: {
    ...common,
    code: 'dt01',
    title: 'Đền Chu Văn An',
    summary: 'Nơi thờ thầy giáo Chu Văn An.',
    rank: 'national',
    address: 'Xã Chu Văn An',
    location: { lat: 21.1, lng: 106.4 },
  },
};
const product: ProductEntry = {
  ...base,
  kind: 'product',
  slug: 'gao-nep',
  dir: 'content/products/gao-nep',
  data: { ...common, code: 'sp01', title: 'Gạo nếp cái hoa vàng', summary: 'Gạo thơm.', season: [], ocop: 4, places: [], online: [] },
};
const team: TeamEntry = {
  ...base,
  kind: 'team',
  slug: 'to-dong',
  dir: 'content/teams/to-dong',
  data: {
    ...common,
    code: 'cn01',
    title: 'Tổ công nghệ số thôn Đông',
    summary: 'Giúp bà con.',
    phone: '842203882123',
    zalo: false,
    schedule: 'Tối thứ Bảy',
    place: 'Nhà văn hoá',
    services: ['vneid', 'cashless'],
    members: [
      {
        name: 'Trần Bình',
        role: 'leader',
        zalo: false,
        phone: '84900000002',
        consent: { phone: true, print: false, date: '2026-03-26', how: 'ký' },
      },
      { name: 'Lê Hoa', role: 'member', zalo: false, phone: '84900000001' },
    ],
  },
};

type Obj = Record<string, unknown>;
const ld = (...args: Parameters<typeof entryJsonLd>) => entryJsonLd(...args) as Obj;

describe('entryJsonLd', () => {
  it('describes a relic as a tourist attraction with address and geo', () => {
    const o = ld(relic, { ...options, image: 'https://example.org/og.jpg' });
    expect(o['@context']).toBe('https://schema.org');
    expect(o['@type']).toEqual(['TouristAttraction', 'LandmarksOrHistoricalBuildings']);
    expect(o['name']).toBe('Đền Chu Văn An');
    expect(o['description']).toBe('Nơi thờ thầy giáo Chu Văn An.');
    expect(o['image']).toBe('https://example.org/og.jpg');
    expect(o['inLanguage']).toBe('vi');
    expect(o['address']).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Xã Chu Văn An',
      addressRegion: 'Hải Phòng',
      addressCountry: 'VN',
    });
    expect(o['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: 21.1, longitude: 106.4 });
  });
  it('omits geo without a location, and image when none is given', () => {
    const { location: _l, ...data } = relic.data;
    const o = ld({ ...relic, data }, options);
    expect(o).not.toHaveProperty('geo');
    expect(o).not.toHaveProperty('image');
  });
  it('uses the English translation and falls back to Vietnamese per field', () => {
    const o = ld({ ...relic, en: { title: 'Chu Van An Temple', images: [] } }, { ...options, lang: 'en' });
    expect(o['name']).toBe('Chu Van An Temple');
    expect(o['description']).toBe('Nơi thờ thầy giáo Chu Văn An.');
    expect(o['inLanguage']).toBe('en');
  });
  it('describes a product with its OCOP stars and no price', () => {
    const o = ld(product, options);
    expect(o['@type']).toBe('Product');
    expect(o['award']).toBe('OCOP 4 sao');
    expect(o['additionalProperty']).toMatchObject({ name: 'OCOP', value: 4 });
    expect(ld(product, { ...options, lang: 'en' })['award']).toBe('OCOP 4 stars');
    expect(JSON.stringify(o)).not.toMatch(/offers|price/i);
    const { ocop: _o, ...unrated } = product.data;
    expect(ld({ ...product, data: unrated }, options)).not.toHaveProperty('award');
  });
  it('describes a team as an organisation with only published numbers', () => {
    const o = ld(team, options);
    expect(o['@type']).toBe('Organization');
    expect(o['knowsAbout']).toEqual(['Cài đặt và kích hoạt VNeID', 'Thanh toán không dùng tiền mặt']);
    const points = o['contactPoint'] as Obj[];
    expect(points.map((p) => p['telephone'])).toEqual(['+842203882123', '+84900000002']);
    expect(points[0]).toMatchObject({ '@type': 'ContactPoint', contactType: 'customer support', availableLanguage: ['vi'] });
    expect(JSON.stringify(o)).not.toContain('84900000001');
    expect(JSON.stringify(o)).not.toContain('Lê Hoa');
  });
});

describe('jsonLdScript', () => {
  it('escapes </script> so content cannot break out, and stays valid JSON', () => {
    const evil = { ...relic, data: { ...relic.data, title: 'Đền </script><script>alert(1)</script>' } };
    const s = jsonLdScript(entryJsonLd(evil, options));
    expect(s).not.toContain('</script>');
    expect(s).not.toContain('<');
    expect(s).toContain('\\u003c/script');
    expect((JSON.parse(s) as Obj)['name']).toBe('Đền </script><script>alert(1)</script>');
  });
});
