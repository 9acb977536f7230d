/**
 * Draws the sample photos that the sample content in `content/` refers to.
 *
 * Every picture is an SVG drawn by code (sky, hills, pines, curved Vietnamese roofs, lychees…),
 * rendered by sharp to a 1600×1067 JPEG at quality 80 and written beside the entry's `vi.md`.
 * One photo is stored the way a phone stores a portrait-held shot: pixels rotated, EXIF
 * orientation 6, camera make/model and GPS tags; another carries GPS tags only. They let the
 * build pipeline's auto-orientation and metadata stripping be tested on real files.
 *
 * Run from the project root:  node scripts/make-sample-photos.ts
 * (Node 24 strips the TypeScript types; only erasable syntax is used here.)
 */
import sharp from 'sharp';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const W = 1600;
const H = 1067;
const CONTENT = join(import.meta.dirname, '..', 'content');

// ---------------------------------------------------------------------------------------------
// A tiny drawing toolkit: seeded randomness, colours, gradients.
// ---------------------------------------------------------------------------------------------

let defs: string[] = [];
let uid = 0;
const nid = (prefix: string): string => `${prefix}${++uid}`;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(1);
const r = (a: number, b: number): number => a + (b - a) * rand();
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const f1 = (n: number): string => n.toFixed(1);

/** Lightens (amount > 0) or darkens (amount < 0) a #rrggbb colour. */
function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const ch = (c: number): number => Math.max(0, Math.min(255, Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount)));
  const rr = ch(n >> 16);
  const gg = ch((n >> 8) & 255);
  const bb = ch(n & 255);
  return `#${((1 << 24) | (rr << 16) | (gg << 8) | bb).toString(16).slice(1)}`;
}

type Stop = [offset: number, color: string, opacity?: number];
const stopTags = (stops: Stop[]): string =>
  stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a ?? 1}"/>`).join('');

function linear(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  const id = nid('lg');
  defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopTags(stops)}</linearGradient>`);
  return `url(#${id})`;
}

function radial(stops: Stop[], cx = 0.5, cy = 0.5, rad = 0.5, fx = cx, fy = cy): string {
  const id = nid('rg');
  defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${rad}" fx="${fx}" fy="${fy}">${stopTags(stops)}</radialGradient>`);
  return `url(#${id})`;
}

function blur(sd: number): string {
  const id = nid('bl');
  defs.push(`<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${sd}"/></filter>`);
  return `filter="url(#${id})"`;
}

function clip(shape: string): string {
  const id = nid('cp');
  defs.push(`<clipPath id="${id}">${shape}</clipPath>`);
  return `clip-path="url(#${id})"`;
}

// ---------------------------------------------------------------------------------------------
// Landscape pieces.
// ---------------------------------------------------------------------------------------------

const sky = (top: string, bottom: string, mid?: string): string =>
  `<rect width="${W}" height="${H}" fill="${linear(
    mid
      ? [
          [0, top],
          [0.55, mid],
          [1, bottom],
        ]
      : [
          [0, top],
          [1, bottom],
        ],
  )}"/>`;

const sun = (x: number, y: number, rad: number, color = '#fff6d8'): string =>
  `<circle cx="${x}" cy="${y}" r="${rad * 4}" fill="${radial([
    [0, color, 0.55],
    [0.25, color, 0.18],
    [1, color, 0],
  ])}"/>` + `<circle cx="${x}" cy="${y}" r="${rad}" fill="${color}"/>`;

/** A range of hills: the sum of a few sine waves above `baseY`, filled down to the bottom edge. */
function hills(baseY: number, amp: number, fill: string, rough = 1): string {
  const ph = [r(0, 6.3), r(0, 6.3), r(0, 6.3)];
  const fr = [r(0.0018, 0.0035), r(0.006, 0.01), r(0.02, 0.035)];
  let d = `M0 ${H}`;
  for (let x = 0; x <= W + 16; x += 16) {
    const y =
      baseY -
      amp * (0.6 * Math.sin(x * fr[0]! + ph[0]!) + 0.3 * Math.sin(x * fr[1]! + ph[1]!) + 0.08 * rough * Math.sin(x * fr[2]! + ph[2]!));
    d += ` L${x} ${f1(y)}`;
  }
  return `<path d="${d} L${W} ${H} Z" fill="${fill}"/>`;
}

/** Layers of misty mountains from far (pale) to near (dark). */
function mountains(baseY: number, colors: string[], amp = 90): string {
  return colors.map((c, i) => hills(baseY + i * 55, amp * (1 - i * 0.12), c, 1 + i * 0.5)).join('');
}

const ground = (y: number, top: string, bottom: string): string =>
  `<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${linear([
    [0, top],
    [1, bottom],
  ])}"/>`;

/** A tall, thin-trunked pine with clumpy crowns, like the old pines of Côn Sơn. */
function pine(x: number, base: number, h: number, color = '#2f4f34'): string {
  const lean = r(-0.04, 0.04) * h;
  let s = `<path d="M${f1(x - h * 0.014)} ${base} L${f1(x + lean - h * 0.006)} ${f1(base - h)} L${f1(x + lean + h * 0.006)} ${f1(base - h)} L${f1(x + h * 0.014)} ${base} Z" fill="#4b3a2c"/>`;
  const clumps = 6 + Math.floor(r(0, 5));
  for (let i = 0; i < clumps; i++) {
    const t = r(0.55, 1);
    const cx = x + lean * t + r(-0.16, 0.16) * h * (1.2 - t);
    const cy = base - h * t;
    const rx = h * r(0.06, 0.11);
    s += `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx)}" ry="${f1(rx * 0.45)}" fill="${shade(color, r(-0.2, 0.15))}"/>`;
  }
  return s;
}

/** A round broadleaf tree; `fruit` scatters clusters of that colour over the crown. */
function roundTree(x: number, base: number, rad: number, color: string, fruit?: string): string {
  let s = `<path d="M${f1(x - rad * 0.09)} ${base} Q${f1(x - rad * 0.05)} ${f1(base - rad * 0.6)} ${f1(x - rad * 0.25)} ${f1(base - rad * 1.1)} L${f1(x + rad * 0.2)} ${f1(base - rad * 1.1)} Q${f1(x + rad * 0.05)} ${f1(base - rad * 0.6)} ${f1(x + rad * 0.09)} ${base} Z" fill="#4a3527"/>`;
  const cy = base - rad * 1.45;
  s += `<ellipse cx="${x}" cy="${f1(cy)}" rx="${f1(rad * 1.05)}" ry="${f1(rad * 0.82)}" fill="${shade(color, -0.25)}"/>`;
  for (let i = 0; i < 14; i++) {
    const a = r(0, Math.PI * 2);
    const d = r(0, 0.6) * rad;
    s += `<circle cx="${f1(x + Math.cos(a) * d)}" cy="${f1(cy + Math.sin(a) * d * 0.75 - rad * 0.08)}" r="${f1(rad * r(0.32, 0.5))}" fill="${shade(color, r(-0.15, 0.18))}"/>`;
  }
  if (fruit) {
    for (let i = 0; i < Math.round(rad / 4); i++) {
      const a = r(0, Math.PI * 2);
      const d = r(0.15, 0.95) * rad;
      const fx = x + Math.cos(a) * d;
      const fy = cy + Math.sin(a) * d * 0.78;
      for (let k = 0; k < 4; k++) {
        s += `<circle cx="${f1(fx + (r(-6, 6) * rad) / 60)}" cy="${f1(fy + (r(-3, 8) * rad) / 60)}" r="${f1(Math.max(2, rad / 30))}" fill="${shade(fruit, r(-0.2, 0.15))}"/>`;
      }
    }
  }
  return s;
}

/** An areca palm: a thin grey ringed trunk and a crown of arching fronds. */
function areca(x: number, base: number, h: number): string {
  const top = base - h;
  let s = `<path d="M${x - 7} ${base} Q${x + 8} ${f1(base - h * 0.5)} ${x + 2} ${f1(top)} L${x + 8} ${f1(top)} Q${x + 14} ${f1(base - h * 0.5)} ${x + 7} ${base} Z" fill="#8a8a7e"/>`;
  for (let y = base - 20; y > top + 10; y -= 22)
    s += `<line x1="${x - 4}" y1="${y}" x2="${x + 11}" y2="${y}" stroke="#6d6d62" stroke-width="2"/>`;
  for (let i = 0; i < 9; i++) {
    const a = -Math.PI / 2 + (i - 4) * 0.38;
    const len = h * r(0.22, 0.3);
    const ex = x + 5 + Math.cos(a) * len;
    const ey = top + Math.sin(a) * len * 0.6 + len * 0.35;
    s += `<path d="M${x + 5} ${f1(top)} Q${f1(x + 5 + Math.cos(a) * len * 0.6)} ${f1(top + Math.sin(a) * len * 0.9)} ${f1(ex)} ${f1(ey)}" stroke="${shade('#3f6b34', r(-0.2, 0.2))}" stroke-width="9" fill="none" stroke-linecap="round"/>`;
  }
  return s;
}

