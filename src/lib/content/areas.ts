/**
 * The communes and wards of `site.yaml` as entries and pages refer to them by id.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Entry } from './entries.ts';
import type { Site } from './site-schema.ts';

/** The area's name in a language; its id when the site does not list it (content checks report that). */
export const areaName = (site: Site, id: string, lang: Lang): string => site.areas.find((a) => a.id === id)?.name[lang] ?? id;

/** The areas that hold at least one of `entries`, in site order: an area without entries gets no empty print file. */
export const areasWith = (site: Site, entries: Entry[]): Site['areas'] =>
  site.areas.filter((a) => entries.some((e) => e.data.area === a.id));
