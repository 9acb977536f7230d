/**
 * Open data on every test site: the GeoJSON has one [lng, lat] point per entry with a location, at
 * its coordinates; the CSV has a BOM, parses, and holds every entry; JSON agrees; the licence is
 * the site's; no person's number is in any file; every page's footer links the data page.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { formatDomestic } from '../../../src/lib/people/phone.ts';
import { COLUMNS, DATA_FILES, licenceOf, locationOf } from '../../../src/lib/web/open-data.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

describe.each(SITE_NAMES)('open data of the %s site', (name) => {
  const s = built(name);

  it('GeoJSON: a point at [lng, lat] for each entry with a location, and nothing else', () => {
    const geo = JSON.parse(s.read(DATA_FILES.geojson));
    expect(geo.type).toBe('FeatureCollection');
    const byCode = new Map(geo.features.map((f: { properties: { code: string } }) => [f.properties.code, f]));
    const located = s.entries.filter((e) => locationOf(e));
    expect(geo.features).toHaveLength(located.length);
    for (const e of located) {
      const feature = byCode.get(e.data.code) as { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> };
      expect(feature, e.slug).toBeDefined();
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [locationOf(e)!.lng, locationOf(e)!.lat] });
      expect(feature.properties['kind']).toBe(e.kind);
      expect(feature.properties['url_vi']).toBe(new URL(s.entryPath(e, 'vi'), s.site.baseUrl).href);
    }
  });

  it('CSV: UTF-8 with a BOM, parses, one row per entry with its code, title and coordinates; JSON the same', () => {
    const csv = s.read(DATA_FILES.csv);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(COLUMNS);
    expect(rows.map((r) => r['code']).sort()).toEqual(s.entries.map((e) => e.data.code).sort());
    for (const e of s.entries) {
      const row = rows.find((r) => r['code'] === e.data.code)!;
      expect(row['title_vi']).toBe(e.data.title);
      expect(row['lat']).toBe(locationOf(e) ? String(locationOf(e)!.lat) : '');
    }
    const json = JSON.parse(s.read(DATA_FILES.json)) as Record<string, unknown>[];
    expect(json.map((r) => COLUMNS.map((c) => (r[c] === null ? '' : String(r[c]))))).toEqual(rows.map((r) => COLUMNS.map((c) => r[c])));
  });

  it('names the site’s licence and holds no person’s number', () => {
    const pkg = JSON.parse(s.read(DATA_FILES.package));
    expect(pkg.licenses[0].name).toBe(s.site.openData.licence);
    const phones = s.entries.flatMap((e) => [
      ...(e.kind === 'team' ? [e.data.phone, ...e.data.members.map((m) => m.phone)] : []),
      ...(e.kind === 'product' ? [e.data.seller?.phone] : []),
    ]);
    const all = Object.values(DATA_FILES)
      .map((f) => s.read(f))
      .join('\n');
    for (const phone of phones.filter((p): p is string => Boolean(p))) {
      expect(all).not.toContain(formatDomestic(phone));
      expect(all).not.toContain(phone);
    }
  });

  it('describes the data in both languages, linked from every page’s footer', () => {
    for (const lang of LANGS) {
      const dataPage = s.path({ page: 'data' }, lang);
      const html = s.read(dataPage);
      for (const file of Object.values(DATA_FILES)) expect(html).toContain(`href="${s.base}${file}"`);
      if (licenceOf(s.site).path) expect(html).toContain(`href="${licenceOf(s.site).path}" rel="license"`);
      for (const page of [s.path({ page: 'home' }, lang), ...s.entries.slice(0, 3).map((e) => s.entryPath(e, lang))]) {
        expect(s.read(page), page).toContain(`href="${dataPage}"`);
      }
    }
  });
});
