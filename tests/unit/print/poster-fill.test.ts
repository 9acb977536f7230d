/**
 * Posters and sticker sheets that use their paper: the team poster's type and code grow until the
 * page is full, the heritage trail draws its stops as a map from their coordinates, sticker sheets
 * leave no near-empty last page — and every code on them still decodes with zbar and ZXing.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrWidth, type Layout, type Shape } from '../../../src/lib/print/layout.ts';
import type { PlaqueData } from '../../../src/lib/print/plaque.ts';
import { toPng } from '../../../src/lib/print/render/png.ts';
import { stickerSheets } from '../../../src/lib/print/sheet.ts';
import { teamPoster } from '../../../src/lib/print/team-poster.ts';
import { formatDistance, trailMap } from '../../../src/lib/print/trail-map.ts';
import { trailPoster, type TrailStop } from '../../../src/lib/print/trail-poster.ts';
import { bothDecoders } from '../../support/decode.ts';
import { expectClean, ink } from './boxes.ts';
import { team } from './team-fixture.ts';

/** The Chí Linh relics of the sample, with their real coordinates. */
const PLACES = [
  ['Chùa Côn Sơn', 21.1553, 106.3897],
  ['Chùa Thanh Mai', 21.2008, 106.3617],
  ['Đền Chu Văn An', 21.1245, 106.3541],
  ['Đền Kiếp Bạc', 21.1297, 106.4077],
  ['Đền thờ Nguyễn Trãi', 21.1568, 106.3921],
] as const;
const stops: TrailStop[] = PLACES.map(([title, lat, lng], i) => ({
  title,
  titleEn: `${title} (en)`,
  line: 'Di tích quốc gia đặc biệt trong quần thể Côn Sơn – Kiếp Bạc, lễ hội mùa xuân và mùa thu.',
  url: `HTTPS://LANGSO.EXAMPLE.VN/Q/DT0${i + 1}/`,
  short: `langso.example.vn/q/dt0${i + 1}`,
  location: { lat, lng },
}));

/** Lowest ink of a page's texts and codes, leaving out `except`. */
const lowest = (l: Layout, except: (text: string) => boolean = () => false): number =>
  Math.max(...l.texts.filter((t) => !except(t.text)).map((t) => ink(t).y2), ...l.codes.map((q) => q.y + qrWidth(q)));

/** Metres east and north between two places, by the test's own reckoning (a sphere of 6,371 km). */
function offset(a: { lat: number; lng: number }, b: { lat: number; lng: number }, lat0: number): [number, number] {
  const k = (Math.PI / 180) * 6_371_000;
  return [(b.lng - a.lng) * k * Math.cos((lat0 * Math.PI) / 180), (b.lat - a.lat) * k];
}

describe('team poster fills its page', () => {
  it('grows type and code until the band reaches the footer, the code at least 60 mm, nothing on the code', () => {
    for (const size of ['A4', 'A3'] as const) {
      const l = teamPoster(team, size, 'H');
      expectClean(l);
      const u = l.width / 210;
      const footer = l.texts.find((t) => t.text === team.footer)!;
      expect(ink(footer).y1 - lowest(l, (t) => t === team.footer), size).toBeLessThan(12 * u);
      expect(qrWidth(l.codes[0]!), size).toBeGreaterThanOrEqual(60 * u);
      // Services are set larger than the 5 mm of an A4 poster that did not fill its page.
      expect(l.texts.find((t) => t.text.startsWith('Bán hàng'))!.size, size).toBeGreaterThan(6 * u);
    }
  });

  it('decodes with zbar and ZXing from its picture', async () => {
    const png = await toPng(teamPoster(team, 'A4', 'H'), 100);
    expect(await bothDecoders(png)).toEqual([[team.url], [team.url]]);
  });
});