/** A banyan: a huge low crown with aerial roots hanging down. */
function banyan(x: number, base: number, rad: number): string {
  let s = `<path d="M${x - rad * 0.18} ${base} Q${x - rad * 0.1} ${base - rad * 0.5} ${x - rad * 0.35} ${base - rad * 0.9} L${x + rad * 0.3} ${base - rad * 0.9} Q${x + rad * 0.1} ${base - rad * 0.5} ${x + rad * 0.2} ${base} Z" fill="#5a4535"/>`;
  for (let i = 0; i < 14; i++) {
    const rx = x + r(-1.1, 1.1) * rad;
    s += `<line x1="${f1(rx)}" y1="${f1(base - rad * 1.0)}" x2="${f1(rx + r(-8, 8))}" y2="${f1(base - rad * r(0.2, 0.6))}" stroke="#6a5443" stroke-width="${f1(r(2, 5))}"/>`;
  }
  s += `<ellipse cx="${x}" cy="${base - rad * 1.35}" rx="${rad * 1.35}" ry="${rad * 0.7}" fill="#2d4a26"/>`;
  for (let i = 0; i < 22; i++) {
    s += `<circle cx="${f1(x + r(-1.15, 1.15) * rad)}" cy="${f1(base - rad * r(1.1, 1.85))}" r="${f1(rad * r(0.25, 0.45))}" fill="${shade('#3b5e2f', r(-0.25, 0.2))}"/>`;
  }
  return s;
}

const water = (y: number, h: number, top: string, bottom: string): string => {
  let s = `<rect x="0" y="${y}" width="${W}" height="${h}" fill="${linear([
    [0, top],
    [1, bottom],
  ])}"/>`;
  for (let i = 0; i < 60; i++) {
    const yy = y + r(5, h - 5);
    const xx = r(0, W);
    s += `<line x1="${f1(xx)}" y1="${f1(yy)}" x2="${f1(xx + r(30, 140))}" y2="${f1(yy)}" stroke="#ffffff" stroke-opacity="${f1(r(0.08, 0.25))}" stroke-width="2"/>`;
  }
  return s;
};

// ---------------------------------------------------------------------------------------------
// Architecture: curved roofs, halls, gates, stupas.
// ---------------------------------------------------------------------------------------------

/** A Vietnamese tiled roof: straight ridge on top, eaves sweeping up into curled corners (đầu đao). */
function roof(cx: number, y: number, w: number, h: number, tile = '#6b3a2a'): string {
  const rw = w * 0.32;
  const ov = h * 0.55;
  const lift = h * 0.55;
  const hw = w / 2;
  const d =
    `M${f1(cx - rw)} ${f1(y)} L${f1(cx + rw)} ${f1(y)} ` +
    `Q${f1(cx + hw * 0.8)} ${f1(y + h * 0.62)} ${f1(cx + hw + ov)} ${f1(y + h - lift)} ` +
    `Q${f1(cx + hw - ov * 0.1)} ${f1(y + h * 1.1)} ${f1(cx + w * 0.28)} ${f1(y + h)} ` +
    `L${f1(cx - w * 0.28)} ${f1(y + h)} ` +
    `Q${f1(cx - hw + ov * 0.1)} ${f1(y + h * 1.1)} ${f1(cx - hw - ov)} ${f1(y + h - lift)} ` +
    `Q${f1(cx - hw * 0.8)} ${f1(y + h * 0.62)} ${f1(cx - rw)} ${f1(y)} Z`;
  const cp = clip(`<path d="${d}"/>`);
  let s = `<path d="${d}" fill="${linear([
    [0, shade(tile, 0.12)],
    [1, shade(tile, -0.25)],
  ])}"/>`;
  // Rows of tiles, fanning from the ridge.
  s += `<g ${cp} stroke="${shade(tile, -0.45)}" stroke-opacity="0.45" stroke-width="2">`;
  for (let i = -24; i <= 24; i++) {
    const top = cx + (i / 24) * rw;
    const bot = cx + (i / 24) * (hw + ov * 0.6);
    s += `<line x1="${f1(top)}" y1="${f1(y)}" x2="${f1(bot)}" y2="${f1(y + h * 1.1)}"/>`;
  }
  s += '</g>';
  // Eave board and ridge with curled ends and a pearl in the middle.
  s += `<path d="M${f1(cx - w * 0.28)} ${f1(y + h)} L${f1(cx + w * 0.28)} ${f1(y + h)}" stroke="${shade(tile, -0.5)}" stroke-width="${f1(h * 0.06)}"/>`;
  const rh = Math.max(6, h * 0.12);
  s += `<rect x="${f1(cx - rw)}" y="${f1(y - rh)}" width="${f1(rw * 2)}" height="${f1(rh)}" fill="${shade(tile, -0.15)}"/>`;
  for (const side of [-1, 1]) {
    const ex = cx + side * rw;
    s += `<path d="M${f1(ex)} ${f1(y - rh)} q${f1(side * rh * 1.2)} ${f1(-rh * 0.2)} ${f1(side * rh * 1.1)} ${f1(-rh * 1.6)} q${f1(-side * rh * 0.6)} ${f1(rh * 0.4)} ${f1(-side * rh * 0.4)} ${f1(rh * 1.8)} Z" fill="${shade(tile, -0.15)}"/>`;
    // Curled tips of the eave corners.
    const tx = cx + side * (hw + ov);
    const ty = y + h - lift;
    s += `<path d="M${f1(tx)} ${f1(ty)} q${f1(side * h * 0.12)} ${f1(-h * 0.18)} ${f1(side * h * 0.02)} ${f1(-h * 0.32)}" stroke="${shade(tile, -0.2)}" stroke-width="${f1(h * 0.07)}" fill="none" stroke-linecap="round"/>`;
  }
  s += `<circle cx="${cx}" cy="${f1(y - rh * 1.6)}" r="${f1(rh * 0.75)}" fill="#c9a54a"/>`;
  return s;
}

interface HallOptions {
  tiers?: number;
  wall?: string;
  column?: string;
  tile?: string;
  doors?: number;
  roofScale?: number;
  arch?: boolean;
}

/** A hall on a stone platform: columns, doors, one or two tiers of roof. Returns the svg and its top y. */
function hall(cx: number, base: number, w: number, wallH: number, o: HallOptions = {}): string {
  const tiers = o.tiers ?? 1;
  const wall = o.wall ?? '#d9b68a';
  const column = o.column ?? '#8c2f23';
  const tile = o.tile ?? '#6b3a2a';
  const doors = o.doors ?? 3;
  const scale = o.roofScale ?? 1;
  const plat = Math.max(10, wallH * 0.14);
  let s = `<rect x="${f1(cx - w / 2 - w * 0.06)}" y="${f1(base - plat)}" width="${f1(w * 1.12)}" height="${f1(plat)}" fill="#9c958a"/>`;
  s += `<rect x="${f1(cx - w / 2 - w * 0.06)}" y="${f1(base - plat)}" width="${f1(w * 1.12)}" height="${f1(plat * 0.25)}" fill="#b7b0a4"/>`;
  const wy = base - plat - wallH;
  s += `<rect x="${f1(cx - w / 2)}" y="${f1(wy)}" width="${f1(w)}" height="${f1(wallH)}" fill="${wall}"/>`;
  const bay = w / doors;
  for (let i = 0; i < doors; i++) {
    const dx = cx - w / 2 + bay * i + bay * 0.18;
    const dw = bay * 0.64;
    const dh = wallH * 0.78;
    const dy = base - plat - dh;
    if (o.arch) {
      s += `<path d="M${f1(dx)} ${f1(base - plat)} L${f1(dx)} ${f1(dy + dw / 2)} A${f1(dw / 2)} ${f1(dw / 2)} 0 0 1 ${f1(dx + dw)} ${f1(dy + dw / 2)} L${f1(dx + dw)} ${f1(base - plat)} Z" fill="#2b1d17"/>`;
    } else {
      s += `<rect x="${f1(dx)}" y="${f1(dy)}" width="${f1(dw)}" height="${f1(dh)}" fill="#5b2a1d"/>`;
      for (let k = 1; k < 4; k++)
        s += `<line x1="${f1(dx + (dw * k) / 4)}" y1="${f1(dy)}" x2="${f1(dx + (dw * k) / 4)}" y2="${f1(dy + dh)}" stroke="#3b1a12" stroke-width="2"/>`;
      s += `<rect x="${f1(dx)}" y="${f1(dy)}" width="${f1(dw)}" height="${f1(dh * 0.3)}" fill="#7a3a26" opacity="0.6"/>`;
    }
  }
  for (let i = 0; i <= doors; i++) {
    const x = cx - w / 2 + bay * i;
    s += `<rect x="${f1(x - w * 0.012)}" y="${f1(wy)}" width="${f1(w * 0.024)}" height="${f1(wallH)}" fill="${column}"/>`;
  }
  // Roof tiers.
  const rh = wallH * 0.75 * scale;
  let top = wy - rh * 0.8;
  s += roof(cx, top, w * 1.15, rh, tile);
  if (tiers > 1) {
    const band = rh * 0.45;
    s += `<rect x="${f1(cx - w * 0.3)}" y="${f1(top - band)}" width="${f1(w * 0.6)}" height="${f1(band)}" fill="${shade(wall, -0.1)}"/>`;
    for (let i = 0; i < 6; i++)
      s += `<rect x="${f1(cx - w * 0.27 + i * w * 0.1)}" y="${f1(top - band * 0.8)}" width="${f1(w * 0.05)}" height="${f1(band * 0.6)}" fill="#4a2a1e"/>`;
    const rh2 = rh * 0.8;
    top = top - band - rh2 * 0.75;
    s += roof(cx, top, w * 0.72, rh2, tile);
  }
  return s;
}

/** Tam quan: a three-opening gate, the middle bay taller with a two-tier roof. */
function tamQuan(cx: number, base: number, w: number, tile = '#5f3b2c'): string {
  const side = w * 0.3;
  return (
    hall(cx - w * 0.36, base, side, w * 0.2, { doors: 1, arch: true, tile, wall: '#d8cbb2', column: '#a39580' }) +
    hall(cx + w * 0.36, base, side, w * 0.2, { doors: 1, arch: true, tile, wall: '#d8cbb2', column: '#a39580' }) +
    hall(cx, base, w * 0.36, w * 0.27, { doors: 1, arch: true, tiers: 2, tile, wall: '#e0d3b8', column: '#a39580' })
  );
}

