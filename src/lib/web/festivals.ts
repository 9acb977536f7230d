/**
 * Coming festivals as pages show them: each festival of an entry with its solar days in the next
 * five years, and the site's next festivals for the home page. Dates are Vietnam's (UTC+7) and
 * counted from the build day, so a page that lists them is keyed by that day too (page-keys.ts).
 */
import type { Lang } from '../../i18n/index.ts';
import { dayOfIso, isoOf, todayInVietnam, type Day } from '../calendar/days.ts';
import { lunarLabelOf, occurrences, type FestivalDate } from '../calendar/festivals.ts';
import type { Entry, Text } from '../content/entries.ts';
import { dateOfFestival, festivalKey, type Festival } from '../content/festival-schema.ts';

/** One day of a festival as a `<time>` shows it: `datetime`, `data-lunar` and the words. */
export interface FestivalDay {
  iso: string;
  lunar: string;
  label: string;
}

/** One year's festival: its first day, and its last when it lasts several days. */
export interface FestivalTime {
  start: FestivalDay;
  end?: FestivalDay;
}

/** A festival of an entry with its coming days. */
export interface ComingFestival {
  name: Text;
  date: FestivalDate;
  times: FestivalTime[];
}

/**
 * The day the site is built, in Vietnam: dates before it are not listed. `LANGSO_TODAY=YYYY-MM-DD`
 * sets it, for a build that must be reproducible.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env): Day {
  const fixed = env['LANGSO_TODAY'];
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? dayOfIso(fixed) : todayInVietnam();
}

/** The festivals an entry lists (relics and products may have them). */
export const festivalsOf = (entry: Entry): Festival[] => ('festivals' in entry.data ? (entry.data.festivals ?? []) : []);

/** A festival's name in the wanted language; the Vietnamese name stands in, marked, when English is missing. */
export function festivalName(entry: Entry, festival: Festival, lang: Lang): Text {
  const translated = (entry.en as { festivals?: Festival[] } | null)?.festivals;
  const en = lang === 'en' ? translated?.find((f) => festivalKey(f) === festivalKey(festival))?.name : undefined;
  return en ? { text: en, lang: 'en' } : { text: festival.name, lang: 'vi' };
}

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
};

/** A solar day in words (`Chủ Nhật, 20/9/2026`, `Sun, 20 Sept 2026`) with its lunar date. */
export const festivalDay = (day: Day, lang: Lang): FestivalDay => ({
  iso: isoOf(day),
  lunar: lunarLabelOf(day),
  label: FORMATS[lang].format(new Date(day * 86_400_000)),
});

/** An entry's festivals with their days from `today` over the next `years` years. */
export function comingFestivals(entry: Entry, lang: Lang, today: Day, years = 5): ComingFestival[] {
  return festivalsOf(entry).map((festival) => {
    const date = dateOfFestival(festival);
    const times = occurrences(date, today, years).map(({ start, end }) => ({
      start: festivalDay(start, lang),
      ...(end !== start ? { end: festivalDay(end, lang) } : {}),
    }));
    return { name: festivalName(entry, festival, lang), date, times };
  });
}

/** The next festival days across the site, soonest first: each festival once, at most `limit`. */
export function nextFestivals(entries: Entry[], lang: Lang, today: Day, limit = 6): (ComingFestival & { entry: Entry })[] {
  return entries
    .flatMap((entry) => comingFestivals(entry, lang, today, 1).map((f) => ({ ...f, entry, times: f.times.slice(0, 1) })))
    .filter((f) => f.times.length)
    .sort((a, b) => a.times[0]!.start.iso.localeCompare(b.times[0]!.start.iso))
    .slice(0, limit);
}
