/**
 * Days as whole numbers: day 0 is 1970-01-01. A day is a date on a wall calendar, not an instant,
 * so everything here uses UTC arithmetic only and never the machine's time zone.
 */

/** A calendar day as days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** The day an instant falls on in a zone `offset` hours east of UTC (Vietnam: 7). */
export const dayAt = (instant: Date, offset: number): Day => Math.floor((instant.getTime() + offset * MS_PER_HOUR) / MS_PER_DAY);

/** The instant a day begins (its midnight) in a zone `offset` hours east of UTC. */
export const midnightOf = (day: Day, offset: number): Date => new Date(day * MS_PER_DAY - offset * MS_PER_HOUR);

/** The day of a Gregorian date. @example dayOf(2030, 2, 2) */
export const dayOf = (year: number, month: number, date: number): Day => Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);

/** A day as `YYYY-MM-DD`. */
export const isoOf = (day: Day): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** `YYYY-MM-DD` as a day. */
export const dayOfIso = (iso: string): Day => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

/** The Gregorian year, month (1–12) and date of a day. */
export function partsOf(day: Day): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Today in Vietnam (UTC+7), whatever the machine's time zone. */
export const todayInVietnam = (now: Date = new Date()): Day => dayAt(now, 7);