/** Trụ biểu: a tall square pillar with a lantern-like head, as in front of temples. */
function pillar(x: number, base: number, h: number, color = '#d6ccb8'): string {
  const w = h * 0.09;
  let s = `<rect x="${f1(x - w * 0.75)}" y="${f1(base - h * 0.08)}" width="${f1(w * 1.5)}" height="${f1(h * 0.08)}" fill="${shade(color, -0.15)}"/>`;
  s += `<rect x="${f1(x - w / 2)}" y="${f1(base - h * 0.82)}" width="${f1(w)}" height="${f1(h * 0.74)}" fill="${color}"/>`;
  s += `<rect x="${f1(x - w / 2)}" y="${f1(base - h * 0.82)}" width="${f1(w * 0.3)}" height="${f1(h * 0.74)}" fill="${shade(color, -0.12)}"/>`;
  s += `<rect x="${f1(x - w * 0.7)}" y="${f1(base - h * 0.92)}" width="${f1(w * 1.4)}" height="${f1(h * 0.1)}" fill="${shade(color, -0.05)}"/>`;
  s += `<rect x="${f1(x - w * 0.4)}" y="${f1(base - h * 0.9)}" width="${f1(w * 0.8)}" height="${f1(h * 0.06)}" fill="#3a2a22"/>`;
  s += `<path d="M${f1(x - w * 0.8)} ${f1(base - h * 0.92)} Q${x} ${f1(base - h * 0.99)} ${f1(x + w * 0.8)} ${f1(base - h * 0.92)} Z" fill="#6e4a35"/>`;
  s += `<path d="M${f1(x - w * 0.25)} ${f1(base - h * 0.96)} q${f1(w * 0.25)} ${f1(-h * 0.08)} ${f1(w * 0.5)} 0" fill="#c9a54a"/>`;
  return s;
}

/** A tiered stupa of brick or stone. */
function stupa(cx: number, base: number, h: number, tiers: number, color = '#a58a6a'): string {
  let s = '';
  const tierH = (h * 0.82) / tiers;
  let y = base;
  for (let i = 0; i < tiers; i++) {
    const w = h * 0.32 * (1 - i * 0.09);
    const th = tierH * (i === 0 ? 1.4 : 1);
    s += `<rect x="${f1(cx - w / 2)}" y="${f1(y - th)}" width="${f1(w)}" height="${f1(th)}" fill="${shade(color, -i * 0.02)}"/>`;
    s += `<rect x="${f1(cx - w / 2)}" y="${f1(y - th)}" width="${f1(w * 0.22)}" height="${f1(th)}" fill="${shade(color, -0.18)}"/>`;
    if (i > 0)
      s += `<path d="M${f1(cx - w * 0.12)} ${f1(y - th * 0.15)} l0 ${f1(-th * 0.55)} a${f1(w * 0.12)} ${f1(w * 0.12)} 0 0 1 ${f1(w * 0.24)} 0 l0 ${f1(th * 0.55)} Z" fill="#3d2c22"/>`;
    const ew = w * 1.25;
    s += `<path d="M${f1(cx - ew / 2)} ${f1(y - th)} L${f1(cx + ew / 2)} ${f1(y - th)} L${f1(cx + w * 0.45)} ${f1(y - th - tierH * 0.18)} L${f1(cx - w * 0.45)} ${f1(y - th - tierH * 0.18)} Z" fill="${shade(color, -0.3)}"/>`;
    y -= th + tierH * 0.18;
  }
  s += `<path d="M${cx} ${f1(y - h * 0.16)} C${f1(cx + h * 0.06)} ${f1(y - h * 0.08)} ${f1(cx + h * 0.05)} ${f1(y)} ${cx} ${f1(y)} C${f1(cx - h * 0.05)} ${f1(y)} ${f1(cx - h * 0.06)} ${f1(y - h * 0.08)} ${cx} ${f1(y - h * 0.16)} Z" fill="${shade(color, -0.1)}"/>`;
  return s;
}

function steps(cx: number, base: number, wBottom: number, wTop: number, h: number, n: number, color = '#a79f92'): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const w = wBottom + (wTop - wBottom) * t;
    const y = base - h * t;
    s += `<rect x="${f1(cx - w / 2)}" y="${f1(y - h / n)}" width="${f1(w)}" height="${f1(h / n)}" fill="${shade(color, i % 2 ? -0.08 : 0.05)}"/>`;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// People, animals and produce.
// ---------------------------------------------------------------------------------------------

const SKIN = ['#e2b48c', '#d9a57c', '#c98e66', '#edc39f'];

/** A simple seated or standing figure seen from the front; `phone` puts a lit phone in their hands. */
function person(x: number, y: number, s: number, shirt: string, phone = false, hat = false): string {
  let g = `<path d="M${f1(x - s * 0.32)} ${f1(y + s)} L${f1(x - s * 0.28)} ${f1(y + s * 0.25)} Q${x} ${f1(y + s * 0.05)} ${f1(x + s * 0.28)} ${f1(y + s * 0.25)} L${f1(x + s * 0.32)} ${f1(y + s)} Z" fill="${shirt}"/>`;
  g += `<rect x="${f1(x - s * 0.06)}" y="${f1(y + s * 0.02)}" width="${f1(s * 0.12)}" height="${f1(s * 0.12)}" fill="${pick(SKIN)}"/>`;
  const skin = pick(SKIN);
  g += `<circle cx="${x}" cy="${f1(y - s * 0.12)}" r="${f1(s * 0.17)}" fill="${skin}"/>`;
  if (hat) {
    g += `<path d="M${f1(x - s * 0.42)} ${f1(y - s * 0.13)} L${x} ${f1(y - s * 0.55)} L${f1(x + s * 0.42)} ${f1(y - s * 0.13)} Z" fill="#e8d9a8"/>`;
  } else {
    g += `<path d="M${f1(x - s * 0.18)} ${f1(y - s * 0.1)} Q${f1(x - s * 0.2)} ${f1(y - s * 0.34)} ${x} ${f1(y - s * 0.32)} Q${f1(x + s * 0.2)} ${f1(y - s * 0.34)} ${f1(x + s * 0.18)} ${f1(y - s * 0.1)} Q${x} ${f1(y - s * 0.24)} ${f1(x - s * 0.18)} ${f1(y - s * 0.1)} Z" fill="${pick(['#1f1a17', '#2b2320', '#d8d2c8'])}"/>`;
  }
  if (phone) {
    g += `<path d="M${f1(x - s * 0.26)} ${f1(y + s * 0.45)} Q${f1(x - s * 0.1)} ${f1(y + s * 0.62)} ${f1(x - s * 0.04)} ${f1(y + s * 0.5)}" stroke="${shirt}" stroke-width="${f1(s * 0.1)}" fill="none"/>`;
    g += `<rect x="${f1(x - s * 0.07)}" y="${f1(y + s * 0.36)}" width="${f1(s * 0.14)}" height="${f1(s * 0.22)}" rx="${f1(s * 0.02)}" fill="#1c1c22"/>`;
    g += `<rect x="${f1(x - s * 0.055)}" y="${f1(y + s * 0.38)}" width="${f1(s * 0.11)}" height="${f1(s * 0.18)}" fill="#7fc4f0"/>`;
  }
  return g;
}

function chicken(x: number, y: number, s: number, flip: boolean, color: string): string {
  const k = flip ? -1 : 1;
  let g = `<g transform="translate(${f1(x)} ${f1(y)}) scale(${k * s} ${s})">`;
  g += `<path d="M-40 -10 Q-75 -55 -62 -80 Q-50 -50 -30 -40 Z" fill="#2b3a2a"/>`;
  g += `<path d="M-44 -14 Q-70 -60 -48 -74 Q-44 -46 -26 -36 Z" fill="#233a3a"/>`;
  g += `<ellipse cx="0" cy="-20" rx="45" ry="30" fill="${color}"/>`;
  g += `<path d="M-20 -30 Q5 -5 30 -25 Q10 -12 -20 -30 Z" fill="${shade(color, -0.25)}"/>`;
  g += `<path d="M25 -35 Q35 -70 45 -68 Q52 -60 48 -40 Z" fill="${shade(color, 0.1)}"/>`;
  g += `<circle cx="46" cy="-66" r="12" fill="${shade(color, 0.05)}"/>`;
  g += `<path d="M38 -76 q3 -10 7 -3 q3 -10 7 -2 q4 -8 6 2 z" fill="#c8281e"/>`;
  g += `<path d="M56 -66 l12 4 l-12 3 z" fill="#e0b030"/>`;
  g += `<path d="M50 -58 q2 8 -3 10 q-4 -4 -1 -10 z" fill="#c8281e"/>`;
  g += `<circle cx="49" cy="-68" r="2.2" fill="#111"/>`;
  g += `<path d="M-6 8 l-4 22 m4 -22 l6 22 M12 8 l-2 22 m2 -22 l8 21" stroke="#d9a030" stroke-width="4" fill="none"/>`;
  return `${g}</g>`;
}

