/**
 * Guides and teams that belong together: a team page links the guides for the services it offers,
 * and a guide names the team to call — its own `team`, or every team offering its services.
 */
import { byTitle, type Entry, type GuideEntry, type TeamEntry } from './entries.ts';
import { isStale } from './guide-text.ts';

/** The teams to call about a guide: the one it names, else those offering one of its services. */
export function teamsFor(guide: GuideEntry, entries: Entry[]): TeamEntry[] {
  const teams = entries.filter((e): e is TeamEntry => e.kind === 'team');
  const { team, services } = guide.data;
  if (team) return teams.filter((t) => t.data.code === team);
  return byTitle(teams.filter((t) => t.data.services.some((s) => services.includes(s))));
}

/** The guides a team page links: those naming the team, and those for a service it offers. */
export function guidesFor(team: TeamEntry, entries: Entry[]): GuideEntry[] {
  const guides = entries.filter((e): e is GuideEntry => e.kind === 'guide');
  const mine = (g: GuideEntry): boolean =>
    g.data.team ? g.data.team === team.data.code : g.data.services.some((s) => team.data.services.includes(s));
  return byTitle(guides.filter(mine));
}

/**
 * What an entry page shows beyond its own entry (a team page its guides' names, a guide page its
 * teams' numbers and whether it is stale on `now`), for its cache key: the page is rendered again
 * when any of that changes, a year after a guide's check included.
 */
export function relatedData(entry: Entry, entries: Entry[], now: Date): unknown[] {
  if (entry.kind === 'team') return guidesFor(entry, entries).map((g) => [g.slug, g.data.title, g.en?.title]);
  if (entry.kind === 'guide') return [isStale(entry.data.checked, now), ...teamsFor(entry, entries).map((t) => [t.slug, t.data, t.en])];
  return [];
}
