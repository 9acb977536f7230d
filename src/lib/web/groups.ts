/**
 * How list pages group entries: relics, teams and homestays by area, products by the seasons they are
 * sold in, guides by the service they explain.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/index.ts';
import type { Entry } from '../content/entries.ts';
import { SERVICES, type Kind } from '../content/schema.ts';
import type { Site } from '../content/site-schema.ts';

export interface Group {
  id: string;
  label: string;
  entries: Entry[];
}

/** The four seasons as months, in the order of the year; a product appears in every season it covers. */
export const SEASONS = [
  { id: 'spring', months: [1, 2, 3] },
  { id: 'summer', months: [4, 5, 6] },
  { id: 'autumn', months: [7, 8, 9] },
  { id: 'winter', months: [10, 11, 12] },
] as const;

/** Groups for a list page, empty groups left out, entries keeping their given order. */
export function groupList(kind: Kind, entries: Entry[], site: Site, lang: Lang, t: TFunction): Group[] {
  if (kind === 'guide') return serviceGroups(entries, t);
  const groups: Group[] =
    kind === 'product'
      ? [
          ...SEASONS.map((s) => ({
            id: s.id,
            label: t(`season.${s.id}`),
            entries: entries.filter((e) => e.kind === 'product' && e.data.season.some((m) => (s.months as readonly number[]).includes(m))),
          })),
          {
            id: 'all-year',
            label: t('list.products.allYear'),
            entries: entries.filter((e) => e.kind === 'product' && e.data.season.length === 0),
          },
        ]
      : site.areas.map((area) => ({ id: area.id, label: area.name[lang], entries: entries.filter((e) => e.data.area === area.id) }));
  return groups.filter((g) => g.entries.length > 0);
}

/** Guides by the service they explain, in the order of `SERVICES`; a guide on two services is in both. */
function serviceGroups(entries: Entry[], t: TFunction): Group[] {
  return SERVICES.map((s) => ({
    id: s,
    label: t(`service.${s}`),
    entries: entries.filter((e) => e.kind === 'guide' && e.data.services.includes(s)),
  })).filter((g) => g.entries.length > 0);
}