/** A lychee: red, slightly pointed, its skin covered in little raised scales. */
function lychee(x: number, y: number, rad: number, ripe = 1): string {
  const base = ripe > 0.5 ? pick(['#c8232c', '#b81f2a', '#d12f2f', '#a81c26']) : '#9c6b2a';
  let s = `<path d="M${f1(x)} ${f1(y - rad * 1.05)} C${f1(x + rad * 0.75)} ${f1(y - rad * 1.05)} ${f1(x + rad)} ${f1(y - rad * 0.3)} ${f1(x + rad * 0.95)} ${f1(y + rad * 0.2)} C${f1(x + rad * 0.85)} ${f1(y + rad * 0.85)} ${f1(x + rad * 0.3)} ${f1(y + rad * 1.05)} ${f1(x)} ${f1(y + rad * 1.08)} C${f1(x - rad * 0.3)} ${f1(y + rad * 1.05)} ${f1(x - rad * 0.85)} ${f1(y + rad * 0.85)} ${f1(x - rad * 0.95)} ${f1(y + rad * 0.2)} C${f1(x - rad)} ${f1(y - rad * 0.3)} ${f1(x - rad * 0.75)} ${f1(y - rad * 1.05)} ${f1(x)} ${f1(y - rad * 1.05)} Z" fill="${radial(
    [
      [0, shade(base, 0.35)],
      [0.6, base],
      [1, shade(base, -0.45)],
    ],
    0.5,
    0.5,
    0.6,
    0.35,
    0.3,
  )}"/>`;
  const n = Math.round(rad / 3.2);
  for (let i = 0; i < n; i++) {
    const a = r(0, Math.PI * 2);
    const d = Math.sqrt(rand()) * rad * 0.85;
    s += `<circle cx="${f1(x + Math.cos(a) * d)}" cy="${f1(y + Math.sin(a) * d)}" r="${f1(rad * 0.07)}" fill="${shade(base, -0.35)}" opacity="0.7"/>`;
  }
  s += `<ellipse cx="${f1(x - rad * 0.35)}" cy="${f1(y - rad * 0.45)}" rx="${f1(rad * 0.22)}" ry="${f1(rad * 0.12)}" fill="#ffffff" opacity="0.35" transform="rotate(-30 ${f1(x - rad * 0.35)} ${f1(y - rad * 0.45)})"/>`;
  return s;
}

function leaf(x: number, y: number, len: number, angle: number, color: string): string {
  const w = len * 0.28;
  return (
    `<g transform="translate(${f1(x)} ${f1(y)}) rotate(${f1(angle)})">` +
    `<path d="M0 0 Q${f1(len * 0.5)} ${f1(-w)} ${f1(len)} 0 Q${f1(len * 0.5)} ${f1(w)} 0 0 Z" fill="${color}"/>` +
    `<line x1="0" y1="0" x2="${f1(len * 0.95)}" y2="0" stroke="${shade(color, 0.25)}" stroke-width="2"/></g>`
  );
}

/** A custard apple: a green globe covered in rounded segments. */
function custardApple(x: number, y: number, rad: number): string {
  const base = pick(['#9cbf6a', '#8fb25f', '#a6c777']);
  let s = `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(rad)}" fill="${shade(base, -0.35)}"/>`;
  for (let ring = 0; ring < 5; ring++) {
    const d = ring * rad * 0.2;
    const count = ring === 0 ? 1 : ring * 6;
    for (let i = 0; i < count; i++) {
      const a = (i / count) * Math.PI * 2 + ring * 0.3;
      const px = x + Math.cos(a) * d;
      const py = y + Math.sin(a) * d;
      const sz = rad * 0.13 * (1 - ring * 0.12);
      const light = 0.25 - ((px - x + rad) / (2 * rad)) * 0.15 - ((py - y + rad) / (2 * rad)) * 0.2;
      s += `<circle cx="${f1(px)}" cy="${f1(py)}" r="${f1(sz)}" fill="${shade(base, light)}" stroke="#f3eed0" stroke-opacity="0.5" stroke-width="2"/>`;
    }
  }
  s += `<path d="M${f1(x)} ${f1(y - rad * 0.9)} q${f1(rad * 0.05)} ${f1(-rad * 0.3)} ${f1(rad * 0.2)} ${f1(-rad * 0.4)}" stroke="#5a4a2a" stroke-width="${f1(rad * 0.08)}" fill="none"/>`;
  return s;
}

/** A bamboo tray or basket seen from above: concentric weave. */
function tray(cx: number, cy: number, rad: number): string {
  let s = `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="${radial([
    [0, '#d8b878'],
    [0.85, '#c49a55'],
    [1, '#8a6632'],
  ])}"/>`;
  for (let k = rad * 0.06; k < rad; k += rad * 0.045)
    s += `<circle cx="${cx}" cy="${cy}" r="${f1(k)}" fill="none" stroke="#a47d40" stroke-opacity="0.5" stroke-width="2"/>`;
  for (let a = 0; a < 360; a += 6) {
    const rad1 = (a * Math.PI) / 180;
    s += `<line x1="${cx}" y1="${cy}" x2="${f1(cx + Math.cos(rad1) * rad)}" y2="${f1(cy + Math.sin(rad1) * rad)}" stroke="#b8914f" stroke-opacity="0.35" stroke-width="2"/>`;
  }
  s += `<circle cx="${cx}" cy="${cy}" r="${rad}" fill="none" stroke="#7a5628" stroke-width="${f1(rad * 0.05)}"/>`;
  return s;
}

/** A square QR-code-like pattern: three finder squares and random modules. */
function qrPattern(x: number, y: number, size: number): string {
  const n = 25;
  const m = size / n;
  let s = `<rect x="${x - m}" y="${y - m}" width="${size + 2 * m}" height="${size + 2 * m}" fill="#ffffff"/>`;
  const finder = (fx: number, fy: number): string =>
    `<rect x="${f1(x + fx * m)}" y="${f1(y + fy * m)}" width="${f1(7 * m)}" height="${f1(7 * m)}" fill="#111"/>` +
    `<rect x="${f1(x + (fx + 1) * m)}" y="${f1(y + (fy + 1) * m)}" width="${f1(5 * m)}" height="${f1(5 * m)}" fill="#fff"/>` +
    `<rect x="${f1(x + (fx + 2) * m)}" y="${f1(y + (fy + 2) * m)}" width="${f1(3 * m)}" height="${f1(3 * m)}" fill="#111"/>`;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const inFinder = (i < 8 && j < 8) || (i >= n - 8 && j < 8) || (i < 8 && j >= n - 8);
      if (!inFinder && rand() < 0.48)
        s += `<rect x="${f1(x + i * m)}" y="${f1(y + j * m)}" width="${f1(m + 0.3)}" height="${f1(m + 0.3)}" fill="#111"/>`;
    }
  }
  return s + finder(0, 0) + finder(n - 7, 0) + finder(0, n - 7);
}

// ---------------------------------------------------------------------------------------------
// The pictures.
// ---------------------------------------------------------------------------------------------

function templeGate(): string {
  // Đền Chu Văn An: gate at the top of stone steps, pines and Phượng Hoàng hills behind.
  let s = sky('#7fb2dc', '#eef2e6', '#bcd6e6') + sun(1260, 210, 38);
  s += mountains(520, ['#a9bfc4', '#89a59a', '#5f7f62'], 110);
  s += ground(820, '#6c8a4e', '#4a5f35');
  s += steps(800, 1067, 700, 330, 250, 16);
  for (const x of [150, 260, 380, 1220, 1340, 1460]) s += pine(x + r(-20, 20), 860 + r(-10, 30), r(420, 560), '#2c4a30');
  s += hall(800, 820, 460, 150, { tiers: 2, doors: 3, wall: '#e4c99a', tile: '#5b3526' });
  s += pillar(520, 830, 300) + pillar(1080, 830, 300);
  for (const x of [60, 1540]) s += pine(x, 1080, 720, '#22402a');
  return s;
}

function pineForest(): string {
  let s = sky('#9cc2de', '#f1ede0', '#d2dfe2');
  s += mountains(430, ['#b9c8cc', '#9db2ad', '#7f9a86', '#5e7c5c'], 120);
  s += `<rect width="${W}" height="${H}" fill="#ffffff" opacity="0.12"/>`;
  s += ground(880, '#5c7445', '#3f5030');
  for (let i = 0; i < 26; i++) s += pine(r(0, W), r(900, 1050), r(380, 760), pick(['#2a4a2f', '#33563a', '#284329']));
  s += `<path d="M620 1067 Q760 940 860 900 L900 905 Q820 960 760 1067 Z" fill="#b49a78"/>`;
  return s;
}

function tamQuanPicture(): string {
  // Chùa Côn Sơn: three-arched gate, Côn Sơn mountain behind.
  let s = sky('#87b3d6', '#f3ead8', '#c5d8e0') + sun(300, 180, 34);
  s += mountains(470, ['#a8bcc0', '#7f9c86', '#55774f'], 150);
  s += ground(800, '#c9b79a', '#9d8a6c');
  for (let x = 0; x < W; x += 80)
    s += `<line x1="${x}" y1="800" x2="${800 + (x - 800) * 1.8}" y2="1067" stroke="#a8967a" stroke-width="2" opacity="0.6"/>`;
  s += tamQuan(800, 820, 900);
  for (const x of [90, 200, 1400, 1520]) s += pine(x, 840 + r(0, 40), r(480, 620));
  return s;
}

function stupaPines(): string {
  // Tháp Đăng Minh, chùa Côn Sơn.
  let s = sky('#a7c6dd', '#efe9da');
  s += mountains(520, ['#b3c4c2', '#8aa48f'], 90);
  s += ground(850, '#7d8f5a', '#56663c');
  s += `<rect x="610" y="820" width="380" height="40" fill="#9c958a"/>`;
  s += stupa(800, 830, 640, 5, '#b09070');
  for (const x of [120, 300, 430, 1150, 1290, 1480]) s += pine(x + r(-25, 25), 900 + r(-20, 40), r(520, 700));
  s += `<rect width="${W}" height="${H}" fill="${linear(
    [
      [0, '#fff4d8', 0],
      [0.6, '#fff4d8', 0.08],
      [1, '#fff4d8', 0.16],
    ],
    0,
    0,
    1,
    0,
  )}"/>`;
  return s;
}

