import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { areaName, areasWith } from '../../lib/content/areas.ts';
import type { Entry } from '../../lib/content/entries.ts';
import { areaBatchPath, PLAQUE_DIR, plaqueData, plaqueEntries, plaqueFor } from '../../lib/print/catalogue.ts';
import { toSvg } from '../../lib/print/render/svg.ts';
import { toPdf } from '../../lib/print/render/pdf.ts';
import type { Plaque } from '../../lib/print/plaque.ts';
import { PREVIEW_DPI, printFileName, toPng } from '../../lib/print/render/png.ts';
import { stickerSheets } from '../../lib/print/sheet.ts';

type Props =
  | { type: 'svg' | 'pdf' | 'png' | 'preview'; entry: Entry }
  | { type: 'area'; area: string; entries: Entry[] }
  | { type: 'sheet'; entries: Entry[] };

/**
 * Every plaque file (svg, pdf, png per relic and product, and a small preview for the print page),
 * the batch PDF per area and the sticker sheet.
 */
export const getStaticPaths = (async () => {
  const { site, pages } = await loadContent();
  const entries = plaqueEntries(pages.map((p) => p.entry));
  const file = (rel: string): string => rel.slice(PLAQUE_DIR.length);
  return [
    ...entries.flatMap((entry) =>
      (['svg', 'pdf', 'png', 'preview'] as const).map((type) => ({
        params: { file: printFileName(entry.data.code, type) },
        props: { type, entry } satisfies Props,
      })),
    ),
    ...areasWith(site, entries).map((a) => ({
      params: { file: file(areaBatchPath(a.id)) },
      props: { type: 'area', area: a.id, entries: entries.filter((e) => e.data.area === a.id) } satisfies Props,
    })),
    { params: { file: 'stickers.pdf' }, props: { type: 'sheet', entries } satisfies Props },
  ];
}) satisfies GetStaticPaths;

const warned = new Set<string>();

/** The plaque of an entry, warning once in the build log when its code is too small to scan. */
async function plaqueOf(entry: Entry): Promise<Plaque> {
  const { site } = await loadContent();
  const p = plaqueFor(site, entry);
  // Own line: Astro's page log has no newline yet.
  if (p.warning && !warned.has(entry.data.code)) console.warn(`\n[lang-so] ${p.warning}`);
  warned.add(entry.data.code);
  return p;
}

const TYPES = { svg: 'image/svg+xml', pdf: 'application/pdf', png: 'image/png' } as const;

export const GET: APIRoute = async ({ props }) => {
  const p = props as Props;
  const { site } = await loadContent();
  let body: string | Uint8Array;
  if (p.type === 'area') {
    const layouts = await Promise.all(p.entries.map(async (e) => (await plaqueOf(e)).layout));
    body = await toPdf(layouts, areaName(site, p.area, 'vi'));
  } else if (p.type === 'sheet') {
    body = await toPdf(
      stickerSheets(
        p.entries.map((e) => plaqueData(site, e)),
        site.plaque.errorCorrection,
      ),
      `${site.name.vi} — tem QR`,
    );
  } else {
    const { layout } = await plaqueOf(p.entry);
    if (p.type === 'svg') body = toSvg(layout);
    else if (p.type === 'pdf') body = await toPdf([layout], plaqueData(site, p.entry).title.vi);
    else body = await toPng(layout, p.type === 'preview' ? PREVIEW_DPI : 300);
  }
  const type = p.type === 'area' || p.type === 'sheet' ? TYPES.pdf : p.type === 'preview' ? TYPES.png : TYPES[p.type];
  return new Response(body as BodyInit, { headers: { 'Content-Type': type } });
};
