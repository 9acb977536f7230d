import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { dataPackage, dataRecord, DATA_FILES, toCsv, toGeoJson } from '../../lib/web/open-data.ts';

const TYPES = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  package: 'application/json',
} as const;
type Format = keyof typeof DATA_FILES;

/** `/data/entries.geojson|csv|json` and `/data/datapackage.json`: the entries as open data. */
export const getStaticPaths = (() =>
  Object.entries(DATA_FILES).map(([format, path]) => ({
    params: { file: path.replace(/^data\//, '') },
    props: { format: format as Format },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { site, pages } = await loadContent();
  const records = pages.map((p) => dataRecord(site, p.entry));
  const format = (props as { format: Format }).format;
  const body = {
    geojson: () => toGeoJson(records),
    csv: () => toCsv(records),
    json: () => JSON.stringify(records, null, 1),
    package: () => dataPackage(site, import.meta.env.BASE_URL),
  }[format]();
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
};