describe('heritage-trail map', () => {
  const box = { x: 14, y: 40, width: 182, height: 110 };

  it('places each marker where its coordinates project: one scale east and north, north up, inside the map', () => {
    const map = trailMap(stops, 1, box, 1);
    expect(map.markers.map((m) => m.n)).toEqual([1, 2, 3, 4, 5]);
    const lat0 = PLACES.reduce((s, p) => s + p[1], 0) / PLACES.length;
    const first = stops[0]!.location!;
    for (const [i, m] of map.markers.entries()) {
      const [e, n] = offset(first, stops[i]!.location!, lat0);
      expect(m.at[0] - map.markers[0]!.at[0]).toBeCloseTo(e * map.scale, 1);
      expect(m.at[1] - map.markers[0]!.at[1]).toBeCloseTo(-n * map.scale, 1);
      expect(m.x > box.x && m.x < box.x + box.width && m.y > box.y && m.y < box.y + box.height).toBe(true);
      // A marker is moved off its place only to clear another, by less than two ring widths, with a leader.
      expect(Math.hypot(m.x - m.at[0], m.y - m.at[1])).toBeLessThan(16);
    }
    // The stops span the plot: the farthest apart fill its width or its height.
    const xs = map.markers.map((m) => m.at[0]);
    const ys = map.markers.map((m) => m.at[1]);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeGreaterThan(0.5 * box.height);
  });

  it('draws the path in visiting order with each leg’s distance, a scale bar and a north arrow', () => {
    const map = trailMap(stops, 1, box, 1);
    const rings = map.shapes.filter((s): s is Extract<Shape, { kind: 'ring' }> => s.kind === 'ring' && s.r > 2);
    expect(rings.map((r) => [r.x, r.y])).toEqual(map.markers.map((m) => [m.x, m.y]));
    const legs = map.shapes.filter((s) => s.kind === 'line' && !s.closed && s.points.length === 2);
    expect(legs.length).toBeGreaterThanOrEqual(3);
    const texts = map.texts.map((t) => t.text);
    // Kiếp Bạc → Nguyễn Trãi is ~3.6 km by great circle; legs long enough on paper carry their distance.
    expect(texts.filter((t) => / (k?m)$/.test(t)).length).toBeGreaterThanOrEqual(legs.length);
    expect(texts).toContain('Bắc · N');
    expect(map.shapes.some((s) => s.kind === 'fill')).toBe(true);
    expect(formatDistance(850)).toBe('850 m');
    expect(formatDistance(3640)).toBe('3,6 km');
    expect(formatDistance(5000)).toBe('5 km');
  });

  it('numbers the poster’s list in the visiting order of its map, and fills the page to the bottom margin', () => {
    const [page, ...more] = trailPoster('Con đường di sản · Heritage trail', 'Phường Chu Văn An', stops, 'A4', 'H');
    expect(more).toEqual([]);
    expectClean(page!);
    expect(page!.shapes!.some((s) => s.kind === 'ring')).toBe(true);
    expect(page!.height - 14 - lowest(page!)).toBeLessThan(8);
    // Visiting order: each next stop is the nearest one left, so the walk is no longer than the title order's.
    const titles = page!.texts.filter((t) => /^\d+\. /.test(t.text)).map((t) => t.text.replace(/^\d+\. /, ''));
    const at = (title: string) => stops.find((s) => s.title === title)!.location!;
    const walk = (order: string[]): number => order.slice(1).reduce((d, t, i) => d + Math.hypot(...offset(at(order[i]!), at(t), 21)), 0);
    expect(walk(titles)).toBeLessThanOrEqual(walk(stops.map((s) => s.title)));
  });

  it('decodes every code of the trail poster with zbar and ZXing', async () => {
    const [page] = trailPoster('Con đường di sản · Heritage trail', 'Phường Chu Văn An', stops, 'A4', 'H');
    const urls = stops.map((s) => s.url).sort();
    expect(await bothDecoders(await toPng(page!, 150))).toEqual([urls, urls]);
  });

  it('puts a long trail’s map on a page of its own, then the list', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...stops[i % 5]!, url: `HTTPS://X.VN/Q/D${i}/`, short: `x.vn/q/d${i}` }));
    const pages = trailPoster('Con đường di sản · Heritage trail', 'Xã Thanh Hà', many, 'A4', 'H');
    expect(pages[0]!.codes).toEqual([]);
    expect(pages[0]!.shapes!.filter((s) => s.kind === 'ring' && s.r > 2).length).toBe(30);
    expect(pages.slice(1).flatMap((l) => l.codes).length).toBe(30);
  });
});

describe('sticker sheets', () => {
  const plaques = (n: number): PlaqueData[] =>
    Array.from({ length: n }, (_, i) => ({
      url: `HTTPS://LANGSO.EXAMPLE.VN/Q/SP${String(i + 1).padStart(2, '0')}/`,
      short: `langso.example.vn/q/sp${i + 1}`,
      title: { vi: `Vải thiều Thanh Hà ${i + 1}`, en: `Thanh Ha lychee ${i + 1}` },
    })) as unknown as PlaqueData[];

  it('uses the fewest pages, each at least three-quarters full, every sticker once', () => {
    for (let n = 1; n <= 60; n++) {
      const pages = stickerSheets(plaques(n), 'H');
      expect(pages.length, `${n}`).toBe(Math.ceil(n / 15));
      expect(pages.flatMap((p) => p.codes).length, `${n}`).toBe(n);
      for (const p of pages) {
        const cells =
          (new Set(p.lines.filter((l) => l.x1 === l.x2).map((l) => l.x1)).size + 1) *
          (new Set(p.lines.filter((l) => l.y1 === l.y2).map((l) => l.y1)).size + 1);
        expect(p.codes.length / cells, `${n} stickers: ${p.codes.length} of ${cells}`).toBeGreaterThanOrEqual(0.75);
        expectClean(p);
      }
    }
  });

  // A phone frames one sticker, so each is decoded from its own square of the sheet (with its
  // quiet zone): zbar reading all fifteen of a page at once misses one or two depending on the dpi,
  // even from an 8-bit rendering, which says more about zbar than about the stickers.
  it('decodes every sticker with zbar and ZXing, each as a phone framing it sees it', async () => {
    const dpi = 150;
    for (const n of [15, 7]) {
      const urls = plaques(n)
        .map((p) => p.url)
        .sort();
      const found: [string[], string[]] = [[], []];
      for (const page of stickerSheets(plaques(n), 'H')) {
        const png = sharp(await toPng(page, dpi));
        for (const q of page.codes) {
          const px = (mm: number): number => Math.round((mm * dpi) / 25.4);
          const square = { left: px(q.x), top: px(q.y), width: px(qrWidth(q)), height: px(qrWidth(q)) };
          const [zb, zx] = await bothDecoders(new Uint8Array(await png.clone().extract(square).png().toBuffer()));
          found[0].push(...zb);
          found[1].push(...zx);
        }
      }
      expect(
        found.map((f) => f.sort()),
        `${n}`,
      ).toEqual([urls, urls]);
    }
  });
});
