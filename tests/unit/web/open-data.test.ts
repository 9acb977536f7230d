/** Open data builders: records never carry a phone number, GeoJSON points are [lng, lat], CSV has a BOM and parses. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { RelicEntry, TeamEntry } from '../../../src/lib/content/entries.ts';
import { siteSchema } from '../../../src/lib/content/site-schema.ts';
import { COLUMNS, dataPackage, dataRecord, licenceOf, toCsv, toGeoJson } from '../../../src/lib/web/open-data.ts';

const site = siteSchema.parse({
  name: { vi: 'Làng Thử', en: 'Test Village' },
  baseUrl: 'https://lang.example.vn/sub',
  province: { vi: 'Hải Phòng', en: 'Hai Phong' },
  areas: [{ id: 'dong', name: { vi: 'Xã Đông', en: 'Dong Commune' } }],
});
const base = { body: { vi: '', en: null }, en: null, dir: 'content/x' } as const;
const relic: RelicEntry = {
  ...base,
  kind: 'relic',
  slug: 'den-dong',
  data: {
    code: 'dt01',
    title: 'Đền "Đông", làng cũ',
    summary: 'Dòng một\ndòng hai',
    area: 'dong',
    images: [],
    aliases: [],
    rank: 'national',
    address: 'Thôn Đông',
    location: { lat: 21.1297, lng: 106.4077 },
  },
};
const team: TeamEntry = {
  ...base,
  kind: 'team',
  slug: 'to-dong',
  data: {
    code: 'cn01',
    title: 'Tổ Đông',
    summary: 'Giúp bà con.',
    area: 'dong',
    images: [],
    aliases: [],
    phone: '84912345678',
    zalo: true,
    schedule: 'Tối thứ Bảy',
    place: 'Nhà văn hoá',
    services: ['vneid'],
    members: [],
  },
};
const records = [relic, team].map((e) => dataRecord(site, e));

describe('open data', () => {
  it('a record holds the entry’s words, place and addresses, never a phone number', () => {
    expect(records[0]).toMatchObject({
      code: 'dt01',
      rank: 'national',
      area_en: 'Dong Commune',
      lat: 21.1297,
      lng: 106.4077,
      url_vi: 'https://lang.example.vn/sub/di-tich/den-dong/',
      url_en: 'https://lang.example.vn/sub/en/relics/den-dong/',
      qr: 'https://lang.example.vn/sub/q/dt01/',
    });
    expect(JSON.stringify(records)).not.toMatch(/912\s?345\s?678/);
  });

  it('GeoJSON: only entries with a location, as [lng, lat] points', () => {
    const geo = JSON.parse(toGeoJson(records));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [106.4077, 21.1297] });
    expect(geo.features[0].properties.title_vi).toBe('Đền "Đông", làng cũ');
  });

  it('CSV: a BOM, CRLF rows, quotes and line breaks kept, parsed back by csv-parse', () => {
    const csv = toCsv(records);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(rows.map((r) => [r['title_vi'], r['summary_vi'], r['lat']])).toEqual([
      ['Đền "Đông", làng cũ', 'Dòng một\ndòng hai', '21.1297'],
      ['Tổ Đông', 'Giúp bà con.', ''],
    ]);
  });

  it('the licence is CC BY 4.0 unless site.yaml names another; the data package lists it and the files', () => {
    expect(licenceOf(site)).toEqual({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    const own = siteSchema.parse({ ...site, openData: { licence: 'Giấy phép riêng', licenceUrl: 'https://x.vn/gp' } });
    expect(licenceOf(own)).toEqual({ name: 'Giấy phép riêng', path: 'https://x.vn/gp' });
    const pkg = JSON.parse(dataPackage(site, '/sub/'));
    expect(pkg.licenses).toEqual([licenceOf(site)]);
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual([
      'https://lang.example.vn/sub/data/entries.geojson',
      'https://lang.example.vn/sub/data/entries.csv',
      'https://lang.example.vn/sub/data/entries.json',
    ]);
  });
});
