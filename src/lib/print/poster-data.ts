/**
 * From entries to what posters say. Personal numbers appear only when the person's consent
 * covers print (`teamContacts(…, 'print')`): a poster on a wall cannot be taken back.
 */
import { resources, useT } from '../../i18n/index.ts';
import { areaName } from '../content/areas.ts';
import { teamContacts } from '../people/consent.ts';
import type { Entry, TeamEntry } from '../content/entries.ts';
import { field, title } from '../content/entries.ts';
import type { Site } from '../content/site-schema.ts';
import { formatDomestic } from '../people/phone.ts';
import { qrUrl, shortUrl } from '../codes/routes.ts';
import type { TeamPosterData } from './team-poster.ts';
import type { TrailStop } from './trail-poster.ts';

/** Poster files, relative to the base. */
export const POSTER_DIR = 'posters/';
/** Base name (without extension) of a team's poster. */
export const teamPosterName = (slug: string): string => `team-${slug}`;
/** Base name (without extension) of an area's heritage-trail poster. */
export const trailPosterName = (areaId: string): string => `trail-${areaId}`;

const HEADING = 'Tổ công nghệ số cộng đồng';

/** What a team's poster says, in Vietnamese (the language of the notice board). */
export function teamPosterData(site: Site, team: TeamEntry): TeamPosterData {
  const t = useT('vi');
  const name = title(team, 'vi').text;
  const area = areaName(site, team.data.area, 'vi');
  return {
    heading: name.startsWith(HEADING) ? name : `${HEADING} ${name}`,
    title: area,
    servicesLabel: `${t('team.services')}:`,
    services: team.data.services.map((s) => t(`service.${s}`)),
    when: `${t('team.schedule')}: ${field(team, 'schedule', 'vi')?.text ?? ''}`,
    where: `${t('team.place')}: ${field(team, 'place', 'vi')?.text ?? ''}`,
    contacts: teamContacts(team.data, 'print').map((c) => ({
      name: c.role === 'team' ? t('team.phone') : `${c.name} — ${t(`role.${c.role}`)}`,
      phone: formatDomestic(c.phone),
    })),
    moreContacts: resources.vi['poster.moreContacts'],
    url: qrUrl(site.baseUrl, team.data.code),
    short: shortUrl(site.baseUrl, team.data.code),
    footer: site.name.vi,
  };
}

/**
 * The relics of one area as heritage-trail stops, in the site's title order (the poster orders the
 * visit), then its places to stay, named as such: a visitor plans the walk from where they sleep.
 */
export const trailStops = (site: Site, entries: Entry[], areaId: string): TrailStop[] =>
  ['relic', 'homestay'].flatMap((kind) =>
    entries
      .filter((e) => e.kind === kind && e.data.area === areaId)
      .map((e) => {
        // Named as a place to stay in the line under its name, which a short row drops before the name.
        const vi = kind === 'homestay' ? `${STAY}. ` : '';
        return {
          title: title(e, 'vi').text,
          titleEn: title(e, 'en').text,
          line: `${vi}${field(e, 'summary', 'vi')?.text ?? ''}`,
          url: qrUrl(site.baseUrl, e.data.code),
          short: shortUrl(site.baseUrl, e.data.code),
          location: (e.data as { location?: TrailStop['location'] }).location,
        };
      }),
  );

/** How a place to stay is named among the trail's stops. */
const STAY = 'Nơi lưu trú · Homestay';
