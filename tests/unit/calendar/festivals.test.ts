/** Festival dates as volunteers write them, and the solar days they fall on. */
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../src/lib/calendar/days.ts';
import { lunarLabelOf, occurrences, parseFestivalDate, type FestivalDate } from '../../../src/lib/calendar/festivals.ts';
import { lunarYear, toLunar } from '../../../src/lib/calendar/lunar.ts';

const date = (text: string, calendar: 'lunar' | 'solar' = 'lunar') => parseFestivalDate(text, calendar) as FestivalDate;
const spans = (d: FestivalDate, from: string, years = 5) =>
  occurrences(d, dayOf(...(from.split('-').map(Number) as [number, number, number])), years).map(
    (o) => `${isoOf(o.start)}${o.end !== o.start ? `…${isoOf(o.end)}` : ''}`,
  );

describe('parseFestivalDate', () => {
  it('reads a day, a span, a leap month, and solar dates', () => {
    expect(parseFestivalDate('20/8', 'lunar')).toEqual({ calendar: 'lunar', day: 20, lastDay: 20, month: 8, leap: false });
    expect(parseFestivalDate('10 – 20 / 8', 'lunar')).toMatchObject({ day: 10, lastDay: 20, month: 8 });
    expect(parseFestivalDate('15/4n', 'lunar')).toMatchObject({ day: 15, month: 4, leap: true });
    expect(parseFestivalDate('15/4 nhuận', 'lunar')).toMatchObject({ leap: true });
    expect(parseFestivalDate('20/11', 'solar')).toEqual({ calendar: 'solar', day: 20, lastDay: 20, month: 11, leap: false });
  });

  it('names what is wrong', () => {
    expect(parseFestivalDate('20 tháng 8', 'lunar')).toBe('festivalDate');
    expect(parseFestivalDate('2026-09-01', 'solar')).toBe('festivalDate');
    expect(parseFestivalDate('15/4n', 'solar')).toBe('festivalDate');
    expect(parseFestivalDate('20/13', 'lunar')).toBe('festivalMonth');
    expect(parseFestivalDate('31/8', 'lunar')).toBe('festivalDay');
    expect(parseFestivalDate('31/11', 'solar')).toBe('festivalDay');
    expect(parseFestivalDate('20-10/8', 'lunar')).toBe('festivalRange');
  });
});

describe('occurrences', () => {
  it('mùng 6 tháng Giêng: 7 February 2030 in Vietnam, and only days not yet past', () => {
    expect(spans(date('6/1'), '2030-01-01', 1)).toEqual(['2030-02-07']);
    expect(spans(date('6/1'), '2030-02-08', 1)).toEqual(['2031-01-28']);
  });

  it('a festival under way at build time is still listed; five years give five occurrences', () => {
    const autumn = spans(date('10-20/8'), '2026-09-25');
    expect(autumn).toHaveLength(5);
    const [first, last] = autumn[0]!.split('…');
    expect(first! <= '2026-09-25' && last! >= '2026-09-25').toBe(true);
    for (const span of autumn) {
      const [start, end] = span.split('…').map((iso) => toLunar(Date.parse(iso!) / 86_400_000));
      expect([start!.month, start!.day, end!.month, end!.day]).toEqual([8, 10, 8, 20]);
    }
  });

  it('a leap-month festival happens only in years with that leap month', () => {
    expect(spans(date('15/6n'), '2024-01-01', 5)).toEqual(['2025-08-08']);
    expect(lunarLabelOf(Date.parse('2025-08-08') / 86_400_000)).toBe('15/6n');
  });

  it('day 30 is held on the 29th in a year whose month is short', () => {
    const short = [2026, 2027, 2028, 2029, 2030].map((y) => ({ y, m: lunarYear(y).find((m) => m.month === 12)! }));
    const found = spans(date('30/12'), '2026-03-01', 5);
    expect(found).toHaveLength(5);
    found.forEach((iso, i) => {
      const lunar = toLunar(Date.parse(iso) / 86_400_000);
      expect(lunar).toMatchObject({ month: 12, day: short[i]!.m.length });
    });
  });

  it('solar dates, 29/2 only in leap years', () => {
    expect(spans(date('20/11', 'solar'), '2026-11-21', 2)).toEqual(['2027-11-20', '2028-11-20']);
    expect(spans(date('29/2', 'solar'), '2026-01-01', 5)).toEqual(['2028-02-29']);
  });
});
