/**
 * The Vietnamese lunar calendar (âm lịch), computed from the sky for Vietnam's time zone (UTC+7):
 * a month begins on the day of a new moon; the winter solstice falls in month 11; when 13 months
 * lie between two months 11, the first of them without a major solar term is the leap month
 * (tháng nhuận) and repeats the number of the month before it. The Chinese calendar follows the
 * same rules at UTC+8, which is why the two differ on real days (Tết 1985, 2007, 2030).
 */
import { partsOf, type Day } from './days.ts';
import { hasMajorTerm, newMoonAfter, newMoonOnOrBefore, solsticeDay } from './sky.ts';

/** Vietnam's time zone, hours east of UTC, used by law for the calendar since 1967. */
export const VIETNAM_OFFSET = 7;

/** A day of the lunar calendar. `year` is the Gregorian year in which that lunar year's Tết falls. */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** One lunar month: its number, whether it is the leap one, its first day and length (29 or 30). */
export interface LunarMonth {
  month: number;
  leap: boolean;
  start: Day;
  length: number;
}

const cache = new Map<string, LunarMonth[]>();

/**
 * The months from month 11 of the lunar year before `year` up to, not including, the next month
 * 11: the stretch between two winter solstices where a leap month is decided.
 */
export function solsticeSpan(year: number, offset = VIETNAM_OFFSET): LunarMonth[] {
  const key = `${offset}:${year}`;
  let months = cache.get(key);
  if (!months) cache.set(key, (months = computeSpan(year, offset)));
  return months;
}

function computeSpan(year: number, offset: number): LunarMonth[] {
  const first = newMoonOnOrBefore(solsticeDay(year - 1, offset), offset);
  const last = newMoonOnOrBefore(solsticeDay(year, offset), offset);
  const starts = [first];
  while (starts.at(-1)! < last) starts.push(newMoonAfter(starts.at(-1)!, offset));
  // starts ends with `last`, the next month 11: 13 or 14 starts, 12 or 13 months.
  let leapAt = -1;
  if (starts.length === 14) {
    leapAt = starts.findIndex((start, i) => i > 0 && i < 13 && !hasMajorTerm(start, starts[i + 1]!, offset));
  }
  const months: LunarMonth[] = [];
  let number = 10;
  for (let i = 0; i < starts.length - 1; i++) {
    const leap = i === leapAt;
    if (!leap) number = (number % 12) + 1;
    months.push({ month: number, leap, start: starts[i]!, length: starts[i + 1]! - starts[i]! });
  }
  return months;
}

/** The months of one lunar year, from Tết (month 1) to the last day before the next Tết. */
export function lunarYear(year: number, offset = VIETNAM_OFFSET): LunarMonth[] {
  const before = solsticeSpan(year, offset);
  const after = solsticeSpan(year + 1, offset);
  const tet = before.findIndex((m) => m.month === 1);
  const nextTet = after.findIndex((m) => m.month === 1);
  return [...before.slice(tet), ...after.slice(0, nextTet)];
}

/** The day of Tết Nguyên Đán (the first day of month 1) of a lunar year. */
export const tet = (year: number, offset = VIETNAM_OFFSET): Day => lunarYear(year, offset)[0]!.start;

/** The lunar month `month` (leap or not) of a lunar year, or `undefined` when that year has no such leap month. */
export const monthOf = (year: number, month: number, leap: boolean, offset = VIETNAM_OFFSET): LunarMonth | undefined =>
  lunarYear(year, offset).find((m) => m.month === month && m.leap === leap);

/**
 * The solar day of a lunar date, or `undefined` when that year has no such month (a leap month) or
 * the month is too short (day 30 of a 29-day month).
 */
export function toSolar(date: LunarDate, offset = VIETNAM_OFFSET): Day | undefined {
  const month = monthOf(date.year, date.month, date.leap, offset);
  if (!month || date.day < 1 || date.day > month.length) return undefined;
  return month.start + date.day - 1;
}

/** The lunar date of a solar day. */
export function toLunar(day: Day, offset = VIETNAM_OFFSET): LunarDate {
  const { year } = partsOf(day);
  const lunarYearOf = tet(year, offset) <= day ? year : year - 1;
  const months = lunarYear(lunarYearOf, offset);
  const month = months.findLast((m) => m.start <= day)!;
  return { year: lunarYearOf, month: month.month, day: day - month.start + 1, leap: month.leap };
}
