/**
 * Festivals on every test site: each `<time datetime data-lunar>` agrees with the Vietnamese
 * calendar, each entry page lists every festival's days of the next five years counted from the
 * build day (none already past), and the home page lists the next ones, soonest first.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { dayOfIso, isoOf, type Day } from '../../../src/lib/calendar/days.ts';
import { lunarLabelOf, occurrences } from '../../../src/lib/calendar/festivals.ts';
import { dateOfFestival } from '../../../src/lib/content/festival-schema.ts';
import { buildDay, festivalsOf } from '../../../src/lib/web/festivals.ts';
import { captures } from '../../support/html.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

/** Every `<time>` with its `datetime` and `data-lunar`. */
const times = (html: string) =>
  [...html.matchAll(/<time datetime="([^"]+)" data-lunar="([^"]+)">/g)].map((m) => ({ iso: m[1]!, lunar: m[2]! }));
/** The festivals section of an entry page, one block per festival (its heading and its days). */
const blocks = (html: string): string[] =>
  (/<section[^>]*class="festivals"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').split('<h3').slice(1);
/** The first day of each listed year. */
const starts = (block: string): string[] => captures(block, /<li><time datetime="([^"]+)"/g);

describe.each(SITE_NAMES)('festivals on the %s site', (name) => {
  const s = built(name);
  const festive = s.entries.filter((e) => festivalsOf(e).length > 0);
  const pages = [...s.entries.map((e) => LANGS.map((l) => s.entryPath(e, l))).flat(), ...LANGS.map((l) => s.path({ page: 'home' }, l))];

  it('marks every festival day with its ISO date and the lunar date the calendar gives it', () => {
    const wrong = pages.flatMap((page) =>
      times(s.read(page))
        .filter((t) => lunarLabelOf(dayOfIso(t.iso)) !== t.lunar)
        .map((t) => `${page} ${t.iso} ${t.lunar}`),
    );
    expect(wrong).toEqual([]);
  });

  it('lists on each entry page every festival’s days of the next five years from the build day, none past', () => {
    const listed = festive.flatMap((e) => LANGS.map((l) => ({ e, blocks: blocks(s.read(s.entryPath(e, l))) })));
    const expected = (day: Day) =>
      listed.every(({ e, blocks }) =>
        festivalsOf(e).every(
          (f, i) =>
            JSON.stringify(starts(blocks[i] ?? '')) === JSON.stringify(occurrences(dateOfFestival(f), day).map((o) => isoOf(o.start))),
        ),
      );
    // The build ran today, or a day or two ago when a test run reuses an earlier build.
    const today = buildDay();
    const day = [today, today - 1, today - 2].find(expected);
    expect(day, 'no recent build day explains the listed dates').toBeDefined();
    for (const { e, blocks } of listed) {
      expect(blocks, e.slug).toHaveLength(festivalsOf(e).length);
      festivalsOf(e).forEach((f, i) => {
        const date = dateOfFestival(f);
        // A yearly festival not in a leap month falls four to six times in five years.
        if (date.calendar === 'solar' || !date.leap) expect(starts(blocks[i]!).length, `${e.slug} ${f.name}`).toBeGreaterThanOrEqual(4);
      });
    }
  });

  it('lists the next festivals on the home page soonest first, each linked to an entry that holds it', () => {
    for (const lang of LANGS) {
      const html = s.read(s.path({ page: 'home' }, lang));
      const section = /<section[^>]*aria-labelledby="home-festivals"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(Boolean(section), lang).toBe(festive.length > 0);
      const items = section.split('<li>').slice(1);
      const firsts = items.map((item) => /<time datetime="([^"]+)"/.exec(item)![1]!);
      expect(firsts).toEqual([...firsts].sort());
      for (const item of items) {
        const href = /<a href="([^"]+)"/.exec(item)![1]!;
        const entry = festive.find((e) => s.entryPath(e, lang) === href);
        expect(entry, href).toBeDefined();
      }
    }
  });
});
