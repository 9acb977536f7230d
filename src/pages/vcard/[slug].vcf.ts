import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { teamVCard } from '../../lib/people/vcard.ts';
import { pathOf } from '../../lib/codes/routes.ts';
import type { TeamEntry } from '../../lib/content/entries.ts';
import { dataKey } from '../../lib/web/page-keys.ts';

/** One vCard file per team: the team's number and every member who consented to publish theirs. */
export const getStaticPaths = (async () => {
  const { pages } = await loadContent();
  return pages
    .filter((p) => p.entry.kind === 'team')
    .map((p) => ({ params: { slug: p.entry.slug }, props: { team: p.entry as TeamEntry }, cacheKey: dataKey(p.entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const team = props['team'] as TeamEntry;
  const url = new URL(pathOf(import.meta.env.BASE_URL, { page: 'entry', kind: 'team', slug: team.slug }, 'vi'), site).href;
  return new Response(teamVCard(team, { url, lang: 'vi' }), { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
