/**
 * A commune's heritage-trail poster: a map of its relics from their coordinates, and each relic
 * with a small code, its names and a line, numbered in visiting order, over as many pages as it takes.
 */
import { qrMatrix, type Ecc } from './qr.ts';
import { clip, fitSize, wrap } from './fit.ts';
import { fitParagraph } from './plaque-text.ts';
import type { Layout, QrItem, TextItem } from './layout.ts';
import { ASC, DESC, frame, LEAD, M, put, type Box, type Frame, type Size } from './poster-kit.ts';
import { codeWidth, moduleFor, PAPER } from './units.ts';
import { trailMap, visitOrder, type GeoPoint } from './trail-map.ts';

/** One stop on a heritage trail. */
export interface TrailStop {
  title: string;
  /** The English name, printed under the Vietnamese one for visitors. */
  titleEn?: string;
  line: string;
  url: string;
  short: string;
  /** Where it is: places it on the trail's map and orders the visit. */
  location?: GeoPoint | undefined;
}

/** A row of a trail: the stop's box on the page, in mm. */
interface Cell extends Box {
  height: number;
}

/**
 * A commune's heritage-trail poster: a heading, a map of the stops drawn from their coordinates
 * (when at least two have them), then a numbered row per relic with its small code, in visiting
 * order. One column while rows can stay ~30 mm tall, then two; rows never go below ~22 mm. The map
 * takes the height the rows leave; a trail too long for one page gets the map on a page of its own
 * and continues on further pages (numbered "1/3"…) rather than shrinking or running off the paper.
 */
export function trailPoster(heading: string, sub: string, stops: TrailStop[], size: Size, ecc: Ecc): Layout[] {
  const [width, height] = PAPER[size];
  const f = frame(width);
  const { u } = f;
  const hs = fitSize(heading, 'bold', f.width, 9 * u, 6 * u);
  const head = wrap(heading, 'bold', f.width, hs, 2);
  const subY = M * u + 0.9 * hs + (head.length - 1) * LEAD * hs + 8 * u;
  const area = { ...f, y: subY + 8 * u, height: height - M * u - subY - 8 * u };
  const order = visitOrder(stops);
  const plan = trailPlan(order, area);
  return plan.map((p, i) => {
    const texts: TextItem[] = [];
    put(texts, head, f.x, M * u + 0.9 * hs, hs, 'bold');
    put(texts, wrap(plan.length > 1 ? `${sub} · ${i + 1}/${plan.length}` : sub, 'regular', f.width, 5 * u, 1), f.x, subY, 5 * u, 'regular');
    const map = p.map ? trailMap(order, 1, p.map, u) : { texts: [], shapes: [] };
    const rows = p.list ? trailRows(order.slice(p.from, p.to), p.from, p.list, ecc) : { texts: [], codes: [] };
    return { width, height, bleed: 0, texts: [...texts, ...map.texts, ...rows.texts], codes: rows.codes, lines: [], shapes: map.shapes };
  });
}

type Area = Frame & { y: number; height: number };
/** What one page of a trail holds: the map's box, and the list's area with the stops `from`…`to`. */
interface TrailPage {
  map?: Box & { height: number };
  list?: Area;
  from: number;
  to: number;
}

/** Smallest map worth drawing beside a list on one page, and the gap between them, at A4. */
const MAP_MIN = 80;
const MAP_GAP = 6;

/** The pages of a trail: map and list on one page when both fit, else the map alone, then the list. */
function trailPlan(stops: TrailStop[], area: Area): TrailPage[] {
  const { u } = area;
  const mapped = stops.filter((s) => s.location).length >= 2;
  const n = stops.length;
  if (mapped) {
    const g = trailGrid(n, area.height - (MAP_MIN + MAP_GAP) * u, u);
    if (g.cols * g.rows >= n) {
      const list = g.rows * Math.min(g.row, (g.cols === 1 ? 36 : 32) * u);
      const map = { x: area.x, y: area.y, width: area.width, height: area.height - list - MAP_GAP * u };
      return [{ map, list: { ...area, y: area.y + area.height - list, height: list }, from: 0, to: n }];
    }
  }
  const full = trailGrid(n, area.height, u);
  const pages = Math.max(1, Math.ceil(n / (full.cols * full.rows)));
  // Pages share the stops evenly, so the last one is never a lonely row or two.
  const per = Math.ceil(n / pages);
  const lists = Array.from({ length: pages }, (_, p): TrailPage => ({ list: area, from: p * per, to: Math.min(n, (p + 1) * per) }));
  return mapped ? [{ map: { x: area.x, y: area.y, width: area.width, height: area.height }, from: 0, to: 0 }, ...lists] : lists;
}

