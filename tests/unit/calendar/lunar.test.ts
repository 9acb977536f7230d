/**
 * The Vietnamese lunar calendar against published tables, 1901–2100: Tết and Giỗ Tổ Hùng Vương in
 * Vietnam (UTC+7), and — to check where leap months fall — the Chinese tables when the same rules
 * run at UTC+8. `time-zones.test.ts` runs the Vietnamese check again under two machine time zones.
 */
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../src/lib/calendar/days.ts';
import { lunarYear, tet, toLunar, toSolar } from '../../../src/lib/calendar/lunar.ts';
import { DRAGON_BOAT_CHINA, HUNG_KINGS_VIETNAM, MID_AUTUMN_CHINA, TET_CHINA, TET_VIETNAM } from './published.ts';

const YEARS = Array.from({ length: 200 }, (_, i) => 1901 + i);
const solar = (year: number, month: number, day: number, offset = 7, leap = false): string =>
  isoOf(toSolar({ year, month, day, leap }, offset)!);

/** Years whose computed date differs from the table, as `year: computed ≠ published`. */
const differences = (published: Map<number, string>, compute: (year: number) => string): string[] =>
  YEARS.filter((y) => compute(y) !== published.get(y)).map((y) => `${y}: ${compute(y)} ≠ ${published.get(y)}`);

describe('the Vietnamese calendar (UTC+7) against the published tables', () => {
  it('gives every Tết from 1901 to 2100', () => {
    expect(TET_VIETNAM.size).toBe(200);
    expect(differences(TET_VIETNAM, (y) => isoOf(tet(y)))).toEqual([]);
  });

  it('gives every Giỗ Tổ Hùng Vương (10/3) from 1901 to 2100', () => {
    expect(differences(HUNG_KINGS_VIETNAM, (y) => solar(y, 3, 10))).toEqual([]);
  });

  it('has a leap month exactly in the years whose next Tết comes more than 370 days later', () => {
    const gap = (y: number) => Date.parse(TET_VIETNAM.get(y + 1)!) / 86_400_000 - Date.parse(TET_VIETNAM.get(y)!) / 86_400_000;
    const wrong = YEARS.slice(0, -1).filter((y) => lunarYear(y).some((m) => m.leap) !== gap(y) > 370);
    expect(wrong).toEqual([]);
  });
});

describe('the days where Vietnam and China differ', () => {
  it('Tết 2030 is 2 February in Vietnam, 3 February in China; mùng 6 tháng Giêng is 7 February', () => {
    expect(isoOf(tet(2030))).toBe('2030-02-02');
    expect(isoOf(tet(2030, 8))).toBe('2030-02-03');
    expect(solar(2030, 1, 6)).toBe('2030-02-07');
    expect(toLunar(dayOf(2030, 2, 7))).toEqual({ year: 2030, month: 1, day: 6, leap: false });
  });

  it('Tết 1985 is 21 January in Vietnam, a whole month before China’s 20 February', () => {
    expect(isoOf(tet(1985))).toBe('1985-01-21');
    expect(isoOf(tet(1985, 8))).toBe('1985-02-20');
  });

  it('Tết 2007 is 17 February in Vietnam, 18 February in China', () => {
    expect(isoOf(tet(2007))).toBe('2007-02-17');
    expect(isoOf(tet(2007, 8))).toBe('2007-02-18');
  });
});

describe('the same rules at UTC+8 give the published Chinese calendar', () => {
  it('Chinese New Year, Dragon Boat (5/5) and Mid-Autumn (15/8), 1901–2100: leap months in the right place', () => {
    expect(differences(TET_CHINA, (y) => isoOf(tet(y, 8)))).toEqual([]);
    expect(differences(DRAGON_BOAT_CHINA, (y) => solar(y, 5, 5, 8))).toEqual([]);
    expect(differences(MID_AUTUMN_CHINA, (y) => solar(y, 8, 15, 8))).toEqual([]);
  });
});

describe('leap months', () => {
  it('falls where Vietnamese calendars print them', () => {
    const leapOf = (y: number) => lunarYear(y).find((m) => m.leap)?.month;
    // Widely printed: 2020 nhuận tháng 4, 2023 nhuận tháng 2, 2025 nhuận tháng 6, 2028 nhuận tháng 5,
    // 2033 nhuận tháng 11 (the "2033 problem" of the Chinese calendar).
    expect([2020, 2023, 2025, 2028, 2033].map(leapOf)).toEqual([4, 2, 6, 5, 11]);
    expect([2021, 2022, 2024, 2026, 2027].map(leapOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('a leap month converts both ways and is marked', () => {
    const day = toSolar({ year: 2025, month: 6, day: 1, leap: true })!;
    expect(isoOf(day)).toBe('2025-07-25');
    expect(toLunar(day)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(toSolar({ year: 2026, month: 6, day: 1, leap: true })).toBeUndefined();
  });
});

describe('1901–2100 sanity', () => {
  it('every year has Tết between 21 January and 20 February, 12 or 13 months of 29 or 30 days, in order', () => {
    const wrong: string[] = [];
    for (const y of YEARS) {
      const months = lunarYear(y);
      const day = isoOf(months[0]!.start).slice(5);
      if (day < '01-21' || day > '02-20') wrong.push(`${y}: Tết ${day}`);
      if (months.length !== 12 && months.length !== 13) wrong.push(`${y}: ${months.length} months`);
      if (months.some((m) => m.length !== 29 && m.length !== 30)) wrong.push(`${y}: a month of odd length`);
      const numbers = months.filter((m) => !m.leap).map((m) => m.month);
      if (numbers.join() !== '1,2,3,4,5,6,7,8,9,10,11,12') wrong.push(`${y}: months ${numbers.join()}`);
      if (months[0]!.start + months.reduce((n, m) => n + m.length, 0) !== tet(y + 1)) wrong.push(`${y}: gap before next Tết`);
    }
    expect(wrong).toEqual([]);
  });

  it('solar → lunar → solar gives the same day, every day of 2024–2026', () => {
    const wrong: string[] = [];
    for (let day = dayOf(2024, 1, 1); day < dayOf(2027, 1, 1); day++) {
      if (toSolar(toLunar(day)) !== day) wrong.push(isoOf(day));
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a day the month does not have', () => {
    const short = lunarYear(2030).find((m) => m.length === 29)!;
    expect(toSolar({ year: 2030, month: short.month, day: 30, leap: short.leap })).toBeUndefined();
    expect(toSolar({ year: 2030, month: 1, day: 0, leap: false })).toBeUndefined();
  });
});
