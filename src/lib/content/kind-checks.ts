/**
 * Checks of homestays and guides across entries: a guide's team must exist and someone must be
 * there to call, a guide older than a year needs re-checking, and a host's number without
 * recorded consent stays hidden (said aloud, because booking by phone is the point of the page).
 */
import type { Entry, GuideEntry, HomestayEntry, TeamEntry } from './entries.ts';
import { isStale, recheckDay, vietnamDay } from './guide-text.ts';
import type { Problem } from './problems.ts';

/** Problems of the guides and homestays among `entries` on the day `now`. */
export function checkKinds(entries: Entry[], now: Date): Problem[] {
  const teams = entries.filter((e): e is TeamEntry => e.kind === 'team');
  return entries.flatMap((e) => (e.kind === 'guide' ? checkGuide(e, teams, now) : e.kind === 'homestay' ? checkHomestay(e) : []));
}

/** A guide's team, who offers its services, and how old its last check is. */
function checkGuide(guide: GuideEntry, teams: TeamEntry[], now: Date): Problem[] {
  const file = `${guide.dir}/vi.md`;
  const problems: Problem[] = [];
  const { team, services, checked } = guide.data;
  if (team && !teams.some((t) => t.data.code === team)) {
    const known = teams.map((t) => `${t.data.code} (${t.data.title})`).join(', ');
    problems.push({ severity: 'error', file, field: 'team', key: 'unknownTeam', values: { team, known } });
  }
  if (!team && !teams.some((t) => t.data.services.some((s) => services.includes(s))))
    problems.push({ severity: 'warning', file, field: 'services', key: 'guideNoTeam', values: { services: services.join(', ') } });
  if (isStale(checked, now))
    problems.push({
      severity: 'warning',
      file,
      field: 'checked',
      key: 'guideStale',
      values: { checked, due: recheckDay(checked), today: vietnamDay(now) },
    });
  return problems;
}

/** A host's number that will not be shown, for want of recorded consent. */
function checkHomestay(stay: HomestayEntry): Problem[] {
  const { host } = stay.data;
  if (!host.phone || (host.consent?.phone && !host.consent.withdrawn)) return [];
  return [{ severity: 'warning', file: `${stay.dir}/vi.md`, field: 'host.consent', key: 'hostPhoneHidden', values: { name: host.name } }];
}