function kiepBacGate(): string {
  let s = sky('#6fa3d0', '#f2e7cf', '#b9d0dc') + sun(1350, 160, 36);
  s += mountains(500, ['#9fb5bb', '#7c977f'], 120);
  s += hall(800, 720, 620, 140, { tiers: 2, doors: 5, wall: '#e7c796', tile: '#6a3524' });
  s += ground(720, '#d4c3a3', '#a8936e');
  s += steps(800, 900, 900, 700, 60, 4);
  s += hall(800, 930, 360, 170, { tiers: 1, doors: 3, arch: true, wall: '#efe2c8', tile: '#5c3324', column: '#b5a68c' });
  for (const x of [340, 500, 1100, 1260]) s += pillar(x, 960, 430);
  s += ground(960, '#bfae8e', '#8e7b5a');
  return s;
}

function festivalFlags(): string {
  let s = sky('#5d97cf', '#f0e4c8', '#a9c9de');
  s += mountains(470, ['#a0b5b5', '#7a9276'], 100);
  s += hall(800, 700, 760, 150, { tiers: 2, doors: 5, wall: '#e8c894', tile: '#643323' });
  s += ground(700, '#d3bf98', '#a58d66');
  const stripes = ['#d8282a', '#f2c230', '#2f6fc4', '#ffffff', '#2e9a4a'];
  for (let i = 0; i < 9; i++) {
    const x = 120 + i * 170 + r(-20, 20);
    const top = 330 + r(-30, 30);
    s += `<line x1="${f1(x)}" y1="${f1(top)}" x2="${f1(x)}" y2="960" stroke="#6b4a2a" stroke-width="7"/>`;
    const fh = 210;
    const fw = 110;
    stripes.forEach((c, k) => {
      const y0 = top + (k * fh) / stripes.length;
      const y1 = top + ((k + 1) * fh) / stripes.length;
      const wave = 14 * Math.sin(i + k * 0.4);
      s += `<path d="M${f1(x)} ${f1(y0)} Q${f1(x + fw / 2)} ${f1(y0 + wave)} ${f1(x + fw)} ${f1(y0 + 6)} L${f1(x + fw)} ${f1(y1 + 6)} Q${f1(x + fw / 2)} ${f1(y1 + wave)} ${f1(x)} ${f1(y1)} Z" fill="${c}"/>`;
    });
    s += `<path d="M${f1(x)} ${f1(top + fh)} Q${f1(x + fw / 2)} ${f1(top + fh + 40)} ${f1(x + fw)} ${f1(top + fh + 6)}" stroke="#d8282a" stroke-width="6" fill="none"/>`;
  }
  for (let i = 0; i < 70; i++)
    s += person(
      r(0, W),
      r(880, 1030),
      r(70, 110),
      pick(['#c23a2e', '#2a4f8c', '#e0c14a', '#f2f2f2', '#7a3f8f', '#3c7a4a']),
      false,
      rand() < 0.2,
    );
  return s;
}

function templeOnHill(): string {
  // Đền thờ Nguyễn Trãi.
  let s = sky('#8dbbe0', '#f6ecd6', '#c9dde6') + sun(1300, 190, 32);
  s += mountains(460, ['#afc2c6', '#86a08a'], 110);
  s += `<path d="M0 1067 L0 700 Q400 560 800 540 Q1200 560 1600 720 L1600 1067 Z" fill="${linear([
    [0, '#6f8c4f'],
    [1, '#435a30'],
  ])}"/>`;
  s += `<rect x="520" y="540" width="560" height="40" fill="#b7ab96"/>`;
  s += hall(800, 560, 520, 150, { tiers: 2, doors: 5, wall: '#e9cf9e', tile: '#8a3b25' });
  s += steps(800, 1067, 560, 240, 500, 28, '#b5ad9e');
  for (const [x, y, h] of [
    [160, 860, 600],
    [330, 760, 520],
    [1250, 770, 520],
    [1430, 880, 620],
  ] as const)
    s += pine(x, y, h);
  return s;
}

function stupaMountain(): string {
  // Tháp Viên Thông, chùa Thanh Mai: mountainside forest with autumn colours.
  let s = sky('#9ec3e0', '#f4ead4');
  s += mountains(380, ['#b7c6c6', '#98ad9c', '#7b9670'], 140);
  s += `<path d="M0 1067 L0 760 Q500 600 900 640 Q1300 690 1600 600 L1600 1067 Z" fill="#5f7a45"/>`;
  for (let i = 0; i < 34; i++) {
    const x = r(0, W);
    s += roundTree(x, r(780, 1080), r(50, 110), pick(['#4c6e39', '#5d7d3e', '#c9a43a', '#b9832f', '#3f5f32']));
  }
  s += `<rect x="690" y="640" width="220" height="30" fill="#9c958a"/>`;
  s += stupa(800, 650, 520, 3, '#9e7d62');
  return s;
}

function pagodaByRiver(): string {
  // Chùa Minh Khánh from the riverbank.
  let s = sky('#8fb8dc', '#f7ead0', '#cfdde2') + sun(260, 200, 30, '#fff2d0');
  s += hills(560, 40, '#9fb39a');
  s += ground(560, '#6f8a4c', '#5a7440');
  for (let i = 0; i < 12; i++) s += roundTree(r(0, W), r(600, 660), r(50, 80), '#4e7038', rand() < 0.5 ? '#b42a2a' : undefined);
  s += tamQuan(800, 690, 560, '#4e3a2e');
  s += ground(700, '#7f9a57', '#5f7a40');
  s += water(760, 307, '#7fa6b5', '#4f7482');
  // Reflection of the gate.
  s += `<g transform="translate(0 1460) scale(1 -1)" opacity="0.22">${tamQuan(800, 700, 560, '#4e3a2e')}</g>`;
  s += `<path d="M0 770 Q300 740 600 765 Q900 790 1200 760 Q1400 745 1600 770 L1600 785 L0 785 Z" fill="#5c6e3c"/>`;
  return s;
}

function lycheeTree(): string {
  // Cây vải tổ: a wide old tree heavy with red fruit.
  let s = sky('#86b6df', '#e8f0e8');
  s += hills(620, 30, '#8fae79');
  s += ground(700, '#7e9a52', '#566e37');
  s += roundTree(250, 760, 90, '#476b34', '#b52a2a') + roundTree(1380, 770, 100, '#476b34', '#b52a2a');
  s += `<path d="M720 1000 Q740 820 640 640 Q600 560 540 520 L600 510 Q680 560 760 640 Q790 560 860 500 L910 515 Q840 600 830 700 Q900 620 1010 580 L1030 610 Q900 680 880 800 Q870 900 900 1000 Z" fill="#4d3a2c"/>`;
  s += `<ellipse cx="800" cy="400" rx="640" ry="330" fill="#233d1f"/>`;
  for (let i = 0; i < 70; i++)
    s += `<circle cx="${f1(800 + r(-600, 600))}" cy="${f1(400 + r(-280, 260))}" r="${f1(r(70, 130))}" fill="${shade('#2f5426', r(-0.3, 0.25))}"/>`;
  for (let i = 0; i < 46; i++) {
    const x = 800 + r(-560, 560);
    const y = 420 + r(-250, 260);
    for (let k = 0; k < 7; k++) s += lychee(x + r(-26, 26), y + r(-10, 34), r(11, 15));
  }
  s += `<rect x="1080" y="880" width="110" height="120" fill="#8d8a84"/><path d="M1080 880 Q1135 835 1190 880 Z" fill="#8d8a84"/>`;
  s += `<rect x="1060" y="1000" width="150" height="20" fill="#77746f"/>`;
  return s;
}

function stele(): string {
  // Bia ghi sự tích cây vải tổ, under the tree.
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, '#3c5a2e'],
    [1, '#6c8a48'],
  ])}"/>`;
  for (let i = 0; i < 60; i++)
    s += `<circle cx="${f1(r(0, W))}" cy="${f1(r(0, 600))}" r="${f1(r(60, 160))}" fill="${shade('#3f6a30', r(-0.3, 0.3))}" opacity="0.8"/>`;
  for (let i = 0; i < 18; i++) {
    const x = r(0, W);
    const y = r(40, 520);
    for (let k = 0; k < 6; k++) s += lychee(x + r(-24, 24), y + r(-10, 30), r(10, 14));
  }
  s += `<path d="M1160 1067 Q1200 700 1240 300 L1420 300 Q1400 700 1480 1067 Z" fill="#4f3c2e"/>`;
  s += ground(900, '#7a6a4c', '#5a4d36');
  s += `<rect x="560" y="900" width="480" height="60" fill="#7c7a74"/><rect x="540" y="950" width="520" height="40" fill="#6a6863"/>`;
  s += `<path d="M620 900 L620 420 Q800 330 980 420 L980 900 Z" fill="${linear(
    [
      [0, '#a3a19b'],
      [1, '#84827c'],
    ],
    0,
    0,
    1,
    0,
  )}"/>`;
  s += `<path d="M660 470 Q800 400 940 470" stroke="#6e6c66" stroke-width="6" fill="none"/>`;
  for (let col = 0; col < 10; col++) {
    for (let row = 0; row < 14; row++) {
      if (rand() < 0.15) continue;
      s += `<rect x="${f1(670 + col * 26)}" y="${f1(520 + row * 26)}" width="${f1(r(10, 18))}" height="6" fill="#5f5d58" opacity="0.8"/>`;
    }
  }
  s += `<ellipse cx="800" cy="1000" rx="70" ry="16" fill="#6c4f2c"/><rect x="740" y="960" width="120" height="40" fill="#8e6a3a"/>`;
  for (const x of [780, 800, 820]) s += `<line x1="${x}" y1="960" x2="${x + r(-6, 6)}" y2="880" stroke="#b0452c" stroke-width="3"/>`;
  return s;
}

