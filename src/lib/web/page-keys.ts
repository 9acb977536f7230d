/**
 * Cache keys for Astro's incremental build: a digest of the data a page shows. Astro re-renders a
 * page when its key or its code (the module graph: components, styles, UI strings) changed, and
 * copies the last build's file otherwise.
 */
import { createHash } from 'node:crypto';
import { isoOf, type Day } from '../calendar/days.ts';

/** A short digest of any JSON-able data. */
export const dataKey = (...parts: unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);

/**
 * The build day (`YYYY-MM-DD`) for a page that lists coming festivals, else nothing: such a page
 * must be rendered again the next day, when a date may have passed.
 */
export const festivalDayKey = (listsFestivals: boolean, day: Day): string | undefined => (listsFestivals ? isoOf(day) : undefined);
