/**
 * A heritage trail as a map: the stops placed from their coordinates, numbered markers, the path in
 * visiting order with the distance of each leg, a scale bar and a north arrow. A commune spans a
 * few kilometres, so an equirectangular projection at the stops' mean latitude (north up, one scale
 * both ways) is true to well under 1 %.
 */
import { face, textWidth } from './font.ts';
import type { Point, Shape, TextItem } from './layout.ts';
import type { Box } from './poster-kit.ts';

/** A place on Earth in degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

const EARTH = 6_371_000;
const RAD = Math.PI / 180;

/** Metres east and north of `origin`. */
export const toMetres = (p: GeoPoint, origin: GeoPoint): { e: number; n: number } => ({
  e: (p.lng - origin.lng) * RAD * EARTH * Math.cos(origin.lat * RAD),
  n: (p.lat - origin.lat) * RAD * EARTH,
});

/** Great-circle distance in metres (haversine). */
export function distance(a: GeoPoint, b: GeoPoint): number {
  const h =
    Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lng - a.lng) * RAD) / 2) ** 2;
  return 2 * EARTH * Math.asin(Math.sqrt(h));
}

/** A distance as a walker reads it: "850 m", "1,2 km" (Vietnamese decimal comma). */
export function formatDistance(m: number): string {
  if (m < 1000) return `${Math.max(10, Math.round(m / 10) * 10)} m`;
  const km = Math.round(m / 100) / 10;
  return `${Number.isInteger(km) ? km : km.toFixed(1).replace('.', ',')} km`;
}

/**
 * Stops in a visiting order: from the stop farthest from the others' centre, always on to the
 * nearest not yet visited; stops without coordinates keep their order, after the rest.
 */