function communalHouse(): string {
  // Đình làng: a wide low hall under a huge roof, a banyan in the yard.
  let s = sky('#8ebde2', '#f5ecd9', '#cfe0e8') + sun(1420, 170, 30);
  s += hills(560, 30, '#a3b79a');
  s += ground(600, '#7e9656', '#627a40');
  for (let i = 0; i < 10; i++) s += roundTree(r(0, W), r(600, 640), r(40, 70), '#4e7038');
  s += hall(720, 720, 820, 130, { tiers: 1, doors: 5, wall: '#cfa97a', tile: '#5a3a2d', roofScale: 1.55 });
  s += `<rect x="0" y="720" width="${W}" height="347" fill="#b5573e"/>`;
  for (let y = 720; y < H; y += 22) s += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#9a4532" stroke-width="2"/>`;
  for (let x = -1600; x < W + 1600; x += 44)
    s += `<line x1="${x}" y1="${H}" x2="${720 + (x - 720) * 0.3}" y2="720" stroke="#9a4532" stroke-width="1.5" opacity="0.6"/>`;
  s += banyan(1340, 900, 190);
  return s;
}

function lotusTower(): string {
  // Cửu phẩm liên hoa: a tall tiered wooden tower in a dim hall, lit warm.
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, '#2a1a12'],
    [1, '#4a2e1e'],
  ])}"/>`;
  s += `<ellipse cx="800" cy="520" rx="620" ry="520" fill="${radial([
    [0, '#e0a050', 0.45],
    [1, '#e0a050', 0],
  ])}"/>`;
  for (let i = 0; i < 6; i++) s += `<rect x="0" y="${40 + i * 28}" width="${W}" height="10" fill="#1f120c" opacity="0.7"/>`;
  for (const x of [120, 360, 1240, 1480]) {
    s += `<rect x="${x - 26}" y="0" width="52" height="${H}" fill="${linear(
      [
        [0, '#5a1e14'],
        [0.5, '#8a3222'],
        [1, '#4a1810'],
      ],
      0,
      0,
      1,
      0,
    )}"/>`;
    s += `<rect x="${x - 40}" y="980" width="80" height="40" fill="#6e665c"/>`;
  }
  s += `<rect x="0" y="1000" width="${W}" height="67" fill="#3a2a1f"/>`;
  // The tower: nine tiers.
  let y = 1000;
  for (let i = 0; i < 9; i++) {
    const w = 520 - i * 44;
    const h = 96 - i * 4;
    s += `<rect x="${f1(800 - w / 2)}" y="${f1(y - h)}" width="${f1(w)}" height="${f1(h)}" fill="${linear(
      [
        [0, '#7a3a1c'],
        [0.5, '#a55a26'],
        [1, '#6a2f16'],
      ],
      0,
      0,
      1,
      0,
    )}"/>`;
    s += `<rect x="${f1(800 - w / 2 - 14)}" y="${f1(y - h - 12)}" width="${f1(w + 28)}" height="12" fill="#c99a3e"/>`;
    s += `<rect x="${f1(800 - w / 2)}" y="${f1(y - 10)}" width="${f1(w)}" height="10" fill="#c99a3e" opacity="0.8"/>`;
    const n = Math.max(3, Math.round(w / 70));
    for (let k = 0; k < n; k++) {
      const bx = 800 - w / 2 + ((k + 0.5) * w) / n;
      const by = y - h * 0.5;
      s += `<circle cx="${f1(bx)}" cy="${f1(by - 14)}" r="16" fill="#e8c56a" opacity="0.5"/>`;
      s += `<circle cx="${f1(bx)}" cy="${f1(by - 16)}" r="8" fill="#d9a844"/>`;
      s += `<path d="M${f1(bx - 14)} ${f1(by + 22)} Q${f1(bx)} ${f1(by - 16)} ${f1(bx + 14)} ${f1(by + 22)} Z" fill="#d9a844"/>`;
    }
    y -= h + 12;
  }
  s += `<path d="M800 ${f1(y - 90)} C830 ${f1(y - 40)} 830 ${f1(y)} 800 ${f1(y)} C770 ${f1(y)} 770 ${f1(y - 40)} 800 ${f1(y - 90)} Z" fill="#c99a3e"/>`;
  for (let k = 0; k < 12; k++) {
    const x = 540 + k * 47;
    s += `<path d="M${x} 1000 Q${x + 23} 950 ${x + 46} 1000 Z" fill="#d98f7a"/>`;
  }
  return s;
}

function pagodaYard(): string {
  // Sân chùa Đồng Ngọ: bell tower, areca palms, main hall behind.
  let s = sky('#93bfe3', '#f3ead6') + sun(1180, 150, 28);
  s += hills(520, 25, '#9bb497');
  s += hall(1000, 640, 700, 120, { tiers: 1, doors: 5, wall: '#d7b98e', tile: '#57402f' });
  s += ground(640, '#c4b08e', '#9a8564');
  for (let y = 640; y < H; y += 30) s += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#a8946f" stroke-width="2" opacity="0.7"/>`;
  s += `<rect x="290" y="700" width="300" height="170" fill="#8e877b"/>`;
  s += hall(440, 700, 220, 150, { tiers: 2, doors: 1, arch: true, wall: '#d9cbb0', tile: '#4e3a2e' });
  s += `<path d="M410 470 Q440 440 470 470 L478 530 L402 530 Z" fill="#7a5a2a"/>`;
  for (const x of [80, 160, 650, 1380, 1470, 1550]) s += areca(x, 900 + r(-20, 40), r(560, 700));
  return s;
}

function lycheeBunches(): string {
  // Close-up of ripe lychee bunches on their twigs.
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, '#30502c'],
    [1, '#1e3520'],
  ])}"/>`;
  s += `<g ${blur(22)}>`;
  for (let i = 0; i < 40; i++)
    s += `<circle cx="${f1(r(0, W))}" cy="${f1(r(0, H))}" r="${f1(r(80, 200))}" fill="${shade('#4d7a3b', r(-0.3, 0.3))}" opacity="0.7"/>`;
  for (let i = 0; i < 10; i++) s += `<circle cx="${f1(r(0, W))}" cy="${f1(r(0, H))}" r="${f1(r(30, 60))}" fill="#b0332e" opacity="0.5"/>`;
  s += '</g>';
  for (let i = 0; i < 26; i++) s += leaf(r(-50, W), r(-50, H), r(180, 300), r(0, 360), shade('#3f6d30', r(-0.2, 0.2)));
  const bunches: [number, number][] = [
    [420, 520],
    [860, 430],
    [1230, 600],
    [700, 800],
  ];
  for (const [bx, by] of bunches) {
    s += `<path d="M${bx} ${by - 320} Q${bx + 20} ${by - 160} ${bx} ${by - 40}" stroke="#5a4028" stroke-width="10" fill="none"/>`;
    const fruits: [number, number][] = [];
    for (let k = 0; k < 16; k++) fruits.push([bx + r(-150, 150), by + r(-90, 160)]);
    fruits.sort((a, b) => a[1] - b[1]);
    for (const [fx, fy] of fruits) {
      s += `<line x1="${bx}" y1="${by - 60}" x2="${f1(fx)}" y2="${f1(fy - 40)}" stroke="#6b4c2c" stroke-width="4"/>`;
      s += lychee(fx, fy, r(46, 60));
    }
  }
  for (let i = 0; i < 8; i++) s += leaf(r(0, W), r(0, H), r(200, 320), r(0, 360), shade('#4a7a36', r(-0.1, 0.25)));
  return s;
}

function lycheeOrchard(): string {
  let s = sky('#84b4de', '#eef0e2', '#c0d7e4') + sun(1350, 170, 34);
  s += hills(520, 25, '#a3b8a0');
  s += water(560, 70, '#8fb0bd', '#6d919e');
  s += ground(610, '#7f9b52', '#5b7339');
  for (let row = 0; row < 5; row++) {
    const y = 640 + row * 95;
    const rad = 60 + row * 22;
    for (let x = -40 + (row % 2) * 90; x < W + 100; x += rad * 2.3)
      s += roundTree(x + r(-20, 20), y + rad * 0.6, rad, '#3f6a31', '#c3282b');
  }
  return s;
}

function driedLychees(): string {
  let s = `<rect width="${W}" height="${H}" fill="${linear(
    [
      [0, '#6a4a30'],
      [1, '#4a321f'],
    ],
    0,
    0,
    1,
    1,
  )}"/>`;
  for (let y = 0; y < H; y += 9)
    s += `<line x1="0" y1="${y}" x2="${W}" y2="${f1(y + r(-6, 6))}" stroke="#3b2616" stroke-opacity="${f1(r(0.1, 0.35))}" stroke-width="${f1(r(1, 3))}"/>`;
  s += tray(800, 560, 500);
  const pts: [number, number][] = [];
  for (let i = 0; i < 150; i++) {
    const a = r(0, Math.PI * 2);
    const d = Math.sqrt(rand()) * 410;
    pts.push([800 + Math.cos(a) * d, 560 + Math.sin(a) * d]);
  }
  pts.sort((a, b) => a[1] - b[1]);
  for (const [x, y] of pts) {
    const rad = r(34, 42);
    const base = pick(['#6b3d1e', '#7a4522', '#5e351a', '#82502a']);
    s += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(rad)}" fill="${radial(
      [
        [0, shade(base, 0.3)],
        [0.7, base],
        [1, shade(base, -0.5)],
      ],
      0.5,
      0.5,
      0.55,
      0.35,
      0.3,
    )}"/>`;
    for (let k = 0; k < 4; k++)
      s += `<path d="M${f1(x + r(-rad, rad) * 0.6)} ${f1(y + r(-rad, rad) * 0.6)} q${f1(r(-10, 10))} ${f1(r(-10, 10))} ${f1(r(-14, 14))} ${f1(r(-6, 6))}" stroke="${shade(base, -0.5)}" stroke-width="2" fill="none"/>`;
  }
  for (const [x, y] of [
    [1340, 900],
    [1420, 820],
  ] as const) {
    s += `<circle cx="${x}" cy="${y}" r="44" fill="#3a1e0e"/><circle cx="${x - 8}" cy="${y - 8}" r="30" fill="#5a2e16"/>`;
  }
  return s;
}

