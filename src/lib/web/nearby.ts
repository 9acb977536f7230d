/**
 * "Nearby": for an entry with a map position, the closest other entries that have one, with the
 * distance between their coordinates, an estimate of the walk, and a `geo:` link that opens the
 * phone's map app. Generic over every kind with a `location` (relics today; any kind that adds one).
 */
import type { Lang } from '../../i18n/index.ts';
import type { Entry } from '../content/entries.ts';

/** A map position in degrees. */
export interface Position {
  lat: number;
  lng: number;
}

/** An entry's position, whatever its kind, when it has one. */
export const positionOf = (entry: Entry): Position | undefined => (entry.data as { location?: Position }).location;

/**
 * Great-circle distance in metres (haversine, mean Earth radius).
 * @example distance({ lat: 21.1245, lng: 106.3541 }, { lat: 21.1245, lng: 106.3641 }) // ≈ 1,038
 */
export function distance(a: Position, b: Position): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Paths wind: a walk is about a quarter longer than the straight line, at 4.5 km an hour. */
const DETOUR = 1.25;
const WALK_M_PER_MIN = 75;
/** Beyond this straight-line distance a walk is not offered, only the distance. */
export const WALKABLE_M = 5000;

/** Minutes on foot for a straight-line distance, rounded to 5 (at least 5). */
export const walkMinutes = (metres: number): number => Math.max(5, Math.round((metres * DETOUR) / WALK_M_PER_MIN / 5) * 5);

/** A distance as a reader reads it: metres under 1 km, else kilometres with one decimal in the page's style. */
export function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}

/**
 * A `geo:` URI (RFC 5870) that Android and iOS map apps open, with the place's name as its label.
 * @example geoHref({ lat: 21.1, lng: 106.3 }, 'Đền') // 'geo:21.1,106.3?q=21.1,106.3(%C4%90%E1%BB%81n)'
 */
export const geoHref = (p: Position, label: string): string => `geo:${p.lat},${p.lng}?q=${p.lat},${p.lng}(${encodeURIComponent(label)})`;

/** The `count` entries nearest to `entry` among `others` that have a position, nearest first, with their distance. */
export function nearest<E extends Entry>(entry: Entry, others: E[], count = 3): { entry: E; metres: number }[] {
  const here = positionOf(entry);
  if (!here) return [];
  return others
    .filter((o) => o !== entry && !(o.kind === entry.kind && o.slug === entry.slug))
    .flatMap((o) => {
      const there = positionOf(o);
      return there ? [{ entry: o, metres: distance(here, there) }] : [];
    })
    .sort((a, b) => a.metres - b.metres)
    .slice(0, count);
}

/** Metres per degree of latitude: no two places differing by `Δlat` degrees are nearer than `Δlat × this`. */
const M_PER_DEG_LAT = (6_371_000 * Math.PI) / 180;

/**
 * The `count` nearest others of every entry with a position, at once: entries sorted by latitude,
 * each scanning outwards only while the latitude alone could still beat its farthest kept one
 * (a province's 20,000 entries in well under a second, not 400 million distances).
 */
export function neighbours<E extends Entry>(entries: E[], count = 3): Map<E, { entry: E; metres: number }[]> {
  const placed = entries.flatMap((entry) => {
    const p = positionOf(entry);
    return p ? [{ entry, p }] : [];
  });
  placed.sort((a, b) => a.p.lat - b.p.lat);
  const result = new Map<E, { entry: E; metres: number }[]>();
  placed.forEach((here, i) => {
    const best: { entry: E; metres: number }[] = [];
    const consider = (j: number): boolean => {
      const there = placed[j];
      if (!there) return false;
      if (best.length === count && Math.abs(there.p.lat - here.p.lat) * M_PER_DEG_LAT > best[count - 1]!.metres) return false;
      best.push({ entry: there.entry, metres: distance(here.p, there.p) });
      best.sort((a, b) => a.metres - b.metres);
      if (best.length > count) best.pop();
      return true;
    };
    for (let j = i + 1; consider(j); j++);
    for (let j = i - 1; consider(j); j--);
    result.set(here.entry, best);
  });
  return result;
}
