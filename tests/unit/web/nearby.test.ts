import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/lib/content/entries.ts';
import { distance, formatDistance, geoHref, nearest, neighbours, walkMinutes } from '../../../src/lib/web/nearby.ts';

const at = (slug: string, lat?: number, lng?: number): Entry =>
  ({
    kind: 'relic',
    slug,
    dir: '',
    data: { title: slug, ...(lat ? { location: { lat, lng } } : {}) },
    en: null,
    body: { vi: '', en: null },
  }) as unknown as Entry;

describe('nearby', () => {
  it('measures the distance between coordinates', () => {
    // One minute of latitude is one nautical mile.
    expect(distance({ lat: 21, lng: 106 }, { lat: 21 + 1 / 60, lng: 106 })).toBeCloseTo(1853, -1);
  });

  it('lists the three nearest others with a position, nearest first, never the entry itself', () => {
    const here = at('a', 21.0, 106.0);
    const others = [here, at('far', 21.2, 106.0), at('b', 21.01, 106.0), at('none'), at('c', 21.02, 106.0), at('d', 21.05, 106.0)];
    expect(nearest(here, others).map((n) => n.entry.slug)).toEqual(['b', 'c', 'd']);
    expect(nearest(at('none'), others)).toEqual([]);
  });

  it("finds every entry's nearest at once exactly as one by one", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const entries = Array.from({ length: 300 }, (_, i) => at(`e${i}`, 20 + random() * 2, 105 + random() * 2));
    const all = neighbours(entries);
    for (const e of entries)
      expect(
        all.get(e)!.map((n) => n.entry.slug),
        e.slug,
      ).toEqual(nearest(e, entries).map((n) => n.entry.slug));
  });

  it('tells the distance and the walk as a reader reads them, and links the map app', () => {
    expect(formatDistance(430, 'vi')).toBe('430 m');
    expect(formatDistance(1234, 'vi')).toBe('1,2 km');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(walkMinutes(1200)).toBe(20);
    expect(walkMinutes(50)).toBe(5);
    expect(geoHref({ lat: 21.1, lng: 106.3 }, 'Đền A')).toBe('geo:21.1,106.3?q=21.1,106.3(%C4%90%E1%BB%81n%20A)');
  });
});
