import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import type { TeamEntry } from '../../lib/content/entries.ts';
import type { Layout } from '../../lib/print/layout.ts';
import { toSvg } from '../../lib/print/render/svg.ts';
import { areaName, areasWith } from '../../lib/content/areas.ts';
import { toPdf } from '../../lib/print/render/pdf.ts';
import { PREVIEW_DPI, printFileName, toPng } from '../../lib/print/render/png.ts';
import { teamPoster, trailPoster } from '../../lib/print/poster.ts';
import { teamPosterData, teamPosterName, trailPosterName, trailStops } from '../../lib/print/poster-data.ts';

type Props = { ext: 'pdf' | 'svg' | 'preview' } & ({ type: 'team'; team: TeamEntry } | { type: 'trail'; area: string });

/** A contact poster per team and a heritage-trail poster per area, as PDF (print), SVG and a small PNG preview. */
export const getStaticPaths = (async () => {
  const { site, pages } = await loadContent();
  const teams = pages.map((p) => p.entry).filter((e): e is TeamEntry => e.kind === 'team');
  const trails = areasWith(
    site,
    pages.map((p) => p.entry).filter((e) => e.kind === 'relic'),
  );
  return (['pdf', 'svg', 'preview'] as const).flatMap((ext) => [
    ...teams.map((team) => ({
      params: { file: printFileName(teamPosterName(team.slug), ext) },
      props: { ext, type: 'team', team } satisfies Props,
    })),
    ...trails.map((a) => ({
      params: { file: printFileName(trailPosterName(a.id), ext) },
      props: { ext, type: 'trail', area: a.id } satisfies Props,
    })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const p = props as Props;
  const { site, pages } = await loadContent();
  const { poster, errorCorrection } = site.plaque;
  let layouts: Layout[];
  let name: string;
  if (p.type === 'team') {
    layouts = [teamPoster(teamPosterData(site, p.team), poster, errorCorrection)];
    name = p.team.data.title;
  } else {
    const area = areaName(site, p.area, 'vi');
    const heading = 'Con đường di sản · Heritage trail';
    name = `${heading} — ${area}`;
    const stops = trailStops(
      site,
      pages.map((x) => x.entry),
      p.area,
    );
    layouts = trailPoster(heading, area, stops, poster, errorCorrection);
  }
  // The SVG and the preview show the first page; a long trail continues on the PDF's next pages.
  const first = layouts[0]!;
  if (p.ext === 'preview') return new Response((await toPng(first, PREVIEW_DPI)) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
  if (p.ext === 'svg') return new Response(toSvg(first), { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response((await toPdf(layouts, name)) as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