function honeyJar(): string {
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, '#f3e2b8'],
    [1, '#caa56a'],
  ])}"/>`;
  s += `<g ${blur(18)}>`;
  for (let i = 0; i < 24; i++)
    s += `<circle cx="${f1(r(0, W))}" cy="${f1(r(0, 600))}" r="${f1(r(40, 110))}" fill="${pick(['#ffffff', '#f6e7b0', '#b9cf8c'])}" opacity="0.45"/>`;
  s += '</g>';
  s += `<rect x="0" y="820" width="${W}" height="247" fill="${linear([
    [0, '#8a5a32'],
    [1, '#5e3a1e'],
  ])}"/>`;
  // Jar.
  const jar =
    'M560 330 L560 300 Q560 280 580 280 L820 280 Q840 280 840 300 L840 330 Q930 360 930 470 L930 820 Q930 880 870 880 L530 880 Q470 880 470 820 L470 470 Q470 360 560 330 Z';
  s += `<path d="${jar}" fill="${linear(
    [
      [0, '#f0b43a'],
      [0.5, '#d98a18'],
      [1, '#a85a0c'],
    ],
    0,
    0,
    1,
    1,
  )}"/>`;
  s += `<path d="M500 470 Q500 400 560 370 L560 840 Q500 840 500 800 Z" fill="#ffffff" opacity="0.28"/>`;
  s += `<rect x="540" y="230" width="320" height="80" rx="14" fill="#b22a24"/>`;
  for (let x = 545; x < 860; x += 30) s += `<rect x="${x}" y="230" width="14" height="80" fill="#e8d9c0" opacity="0.5"/>`;
  s += `<path d="M540 300 Q700 340 860 300" stroke="#6a4a2a" stroke-width="8" fill="none"/>`;
  s += `<rect x="560" y="560" width="280" height="180" rx="10" fill="#f6edd8"/><rect x="580" y="590" width="240" height="20" fill="#7a4a1e" opacity="0.8"/>`;
  s += `<rect x="600" y="630" width="200" height="12" fill="#7a4a1e" opacity="0.5"/><rect x="620" y="660" width="160" height="12" fill="#7a4a1e" opacity="0.5"/>`;
  s += `<circle cx="700" cy="705" r="18" fill="#d98a18"/>`;
  // Dipper and drips.
  s += `<path d="M1020 860 L1330 520" stroke="#7a5228" stroke-width="16" stroke-linecap="round"/>`;
  for (let k = 0; k < 5; k++) s += `<ellipse cx="${1010 - k * 4}" cy="${860 + k * 2}" rx="${46 - k * 4}" ry="22" fill="#9a6a34"/>`;
  s += `<path d="M1000 880 Q1004 930 996 960 Q1010 970 1012 930 Z" fill="#e09a20"/>`;
  // Lychee blossom sprigs and a bee.
  for (const [x0, y0] of [
    [120, 640],
    [1240, 250],
    [1400, 700],
  ] as const) {
    s += `<path d="M${x0} ${y0 + 200} Q${x0 + 40} ${y0 + 100} ${x0 + 20} ${y0}" stroke="#6a5a3a" stroke-width="8" fill="none"/>`;
    for (let k = 0; k < 70; k++)
      s += `<circle cx="${f1(x0 + r(-90, 110))}" cy="${f1(y0 + r(-80, 160))}" r="${f1(r(5, 9))}" fill="${pick(['#f3ecc4', '#e8dc9a', '#fff8dc'])}"/>`;
    s += leaf(x0, y0 + 160, 150, -150, '#5c7f3c') + leaf(x0 + 20, y0 + 120, 140, -20, '#4f7434');
  }
  for (const [bx, by] of [
    [1160, 320],
    [300, 560],
  ] as const) {
    s += `<ellipse cx="${bx - 8}" cy="${by - 22}" rx="26" ry="14" fill="#ffffff" opacity="0.7" transform="rotate(-25 ${bx - 8} ${by - 22})"/>`;
    s += `<ellipse cx="${bx}" cy="${by}" rx="30" ry="18" fill="#e0a020"/>`;
    for (const dx of [-10, 4, 18]) s += `<rect x="${bx + dx}" y="${by - 17}" width="7" height="34" fill="#2a1e10"/>`;
    s += `<circle cx="${bx - 30}" cy="${by - 2}" r="12" fill="#2a1e10"/>`;
  }
  return s;
}

function custardApples(): string {
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, '#dbe6c8'],
    [1, '#9fb483'],
  ])}"/>`;
  s += `<g ${blur(16)}>`;
  for (let i = 0; i < 16; i++)
    s += `<circle cx="${f1(r(0, W))}" cy="${f1(r(0, 500))}" r="${f1(r(80, 180))}" fill="${shade('#6f9a4c', r(-0.2, 0.3))}" opacity="0.6"/>`;
  s += '</g>';
  s += `<path d="M180 640 Q800 560 1420 640 L1330 1000 Q800 1080 270 1000 Z" fill="#b8874a"/>`;
  for (let x = 190; x < 1420; x += 36)
    s += `<line x1="${x}" y1="620" x2="${270 + (x - 180) * 0.86}" y2="1010" stroke="#8a5e2a" stroke-width="3" opacity="0.55"/>`;
  for (let y = 660; y < 1000; y += 30)
    s += `<line x1="200" y1="${y}" x2="1400" y2="${y}" stroke="#9a6e36" stroke-width="3" opacity="0.5"/>`;
  s += `<path d="M180 640 Q800 560 1420 640" stroke="#7a5228" stroke-width="22" fill="none"/>`;
  const spots: [number, number, number][] = [
    [470, 560, 170],
    [800, 520, 185],
    [1120, 565, 170],
    [630, 720, 175],
    [980, 730, 180],
  ];
  for (const [x, y, rad] of spots) s += custardApple(x, y, rad);
  s += leaf(1180, 820, 260, -20, '#4f7a36') + leaf(340, 820, 240, 200, '#5b8a3e') + leaf(1300, 760, 200, 30, '#4a7332');
  return s;
}

function hillChickens(): string {
  let s = sky('#8fbde3', '#f2efe0') + sun(240, 160, 30);
  s += mountains(430, ['#aabfbe', '#88a385'], 80);
  s += `<path d="M0 1067 L0 620 Q600 520 1600 640 L1600 1067 Z" fill="${linear([
    [0, '#8fae5a'],
    [1, '#5d7a35'],
  ])}"/>`;
  for (let i = 0; i < 9; i++) s += roundTree(r(0, W), r(600, 700), r(55, 90), '#486f34');
  for (let i = 0; i < 400; i++) {
    const x = r(0, W);
    const y = r(700, H);
    s += `<line x1="${f1(x)}" y1="${f1(y)}" x2="${f1(x + r(-6, 6))}" y2="${f1(y - r(10, 24))}" stroke="${shade('#5e8236', r(-0.2, 0.3))}" stroke-width="3"/>`;
  }
  const flock: [number, number, number, boolean, string][] = [
    [420, 880, 1.7, false, '#9c4a22'],
    [760, 820, 1.4, true, '#b0642c'],
    [1080, 920, 1.9, false, '#8a3b1a'],
    [1320, 800, 1.2, true, '#c07a3a'],
    [580, 990, 1.5, true, '#a5552a'],
  ];
  for (const [x, y, sc, flip, c] of flock) s += chicken(x, y, sc, flip, c);
  return s;
}

function teaHill(): string {
  let s = sky('#9cc6e6', '#f3f1e2') + sun(1300, 150, 30);
  s += mountains(440, ['#b6c8c6', '#93ad96', '#6f8f64'], 110);
  const hill = 'M-50 1067 L-50 640 Q400 440 900 470 Q1350 500 1650 700 L1650 1067 Z';
  s += `<path d="${hill}" fill="#4f7a32"/>`;
  const cp = clip(`<path d="${hill}"/>`);
  s += `<g ${cp}>`;
  for (let k = 0; k < 22; k++) {
    const y = 480 + k * 30;
    const d = `M-60 ${y + 220} Q500 ${y - 30} 900 ${y} Q1300 ${y + 30} 1700 ${y + 260}`;
    s += `<path d="${d}" stroke="#6f9e3e" stroke-width="${18 + k * 1.2}" fill="none" stroke-linecap="round"/>`;
    s += `<path d="${d}" stroke="#8cbc52" stroke-width="${6 + k * 0.4}" fill="none" stroke-dasharray="${14 + k} ${10 + k}" transform="translate(0 -${4 + k * 0.3})"/>`;
  }
  s += '</g>';
  s += person(560, 700, 90, '#3a5f8c', false, true) + person(1020, 760, 110, '#a8433a', false, true);
  s += `<ellipse cx="1065" cy="860" rx="40" ry="26" fill="#b98a4a"/>`;
  return s;
}

