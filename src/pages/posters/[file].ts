import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../data/content.ts';
import type { TeamEntry } from '../../lib/content/entries.ts';
import type { Layout } from '../../lib/print/layout.ts';
import { toSvg } from '../../lib/print/layout.ts';
import { toPdf } from '../../lib/print/pdf.ts';
import { teamPoster, trailPoster } from '../../lib/print/poster.ts';
import { teamPosterData, teamPosterName, trailPosterName, trailStops } from '../../lib/print/poster-data.ts';

type Props = { ext: 'pdf' | 'svg' } & ({ type: 'team'; team: TeamEntry } | { type: 'trail'; area: string });

/** A contact poster per team and a heritage-trail poster per area, as PDF (print) and SVG (preview). */
export const getStaticPaths = (async () => {
  const { site, pages } = await loadContent();
  const teams = pages.map((p) => p.entry).filter((e): e is TeamEntry => e.kind === 'team');
  return (['pdf', 'svg'] as const).flatMap((ext) => [
    ...teams.map((team) => ({
      params: { file: `${teamPosterName(team.slug)}.${ext}` },
      props: { ext, type: 'team', team } satisfies Props,
    })),
    ...site.areas.map((a) => ({
      params: { file: `${trailPosterName(a.id)}.${ext}` },
      props: { ext, type: 'trail', area: a.id } satisfies Props,
    })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const p = props as Props;
  const { site, pages } = await loadContent();
  const { poster, errorCorrection } = site.plaque;
  let layout: Layout;
  let name: string;
  if (p.type === 'team') {
    layout = teamPoster(teamPosterData(site, p.team), poster, errorCorrection);
    name = p.team.data.title;
  } else {
    const area = site.areas.find((a) => a.id === p.area)!;
    name = `Con đường di sản · Heritage trail — ${area.name.vi}`;
    layout = trailPoster(
      'Con đường di sản · Heritage trail',
      area.name.vi,
      trailStops(
        site,
        pages.map((x) => x.entry),
        p.area,
      ),
      poster,
      errorCorrection,
    );
  }
  if (p.ext === 'svg') return new Response(toSvg(layout), { headers: { 'Content-Type': 'image/svg+xml' } });
  return new Response((await toPdf([layout], name)) as BodyInit, { headers: { 'Content-Type': 'application/pdf' } });
};
