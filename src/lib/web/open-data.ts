/**
 * The site's entries as open data: one flat record per entry (never a person's number), written as
 * GeoJSON (entries with a location), CSV (UTF-8 with a BOM, so Excel shows Vietnamese) and JSON,
 * with a Frictionless `datapackage.json` that names the licence. Generic over kinds: an entry kind
 * with a `location` field is on the map; `rank`, `address` and the like are filled where a kind has them.
 */
import type { Entry } from '../content/entries.ts';
import { field, title } from '../content/entries.ts';
import { areaName } from '../content/areas.ts';
import type { Site } from '../content/site-schema.ts';
import { qrUrl, relPath } from '../codes/routes.ts';

/** The data files, relative to the base. These paths are promises to people who link to them. */
export const DATA_FILES = {
  geojson: 'data/entries.geojson',
  csv: 'data/entries.csv',
  json: 'data/entries.json',
  package: 'data/datapackage.json',
} as const;

/** Licences a site may name by their SPDX id, with the page that states them. */
export const LICENCES: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

/** One entry as a row of open data. */
export interface DataRecord {
  code: string;
  kind: string;
  slug: string;
  title_vi: string;
  title_en: string;
  summary_vi: string;
  summary_en: string;
  area: string;
  area_vi: string;
  area_en: string;
  rank: string;
  address_vi: string;
  lat: number | null;
  lng: number | null;
  url_vi: string;
  url_en: string;
  /** What the entry's QR plaque holds. */
  qr: string;
}

/** The columns of the CSV, in order. */
export const COLUMNS: (keyof DataRecord)[] = [
  'code',
  'kind',
  'slug',
  'title_vi',
  'title_en',
  'summary_vi',
  'summary_en',
  'area',
  'area_vi',
  'area_en',
  'rank',
  'address_vi',
  'lat',
  'lng',
  'url_vi',
  'url_en',
  'qr',
];

/** The entry's map position, for any kind that has one. */
export const locationOf = (e: Entry): { lat: number; lng: number } | undefined =>
  (e.data as { location?: { lat: number; lng: number } }).location;

/** One entry as a record; English words only where the entry has them (else they are the Vietnamese, as on the page). */
export function dataRecord(site: Site, e: Entry): DataRecord {
  const url = (lang: 'vi' | 'en') => new URL(relPath({ page: 'entry', kind: e.kind, slug: e.slug }, lang), site.baseUrl).href;
  const location = locationOf(e);
  return {
    code: e.data.code,
    kind: e.kind,
    slug: e.slug,
    title_vi: title(e, 'vi').text,
    title_en: title(e, 'en').text,
    summary_vi: field(e, 'summary', 'vi')?.text ?? '',
    summary_en: field(e, 'summary', 'en')?.text ?? '',
    area: e.data.area,
    area_vi: areaName(site, e.data.area, 'vi'),
    area_en: areaName(site, e.data.area, 'en'),
    rank: (e.data as { rank?: string }).rank ?? '',
    address_vi: field(e, 'address', 'vi')?.text ?? '',
    lat: location?.lat ?? null,
    lng: location?.lng ?? null,
    url_vi: url('vi'),
    url_en: url('en'),
    qr: qrUrl(site.baseUrl, e.data.code),
  };
}

/** GeoJSON (RFC 7946) of every entry with a location: points at `[lng, lat]`, the record as properties. */
export function toGeoJson(records: DataRecord[]): string {
  const features = records
    .filter((r) => r.lat !== null && r.lng !== null)
    .map(({ lat, lng, ...properties }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties }));
  return JSON.stringify({ type: 'FeatureCollection', features }, null, 1);
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
const csvField = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV of every entry: UTF-8 with a BOM (Excel then reads Vietnamese right), CRLF line ends, a header row. */
export function toCsv(records: DataRecord[]): string {
  const rows = [COLUMNS, ...records.map((r) => COLUMNS.map((c) => r[c]))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The licence a site chose (`site.yaml` `openData.licence`, CC BY 4.0 unless it says otherwise) and its page. */
export function licenceOf(site: Site): { name: string; path?: string } {
  const name = site.openData.licence;
  const path = site.openData.licenceUrl ?? LICENCES[name];
  return path ? { name, path } : { name };
}

/** A Frictionless Data Package (datapackage.json): what the dataset is, its licence and its files. */
export function dataPackage(site: Site, base: string): string {
  const file = (path: string, format: string, mediatype: string) => ({
    name: path.replace(/^data\/entries\./, 'entries-'),
    path: new URL(path, new URL(base, site.baseUrl)).href,
    format,
    mediatype,
    encoding: 'utf-8',
  });
  const description = `${site.name.vi} — ${site.province.vi}. ${site.name.en} — ${site.province.en}.`;
  return JSON.stringify(
    {
      name: new URL(site.baseUrl).hostname.replace(/[^a-z0-9]+/g, '-'),
      title: `${site.name.vi} / ${site.name.en}`,
      description,
      homepage: site.baseUrl,
      licenses: [licenceOf(site)],
      resources: [
        file(DATA_FILES.geojson, 'geojson', 'application/geo+json'),
        file(DATA_FILES.csv, 'csv', 'text/csv'),
        file(DATA_FILES.json, 'json', 'application/json'),
      ],
    },
    null,
    2,
  );
}