function teamMeeting(wall: string, shirts: string[]): string {
  let s = `<rect width="${W}" height="${H}" fill="${linear([
    [0, shade(wall, 0.15)],
    [1, shade(wall, -0.1)],
  ])}"/>`;
  s += `<rect x="0" y="760" width="${W}" height="307" fill="#a57b52"/>`;
  for (let x = 0; x < W; x += 120) s += `<line x1="${x}" y1="760" x2="${x - 200}" y2="${H}" stroke="#8a6440" stroke-width="2"/>`;
  // Window, banner and a QR poster.
  s += `<rect x="90" y="150" width="300" height="360" fill="#e9f3f7" stroke="#7a5a3a" stroke-width="14"/>`;
  s += `<line x1="240" y1="150" x2="240" y2="510" stroke="#7a5a3a" stroke-width="10"/><line x1="90" y1="330" x2="390" y2="330" stroke="#7a5a3a" stroke-width="10"/>`;
  s += roundTree(180, 560, 60, '#6a9a4a') + roundTree(320, 560, 50, '#5a8a3a');
  s += `<rect x="470" y="110" width="700" height="110" fill="#c4262a"/>`;
  for (let i = 0; i < 9; i++) s += `<rect x="${520 + i * 70}" y="150" width="${r(40, 58)}" height="26" fill="#f2d04a"/>`;
  s += `<rect x="1250" y="170" width="250" height="330" fill="#ffffff" stroke="#2a5aa0" stroke-width="10"/>`;
  s += qrPattern(1290, 220, 170);
  s += `<rect x="1290" y="420" width="170" height="16" fill="#2a5aa0"/><rect x="1310" y="450" width="130" height="12" fill="#2a5aa0" opacity="0.6"/>`;
  // People behind the table, then the table.
  const n = shirts.length;
  for (let i = 0; i < n; i++) s += person(330 + (i * 940) / (n - 1), 560 + r(-15, 15), 210, shirts[i]!, i % 2 === 0);
  s += `<path d="M160 760 L1440 760 L1500 860 L100 860 Z" fill="#7a4a28"/><rect x="100" y="860" width="1400" height="24" fill="#5a3418"/>`;
  s += `<rect x="180" y="884" width="30" height="183" fill="#5a3418"/><rect x="1390" y="884" width="30" height="183" fill="#5a3418"/>`;
  // Laptop, phones and a tea set on the table.
  s += `<path d="M700 700 L900 700 L910 780 L690 780 Z" fill="#2a2e36"/><rect x="712" y="710" width="176" height="62" fill="#8fd0f5"/>`;
  s += `<path d="M660 780 L940 780 L960 800 L640 800 Z" fill="#b9bec6"/>`;
  for (const [x, y] of [
    [420, 800],
    [1150, 810],
    [1000, 790],
  ] as const)
    s += `<rect x="${x}" y="${y}" width="40" height="66" rx="6" fill="#1c1c22" transform="rotate(${r(-30, 30)} ${x} ${y})"/>`;
  s += `<ellipse cx="1280" cy="790" rx="60" ry="16" fill="#d9d2c0"/><path d="M1250 790 Q1240 740 1280 735 Q1320 740 1310 790 Z" fill="#3f7a6a"/>`;
  for (const x of [1200, 1360]) s += `<rect x="${x - 16}" y="770" width="32" height="26" rx="4" fill="#f0ede4"/>`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Output.
// ---------------------------------------------------------------------------------------------

interface Photo {
  /** Path under content/. */
  file: string;
  seed: number;
  draw: () => string;
  /** Store like a phone held upright: pixels rotated, EXIF orientation 6. */
  rotate?: boolean;
  /** Decimal degrees written as EXIF GPS tags. */
  gps?: { lat: number; lng: number };
}

const PHOTOS: Photo[] = [
  { file: 'relics/den-chu-van-an/cong-den.jpg', seed: 11, draw: templeGate },
  { file: 'relics/den-chu-van-an/rung-thong.jpg', seed: 12, draw: pineForest },
  { file: 'relics/chua-con-son/tam-quan.jpg', seed: 21, draw: tamQuanPicture },
  { file: 'relics/chua-con-son/thap-dang-minh.jpg', seed: 22, draw: stupaPines },
  { file: 'relics/den-kiep-bac/den-kiep-bac.jpg', seed: 31, draw: kiepBacGate },
  { file: 'relics/den-kiep-bac/le-hoi.jpg', seed: 32, draw: festivalFlags, gps: { lat: 21.1297, lng: 106.4077 } },
  { file: 'relics/den-tho-nguyen-trai/den-nguyen-trai.jpg', seed: 41, draw: templeOnHill },
  { file: 'relics/chua-thanh-mai/thap-vien-thong.jpg', seed: 51, draw: stupaMountain },
  { file: 'relics/chua-minh-khanh/chua-minh-khanh.jpg', seed: 61, draw: pagodaByRiver },
  { file: 'relics/cay-vai-to-thanh-ha/cay-vai-to.jpg', seed: 71, draw: lycheeTree, rotate: true, gps: { lat: 20.9142, lng: 106.419 } },
  { file: 'relics/cay-vai-to-thanh-ha/bia-ky.jpg', seed: 72, draw: stele },
  { file: 'relics/dinh-thuy-lam/dinh-lang.jpg', seed: 81, draw: communalHouse },
  { file: 'relics/chua-dong-ngo/cuu-pham-lien-hoa.jpg', seed: 91, draw: lotusTower },
  { file: 'relics/chua-dong-ngo/san-chua.jpg', seed: 92, draw: pagodaYard },
  { file: 'products/vai-thieu-thanh-ha/chum-vai.jpg', seed: 101, draw: lycheeBunches },
  { file: 'products/vai-thieu-thanh-ha/vuon-vai.jpg', seed: 102, draw: lycheeOrchard },
  { file: 'products/vai-thieu-say-kho/vai-say.jpg', seed: 111, draw: driedLychees },
  { file: 'products/mat-ong-hoa-vai/mat-ong.jpg', seed: 121, draw: honeyJar },
  { file: 'products/na-chi-linh/qua-na.jpg', seed: 131, draw: custardApples },
  { file: 'products/ga-doi-chi-linh/ga-doi.jpg', seed: 141, draw: hillChickens },
  { file: 'products/che-xanh-doi-chi-linh/doi-che.jpg', seed: 151, draw: teaHill },
  {
    file: 'teams/to-cong-nghe-so-cong-dong-khu-dan-cu-phuong-hoang/nhom-ho-tro.jpg',
    seed: 161,
    draw: () => teamMeeting('#f1e3b8', ['#2f5f9e', '#c23b2f', '#f4f4f4', '#3d7a4c', '#e0b43a']),
  },
  {
    file: 'teams/to-cong-nghe-so-cong-dong-thon-thuy-lam/nhom-ho-tro.jpg',
    seed: 171,
    draw: () => teamMeeting('#e4ecd8', ['#1f6f8b', '#f2f2f2', '#b8322a', '#6a4a8c']),
  },
  {
    file: 'teams/to-cong-nghe-so-cong-dong-thon-binh-ha/nhom-ho-tro.jpg',
    seed: 181,
    draw: () => teamMeeting('#f3dcc4', ['#c23b2f', '#7a7a7a', '#2f5f9e', '#f4f4f4', '#3d7a4c', '#d88a2a']),
  },
];

/** Decimal degrees to the EXIF rational triple "deg/1 min/1 sec*100/100". */
function dms(value: number): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minFloat = (abs - deg) * 60;
  const min = Math.floor(minFloat);
  const sec = Math.round((minFloat - min) * 60 * 100);
  return `${deg}/1 ${min}/1 ${sec}/100`;
}

async function render(photo: Photo): Promise<{ bytes: number; stored: string }> {
  defs = [];
  uid = 0;
  rand = mulberry32(photo.seed);
  const body = photo.draw();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs.join('')}</defs>${body}</svg>`;
  let image = sharp(Buffer.from(svg));
  if (photo.rotate) {
    // Store the pixels turned 90° anticlockwise; EXIF orientation 6 tells viewers to turn them back.
    image = sharp(await image.png().toBuffer()).rotate(270);
  }
  if (photo.rotate || photo.gps) {
    const when = '2026:06:08 07:42:15';
    const exif: { IFD0: Record<string, string>; IFD2: Record<string, string>; IFD3?: Record<string, string> } = {
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15', DateTime: when, Software: 'make-sample-photos' },
      IFD2: { DateTimeOriginal: when },
    };
    if (photo.gps) {
      exif.IFD3 = {
        GPSVersionID: '2 2 0 0',
        GPSLatitudeRef: photo.gps.lat >= 0 ? 'N' : 'S',
        GPSLatitude: dms(photo.gps.lat),
        GPSLongitudeRef: photo.gps.lng >= 0 ? 'E' : 'W',
        GPSLongitude: dms(photo.gps.lng),
      };
    }
    image = image.withExif(exif);
    if (photo.rotate) image = image.withMetadata({ orientation: 6, density: 72 });
  }
  const path = join(CONTENT, photo.file);
  mkdirSync(join(path, '..'), { recursive: true });
  const info = await image.jpeg({ quality: 80, mozjpeg: true }).toFile(path);
  return { bytes: statSync(path).size, stored: `${info.width}×${info.height}` };
}

let failed = false;
for (const photo of PHOTOS) {
  const { bytes, stored } = await render(photo);
  const kb = Math.round(bytes / 1024);
  const note = [photo.rotate ? 'EXIF orientation 6' : '', photo.gps ? 'GPS' : ''].filter(Boolean).join(', ');
  const warn = bytes >= 400 * 1024 ? '  ← over 400 KB' : '';
  if (warn) failed = true;
  console.log(`${photo.file.padEnd(72)} ${stored.padEnd(10)} ${String(kb).padStart(4)} KB${note ? `  (${note})` : ''}${warn}`);
}
if (failed) process.exitCode = 1;
