/**
 * The calendar is computed for Vietnam whatever the build machine's time zone: a CI in UTC and a
 * laptop in Hà Nội give the same days. Each zone runs in its own Node process, because a process
 * reads `TZ` once.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TET_VIETNAM } from './published.ts';

const LUNAR = resolve(import.meta.dirname, '../../../src/lib/calendar/lunar.ts');
const DAYS = resolve(import.meta.dirname, '../../../src/lib/calendar/days.ts');

/** Runs the calendar in a child Node under `TZ=zone`: the zone's offset in January, every Tết, and mùng 6 Tết 2030. */
function runUnder(zone: string): { offset: number; tet: Record<number, string>; mung6: string } {
  const script = `
    import { tet, toSolar } from ${JSON.stringify(LUNAR)};
    import { isoOf } from ${JSON.stringify(DAYS)};
    const years = Array.from({ length: 200 }, (_, i) => 1901 + i);
    console.log(JSON.stringify({
      offset: new Date(2030, 0, 1).getTimezoneOffset(),
      tet: Object.fromEntries(years.map((y) => [y, isoOf(tet(y))])),
      mung6: isoOf(toSolar({ year: 2030, month: 1, day: 6, leap: false })),
    }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe.each([
  ['UTC', 0],
  ['Asia/Ho_Chi_Minh', -420],
])('under TZ=%s', (zone, offset) => {
  it('every Tết of 1901–2100 is the published Vietnamese date, and mùng 6 Tết 2030 is 7 February', () => {
    const result = runUnder(zone);
    expect(result.offset).toBe(offset); // the child really ran in that zone
    expect(Object.entries(result.tet).filter(([y, day]) => TET_VIETNAM.get(Number(y)) !== day)).toEqual([]);
    expect(result.mung6).toBe('2030-02-07');
  });
});