/** Stops numbered on from `first`, in the grid that suits how many they are, inside `area`. */
function trailRows(stops: TrailStop[], first: number, area: Area, ecc: Ecc) {
  const { u } = area;
  const g = trailGrid(stops.length, area.height, u);
  const colW = (area.width - (g.cols - 1) * 8 * u) / g.cols;
  const texts: TextItem[] = [];
  const codes: QrItem[] = [];
  stops.forEach((s, i) => {
    // Down the first column, then the second: the order a numbered list is read in.
    const cell = { x: area.x + Math.floor(i / g.rows) * (colW + 8 * u), y: area.y + (i % g.rows) * g.row, width: colW, height: g.row };
    const row = stopRow(s, first + i + 1, cell, u, ecc);
    codes.push(row.code);
    texts.push(...row.texts);
  });
  return { texts, codes };
}

/** Columns, rows a page and row height (capped at 42 mm) for `n` stops in `avail` mm of height. */
function trailGrid(n: number, avail: number, u: number): { cols: number; rows: number; row: number } {
  const fit = (mm: number): number => Math.max(1, Math.floor(avail / (mm * u)));
  const one = Math.max(1, n);
  if (one <= fit(30)) return { cols: 1, rows: one, row: Math.min(42 * u, avail / one) };
  const rows = Math.min(Math.ceil(n / 2), fit(22));
  return { cols: 2, rows, row: Math.min(42 * u, avail / rows) };
}

/** One stop: its code at the left of `cell`, then title, as much summary as fits, and short URL. */
function stopRow(s: TrailStop, n: number, cell: Cell, u: number, ecc: Ecc): { texts: TextItem[]; code: QrItem } {
  const matrix = qrMatrix(s.url, ecc);
  // A 4 mm gap to the next row; in two columns the code leaves the text most of its column.
  const mm = Math.min(cell.height - 4 * u, cell.width * 0.36);
  const module = moduleFor(matrix, mm);
  const w = codeWidth(matrix, module);
  const x = cell.x + w + 4 * u;
  const text = { x, y: cell.y, width: cell.x + cell.width - x, height: cell.height - 3 * u };
  return { texts: stopText(s, n, text, w, u), code: { matrix, x: cell.x, y: cell.y, module } };
}

/** A stop's title, as many summary lines as `cell` holds, and its short URL; centred on a code `w` tall. */
function stopText(s: TrailStop, n: number, cell: Cell, w: number, u: number): TextItem[] {
  const title = `${n}. ${s.title}`;
  const ts = fitSize(title, 'bold', cell.width, 6 * u, 5 * u);
  const ls = 4.2 * u;
  const ss = fitSize(s.short, 'bold', cell.width, 3.8 * u, 3 * u);
  // Ink height from the title's top: its lines, 7 mm down to the summary's, 6 mm on to the URL.
  const tall = (t: number, k: number): number => ASC * ts + (t - 1) * LEAD * ts + (k ? 13 * u + (k - 1) * LEAD * ls : 6.5 * u) + DESC * ss;
  let head = wrap(title, 'bold', cell.width, ts, 2);
  if (tall(head.length, 0) > cell.height) head = wrap(title, 'bold', cell.width, ts, 1);
  // The summary is also on the page behind the code, so it is what gives way in a short row.
  let k = 3;
  while (k > 0 && tall(head.length, k) > cell.height) k--;
  // Visitors read the English name first of all: it takes the first summary line when it differs.
  const en = s.titleEn && s.titleEn !== s.title ? wrap(s.titleEn, 'regular', cell.width, ls, Math.min(2, k)) : [];
  const more = k > en.length ? fitParagraph(s.line, 'regular', cell.width, ls, k - en.length).lines : [];
  const line = [...en, ...more].slice(0, k);
  const texts: TextItem[] = [];
  const y0 = cell.y + Math.max(0, (w - tall(head.length, line.length)) / 2);
  let y = put(texts, head, cell.x, y0 + ASC * ts, ts, 'bold');
  if (line.length) y = put(texts, line, cell.x, y + 7 * u, ls, 'regular') - 0.5 * u;
  put(texts, [clip(s.short, 'bold', cell.width, ss)], cell.x, y + 6.5 * u, ss, 'bold');
  return texts;
}
