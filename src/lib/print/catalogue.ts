/**
 * What the plaques of a site say and where their files are: the data a plaque prints, its layout
 * (memoised per entry), the batch PDF paths, and the manifest print shops and tools read.
 */
import { areaName } from '../content/areas.ts';
import type { Entry } from '../content/entries.ts';
import { field, title } from '../content/entries.ts';
import type { Kind } from '../content/schema.ts';
import type { Site } from '../content/site-schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { qrUrl, shortUrl, withBase } from '../codes/routes.ts';
import { plaqueLayout, type Plaque, type PlaqueData } from './plaque.ts';

/** The plaque files, relative to the base. */
export const PLAQUE_DIR = 'plaques/';

/** One plaque as the manifest lists it. */
export interface ManifestItem {
  code: string;
  /** Exactly what the QR holds. */
  url: string;
  kind: Kind;
  slug: string;
  area: string;
  title: { vi: string; en: string };
  files: { svg: string; pdf: string; png: string };
}

/** Entries that get a plaque: relics, products and homestays (teams get posters, guides sheets). */
export const plaqueEntries = (entries: Entry[]): Entry[] => entries.filter((e) => e.kind !== 'team' && e.kind !== 'guide');

/** The manifest item of one entry; file paths carry the site's base (`/` or `/sub/`). */
export function manifestItem(site: Site, base: string, e: Entry): ManifestItem {
  const code = e.data.code;
  const file = (ext: string): string => withBase(base, `${PLAQUE_DIR}${code}.${ext}`);
  return {
    code,
    url: qrUrl(site.baseUrl, code),
    kind: e.kind,
    slug: e.slug,
    area: e.data.area,
    title: { vi: title(e, 'vi').text.normalize('NFC'), en: title(e, 'en').text.normalize('NFC') },
    files: { svg: file('svg'), pdf: file('pdf'), png: file('png') },
  };
}

/** A field in `lang` only when it is written in that language (no Vietnamese standing in). */
const own = (e: Entry, name: 'title' | 'summary' | 'plaque', lang: Lang): string | undefined => {
  const t = field(e, name, lang);
  return t?.lang === lang ? t.text : undefined;
};

/**
 * The words a plaque prints in `lang`: the entry's `plaque:` text, else its summary (the plaque
 * keeps its first whole sentences when the paper cannot hold all of it).
 */
export const plaqueText = (e: Entry, lang: Lang): string | undefined => own(e, 'plaque', lang) ?? own(e, 'summary', lang);

/** What the plaque of one entry says. */
export function plaqueData(site: Site, e: Entry): PlaqueData {
  return {
    url: qrUrl(site.baseUrl, e.data.code),
    short: shortUrl(site.baseUrl, e.data.code),
    title: { vi: title(e, 'vi').text, en: own(e, 'title', 'en') },
    text: { vi: plaqueText(e, 'vi') ?? '', en: plaqueText(e, 'en') },
    area: areaName(site, e.data.area, 'vi'),
    site: site.name.vi,
    textQr: e.kind === 'relic' && site.plaque.textQr,
  };
}

/** Path of an area's batch PDF (every plaque of that area, one a page), relative to the base. */
export const areaBatchPath = (areaId: string): string => `${PLAQUE_DIR}area-${areaId}.pdf`;

const laidOut = new WeakMap<Entry, Plaque>();

/** The plaque of an entry, laid out once per build: its svg, pdf, png, preview, batch page and print-page note share it. */
export function plaqueFor(site: Site, e: Entry): Plaque {
  let p = laidOut.get(e);
  if (!p) laidOut.set(e, (p = plaqueLayout(plaqueData(site, e), site.plaque)));
  return p;
}
