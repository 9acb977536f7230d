/**
 * Festival days as volunteers write them — `20/8` (lunar day 20 of month 8), `15/4n` (a leap
 * month), `10-20/8` (several days), or a solar `20/11` — and the days they fall on in coming years.
 */
import { dayOf, partsOf, type Day } from './days.ts';
import { monthOf, toLunar, VIETNAM_OFFSET, type LunarDate } from './lunar.ts';

/** A yearly festival date, lunar or solar, possibly lasting several days of one month. */
export interface FestivalDate {
  calendar: 'lunar' | 'solar';
  /** First day of the festival in its month. */
  day: number;
  /** Last day (the same as `day` for a one-day festival). */
  lastDay: number;
  month: number;
  /** A lunar leap month (`15/4n`): it happens only in years that have that leap month. */
  leap: boolean;
}

/** Why a written festival date cannot be read: each is a named problem in the content room. */
export type FestivalDateProblem = 'festivalDate' | 'festivalDay' | 'festivalMonth' | 'festivalRange';

const FORM = /^(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s*\/\s*(\d{1,2})\s*(n|nhuận)?$/iu;
const SOLAR_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads `D/M`, `D-D/M` and, for lunar dates, `D/Mn` (or `D/M nhuận`).
 * @example parseFestivalDate('10-20/8', 'lunar') // { calendar: 'lunar', day: 10, lastDay: 20, month: 8, leap: false }
 */
export function parseFestivalDate(text: string, calendar: 'lunar' | 'solar'): FestivalDate | FestivalDateProblem {
  const match = FORM.exec(text.normalize('NFC').trim());
  if (!match || (calendar === 'solar' && match[4])) return 'festivalDate';
  const [day, lastDay, month] = [Number(match[1]), Number(match[2] ?? match[1]), Number(match[3])];
  if (month < 1 || month > 12) return 'festivalMonth';
  const longest = calendar === 'lunar' ? 30 : SOLAR_DAYS[month - 1]!;
  if (day < 1 || day > longest || lastDay > longest) return 'festivalDay';
  if (lastDay < day) return 'festivalRange';
  return { calendar, day, lastDay, month, leap: Boolean(match[4]) };
}

/** A festival date as written in `data-lunar` and in the content: `20/8`, `15/4n`. */
export const lunarLabel = (d: Pick<LunarDate, 'day' | 'month' | 'leap'>): string => `${d.day}/${d.month}${d.leap ? 'n' : ''}`;

/** One year's festival: its first and last solar days. */
export interface Occurrence {
  start: Day;
  end: Day;
}

/**
 * The year's days of a lunar festival, or `undefined` when the year lacks its leap month. Day 30
 * of a month that has only 29 days that year is held on the 29th, the month's last day.
 */
function lunarOccurrence(date: FestivalDate, year: number): Occurrence | undefined {
  const month = monthOf(year, date.month, date.leap, VIETNAM_OFFSET);
  if (!month) return undefined;
  const at = (day: number): Day => month.start + Math.min(day, month.length) - 1;
  return { start: at(date.day), end: at(date.lastDay) };
}

/** The year's days of a solar festival, or `undefined` for 29/2 outside leap years. */
function solarOccurrence(date: FestivalDate, year: number): Occurrence | undefined {
  const start = dayOf(year, date.month, date.day);
  if (start >= dayOf(year, date.month + 1, 1)) return undefined;
  return { start, end: Math.min(dayOf(year, date.month, date.lastDay), dayOf(year, date.month + 1, 0)) };
}

/**
 * The festival's days from `from` (a festival already under way counts) up to `years` years
 * later, in order.
 */
export function occurrences(date: FestivalDate, from: Day, years = 5): Occurrence[] {
  const first = toLunar(from).year - 1;
  const today = partsOf(from);
  const until = dayOf(today.year + years, today.month, today.date);
  const found: Occurrence[] = [];
  for (let year = first; year <= first + years + 1; year++) {
    const occurrence = date.calendar === 'lunar' ? lunarOccurrence(date, year) : solarOccurrence(date, year);
    if (occurrence && occurrence.end >= from && occurrence.start < until) found.push(occurrence);
  }
  return found;
}

/** The lunar date of a solar day, as `data-lunar` writes it (`20/8`, `15/4n`). */
export const lunarLabelOf = (day: Day): string => lunarLabel(toLunar(day));
