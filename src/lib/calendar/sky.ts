/**
 * What the lunar calendar needs from the sky, from astronomy-engine (MIT): new moons, the winter
 * solstice and the Sun's longitude, each turned into the day it falls on in a given time zone.
 */
import { Seasons, SearchMoonPhase, SunPosition } from 'astronomy-engine';
import { dayAt, midnightOf, type Day } from './days.ts';

/** The day of the December solstice of a Gregorian year in the zone. */
export const solsticeDay = (year: number, offset: number): Day => dayAt(Seasons(year).dec_solstice.date, offset);

/** The day of the last new moon on or before `day` (the first day of the lunar month holding it). */
export function newMoonOnOrBefore(day: Day, offset: number): Day {
  const found = SearchMoonPhase(0, midnightOf(day + 1, offset), -32);
  if (!found) throw new Error(`no new moon within 32 days before day ${day}`);
  return dayAt(found.date, offset);
}

/** The day of the first new moon after the whole of `day` (the first day of the next lunar month). */
export function newMoonAfter(day: Day, offset: number): Day {
  const found = SearchMoonPhase(0, midnightOf(day + 1, offset), 32);
  if (!found) throw new Error(`no new moon within 32 days after day ${day}`);
  return dayAt(found.date, offset);
}

/** Which of the twelve 30° arcs (major solar terms, trung khí) the Sun is in when `day` begins. */
const arcAt = (day: Day, offset: number): number => Math.floor(SunPosition(midnightOf(day, offset)).elon / 30);

/**
 * Whether a major solar term (the Sun's longitude reaching a multiple of 30°) falls on a day in
 * [start, end): the days of one lunar month.
 */
export const hasMajorTerm = (start: Day, end: Day, offset: number): boolean => arcAt(start, offset) !== arcAt(end, offset);