export function visitOrder<T extends { location?: GeoPoint | undefined }>(stops: T[]): T[] {
  const placed = stops.filter((s) => s.location);
  if (placed.length < 3) return [...placed, ...stops.filter((s) => !s.location)];
  const mid = { lat: mean(placed.map((s) => s.location!.lat)), lng: mean(placed.map((s) => s.location!.lng)) };
  const far = (from: GeoPoint) => (a: T, b: T) => distance(from, b.location!) - distance(from, a.location!);
  const left = [...placed].sort(far(mid));
  const order = [left.shift()!];
  while (left.length) {
    left.sort(far(order.at(-1)!.location!)).reverse();
    order.push(left.shift()!);
  }
  return [...order, ...stops.filter((s) => !s.location)];
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A drawn map: shapes and texts to add to a page, and where each numbered marker sits. */
export interface TrailMap {
  shapes: Shape[];
  texts: TextItem[];
  /** Each marker's centre, and `at`, where its coordinates project (they differ only where markers would overlap). */
  markers: { n: number; x: number; y: number; at: Point }[];
  /** Millimetres on paper a metre on the ground. */
  scale: number;
}

/** Where located stops land inside `plot` (mm): centred, one scale for east and north, north up. */
export function project(points: GeoPoint[], plot: Box & { height: number }): { at: Point[]; scale: number } {
  const origin = { lat: mean(points.map((p) => p.lat)), lng: mean(points.map((p) => p.lng)) };
  const m = points.map((p) => toMetres(p, origin));
  const [e0, e1] = [Math.min(...m.map((p) => p.e)), Math.max(...m.map((p) => p.e))];
  const [n0, n1] = [Math.min(...m.map((p) => p.n)), Math.max(...m.map((p) => p.n))];
  const scale = Math.min(plot.width / Math.max(e1 - e0, 1), plot.height / Math.max(n1 - n0, 1));
  const cx = plot.x + plot.width / 2;
  const cy = plot.y + plot.height / 2;
  return { at: m.map((p): Point => [cx + (p.e - (e0 + e1) / 2) * scale, cy - (p.n - (n0 + n1) / 2) * scale]), scale };
}

/**
 * The map of `stops` (numbered from `first`, in list order) in `box`: a frame, a north arrow in the
 * top-right strip, a scale bar along the bottom, and the stops in the plot left between them.
 */
export function trailMap(stops: { location?: GeoPoint | undefined }[], first: number, box: Box & { height: number }, u: number): TrailMap {
  const pad = 9 * u;
  const plot = { x: box.x + pad, y: box.y + pad, width: box.width - 2 * pad - 12 * u, height: box.height - 2 * pad - 10 * u };
  const located = stops.flatMap((s, i) => (s.location ? [{ n: first + i, at: s.location }] : []));
  const { at, scale } = project(
    located.map((s) => s.at),
    plot,
  );
  const markers = declutter(
    located.map((s, i) => ({ n: s.n, x: at[i]![0], y: at[i]![1], at: at[i]! })),
    9 * u,
  );
  const out: TrailMap = { shapes: [{ kind: 'line', points: corners(box), width: 0.3, closed: true }], texts: [], markers, scale };
  legs(out, located, u);
  for (const k of markers) {
    if (k.x !== k.at[0] || k.y !== k.at[1]) leader(out, k, 4 * u, u);
    out.shapes.push({ kind: 'ring', x: k.x, y: k.y, r: 4 * u, width: 0.5 * u });
    out.texts.push({ text: String(k.n), x: k.x, y: k.y + 1.6 * u, size: 4.4 * u, weight: 'bold', anchor: 'middle' });
  }
  northArrow(out, box.x + box.width - 8 * u, box.y + 6 * u, u);
  scaleBar(out, box.x + pad, box.y + box.height - 6 * u, plot.width / 3, u);
  return out;
}

/**
 * Markers at least `gap` mm apart: one that would sit on an earlier one moves straight away from
 * it (upwards when they coincide) until clear; a leader then points to its true place.
 */
function declutter(markers: TrailMap['markers'], gap: number): TrailMap['markers'] {
  const done: TrailMap['markers'] = [];
  for (const k of markers) {
    let { x, y } = k;
    for (let tries = 0; tries < 50; tries++) {
      const near = done.find((d) => Math.hypot(d.x - x, d.y - y) < gap);
      if (!near) break;
      const len = Math.hypot(x - near.x, y - near.y);
      const [ux, uy] = len > 1e-6 ? [(x - near.x) / len, (y - near.y) / len] : [0, -1];
      [x, y] = [near.x + ux * gap, near.y + uy * gap];
    }
    done.push({ ...k, x, y });
  }
  return done;
}

/** A dot where a moved marker's stop really is, and a thin line from it to the marker's ring. */
function leader(out: TrailMap, k: TrailMap['markers'][number], r: number, u: number): void {
  const [x, y] = k.at;
  const len = Math.hypot(k.x - x, k.y - y);
  const end: Point = [k.x - ((k.x - x) / len) * r, k.y - ((k.y - y) / len) * r];
  out.shapes.push({ kind: 'ring', x, y, r: 0.5 * u, width: 1 * u }, { kind: 'line', points: [[x, y], end], width: 0.3 * u });
}

const corners = (b: Box & { height: number }): Point[] => [
  [b.x, b.y],
  [b.x + b.width, b.y],
  [b.x + b.width, b.y + b.height],
  [b.x, b.y + b.height],
];

/** The path between successive markers (stopping at their rings) and each leg's distance beside it. */
function legs(out: TrailMap, located: { at: GeoPoint }[], u: number): void {
  const r = 4 * u + 0.8 * u;
  out.markers.slice(1).forEach((b, i) => {
    const a = out.markers[i]!;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const len = Math.hypot(dx, dy);
    if (len <= 2 * r) return;
    const [ux, uy] = [dx / len, dy / len];
    out.shapes.push({
      kind: 'line',
      points: [
        [a.x + ux * r, a.y + uy * r],
        [b.x - ux * r, b.y - uy * r],
      ],
      width: 0.6 * u,
    });
    const label = formatDistance(distance(located[i]!.at, located[i + 1]!.at));
    const size = 3.2 * u;
    // Beside the leg's middle, on its left-hand side, far enough that the label's box clears the line.
    const off = 1.5 * u + (Math.abs(uy) * textWidth(face('regular'), label, size)) / 2 + (Math.abs(ux) * size) / 2;
    const [mx, my] = [(a.x + b.x) / 2 + uy * off, (a.y + b.y) / 2 - ux * off];
    out.texts.push({ text: label, x: mx, y: my + 0.35 * size, size, weight: 'regular', anchor: 'middle' });
  });
}

/** An arrowhead pointing up the page with "Bắc · N" under it. */
function northArrow(out: TrailMap, x: number, y: number, u: number): void {
  out.shapes.push({
    kind: 'fill',
    points: [
      [x, y],
      [x + 2.6 * u, y + 8 * u],
      [x, y + 6 * u],
      [x - 2.6 * u, y + 8 * u],
    ],
  });
  out.texts.push({ text: 'Bắc · N', x, y: y + 12 * u, size: 3 * u, weight: 'bold', anchor: 'middle' });
}

/** A bar of a round length (1, 2 or 5 × 10ⁿ m) no longer than `max` mm, labelled with it. */
function scaleBar(out: TrailMap, x: number, y: number, max: number, u: number): void {
  const metres = max / out.scale;
  const step = 10 ** Math.floor(Math.log10(metres));
  const length = [5, 2, 1].map((k) => k * step).find((m) => m <= metres) ?? step;
  const w = length * out.scale;
  out.shapes.push({
    kind: 'line',
    points: [
      [x, y - 1.5 * u],
      [x, y],
      [x + w, y],
      [x + w, y - 1.5 * u],
    ],
    width: 0.5 * u,
  });
  out.texts.push({ text: formatDistance(length), x: x + w + 2 * u, y: y + 0.2 * u, size: 3 * u, weight: 'regular', anchor: 'start' });
}
