/**
 * Posters: a team's contact poster (who to call for VNeID, online services, payments…) and a
 * commune's heritage trail (its relics, each with a small code and a line).
 *
 * They hang on a notice board and are read by elderly people; a printed poster cannot be
 * recalled, so long lines wrap rather than lose words, and nothing may overlap the codes.
 * Figures are millimetres at A4; `u` (paper width / 210) scales them up for A3.
 */
import { qrMatrix, type Ecc, type QrMatrix } from './qr.ts';
import { face, textWidth, type Weight } from './font.ts';
import { clip, fitSize, wrap } from './fit.ts';
import type { Layout, QrItem, TextItem } from './layout.ts';
import { codeWidth, modulesAcross, moduleFor, PAPER, STEPS_PER_MM } from './units.ts';

/** What a team poster says; phones are already filtered to print consent and formatted. */
export interface TeamPosterData {
  heading: string;
  title: string;
  servicesLabel: string;
  services: string[];
  when: string;
  where: string;
  contacts: { name: string; phone: string }[];
  /** The line that stands in for contacts that do not fit, `{{count}}` for how many: "+ {{count}} số khác: quét mã để xem". */
  moreContacts: string;
  url: string;
  short: string;
  footer: string;
}

/** One stop on a heritage trail. */
export interface TrailStop {
  title: string;
  /** The English name, printed under the Vietnamese one for visitors. */
  titleEn?: string;
  line: string;
  url: string;
  short: string;
}

type Size = 'A4' | 'A3';
/** A block's left edge, top and width, in mm. */
interface Box {
  x: number;
  y: number;
  width: number;
}
/** The printable column of a page: left edge and width, and the A4→paper scale. */
interface Frame {
  u: number;
  x: number;
  width: number;
}

const M = 14;
/** Baseline-to-baseline step of wrapped lines, in em. */
const LEAD = 1.3;
/** Be Vietnam Pro's ascent and descent in em: how far ink reaches from the baseline. */
const ASC = 1;
const DESC = 0.27;
/** Team QR bounds at A4: as large as the page allows, but still a code, not a poster of a code. */
const QR_MAX = 70;
const QR_MIN = 35;
/** How contacts are set: columns and type scale. */
interface Fit {
  cols: number;
  scale: number;
}
/** Contact settings tried in turn, each with the code shrinking to `QR_MIN` before the next is tried. */
const FITS: Fit[] = [
  { cols: 1, scale: 1 },
  { cols: 1, scale: 0.8 },
  { cols: 2, scale: 0.8 },
  { cols: 2, scale: 0.7 },
];
/** Baseline of the 4 mm short URL below its code: its ink stays out of the quiet zone. */
const SHORT_DROP = 5;

// The margins and the A4→paper scale of a page `width` mm wide.
const frame = (width: number): Frame => ({ u: width / 210, x: (M * width) / 210, width: width - (2 * M * width) / 210 });

/** Pushes already-wrapped `lines` with the first baseline at `y`; returns the last baseline. */
function put(out: TextItem[], lines: string[], x: number, y: number, size: number, weight: Weight): number {
  lines.forEach((text, i) => out.push({ text, x, y: y + i * LEAD * size, size, weight, anchor: 'start' }));
  return y + Math.max(0, lines.length - 1) * LEAD * size;
}

/** A code of `module` mm at `top` with its short URL centred under it, the pair's right edge at `right`. */
function codeBlock(matrix: QrMatrix, module: number, short: string, right: number, top: number, u: number): [QrItem, TextItem] {
  const w = codeWidth(matrix, module);
  const col = Math.max(w, textWidth(face('bold'), short, 4 * u));
  const x = right - col + (col - w) / 2;
  return [
    { matrix, x, y: top, module },
    { text: short, x: x + w / 2, y: top + w + SHORT_DROP * u, size: 4 * u, weight: 'bold', anchor: 'middle' },
  ];
}

/** A team's contact poster (A4, or A3 scaled up). */
export function teamPoster(d: TeamPosterData, size: Size, ecc: Ecc): Layout {
  const [width, height] = PAPER[size];
  const f = frame(width);
  const top = teamTop(d, f);
  const foot = height - M * f.u;
  // The band of contacts and code ends a clear gap above the footer's ink.
  const band = teamBand(d, f, top.bottom + 7 * f.u, foot - ASC * 4 * f.u - 6 * f.u, ecc);
  const texts = [...top.texts, ...band.texts];
  put(texts, [clip(d.footer, 'regular', f.width, 4 * f.u)], f.x, foot, 4 * f.u, 'regular');
  return { width, height, bleed: 0, texts, codes: [band.code], lines: [] };
}

/** Heading, area, services and when/where, full width; returns them and the bottom of their ink. */
function teamTop(d: TeamPosterData, f: Frame): { texts: TextItem[]; bottom: number } {
  const { u, x, width } = f;
  const texts: TextItem[] = [];
  // Below 6 mm a heading stops reading as one; wrapping to two lines is better than smaller type.
  const hs = fitSize(d.heading, 'bold', width, 9 * u, 6 * u);
  let y = put(texts, wrap(d.heading, 'bold', width, hs, 2), x, M * u + 0.9 * hs, hs, 'bold');
  y = put(texts, wrap(d.title, 'regular', width, 6 * u), x, y + 9 * u, 6 * u, 'regular');
  y = put(texts, wrap(d.servicesLabel, 'bold', width, 5.5 * u, 2), x, y + 13 * u, 5.5 * u, 'bold');
  // A hanging indent keeps a wrapped service visibly one item.
  const indent = textWidth(face('regular'), '•  ', 5 * u);
  for (const s of d.services) {
    put(texts, ['•'], x, (y += 7 * u), 5 * u, 'regular');
    y = put(texts, wrap(s, 'regular', width - indent, 5 * u), x + indent, y, 5 * u, 'regular');
  }
  y = put(texts, wrap(d.when, 'regular', width, 5 * u), x, y + 11 * u, 5 * u, 'regular');
  y = put(texts, wrap(d.where, 'regular', width, 5 * u), x, y + 7 * u, 5 * u, 'regular');
  return { texts, bottom: y + DESC * 5 * u };
}

/**
 * Contacts on the left and the code on the right, tops aligned, between `top` and `bottom`: the
 * largest code that leaves room for every contact at full size, then smaller or two-column type.
 */
function teamBand(d: TeamPosterData, f: Frame, top: number, bottom: number, ecc: Ecc): { texts: TextItem[]; code: QrItem } {
  const { u } = f;
  const matrix = qrMatrix(d.url, ecc);
  // Code sizes are tried in whole module steps, `i` steps a module, largest first.
  const n = modulesAcross(matrix);
  const hi = Math.floor(((QR_MAX * u) / n) * STEPS_PER_MM);
  const lo = Math.ceil(((QR_MIN * u) / n) * STEPS_PER_MM);
  const width = (i: number): number => codeWidth(matrix, i / STEPS_PER_MM);
  const shortW = textWidth(face('bold'), d.short, 4 * u);
  const fits = (i: number): boolean => top + width(i) + (SHORT_DROP + DESC * 4) * u <= bottom;
  const grid = (i: number, room: number, o: Fit) =>
    contactGrid(d.contacts, { x: f.x, y: top, width: f.width - Math.max(width(i), shortW) - 8 * u }, room, u, o);
  for (const o of FITS) {
    for (let i = hi; i >= lo; i--) {
      if (!fits(i)) continue;
      const c = grid(i, bottom, o);
      if (c.placed === d.contacts.length) return band(c.texts, i);
    }
  }
  // Still too many: list those that fit, then say the rest are behind the code, never overlapping it.
  const c = grid(lo, bottom - 8 * u, FITS.at(-1)!);
  const more = d.moreContacts.replace('{{count}}', String(d.contacts.length - c.placed));
  const size = fitSize(more, 'regular', c.width, 4.5 * u, 3 * u);
  put(c.texts, [clip(more, 'regular', c.width, size)], c.end.x, c.end.y + ASC * size, size, 'regular');
  return band(c.texts, lo);

  function band(texts: TextItem[], i: number): { texts: TextItem[]; code: QrItem } {
    const [code, short] = codeBlock(matrix, i / STEPS_PER_MM, d.short, f.x + f.width, top, u);
    return { texts: [...texts, short], code };
  }
}

/** Contacts in `o.cols` columns of `at`, down each column while they fit above `bottom`. */
function contactGrid(cs: TeamPosterData['contacts'], at: Box, bottom: number, u: number, o: Fit) {
  const width = (at.width - (o.cols - 1) * 6 * u) / o.cols;
  // One size for every phone, so no number looks more important than another.
  const ps = Math.min(...cs.map((c) => fitSize(c.phone, 'bold', width, 11 * u * o.scale, 5 * u)));
  const texts: TextItem[] = [];
  let placed = 0;
  let end = { x: at.x, y: at.y };
  for (let c = 0; c < o.cols && placed < cs.length; c++) {
    const x = at.x + c * (width + 6 * u);
    const col = contactColumn(cs.slice(placed), { x, y: at.y, width }, bottom, u, { scale: o.scale, phone: ps });
    texts.push(...col.texts);
    placed += col.placed;
    end = { x, y: col.bottom };
  }
  return { texts, placed, end, width };
}

/** Contacts stacked from `at.y` while they fit above `bottom`: the phone (`t.phone` mm) big, the name under it. */
function contactColumn(cs: TeamPosterData['contacts'], at: Box, bottom: number, u: number, t: { scale: number; phone: number }) {
  const { scale: s, phone: ps } = t;
  const texts: TextItem[] = [];
  let y = at.y;
  let placed = 0;
  for (const c of cs) {
    const item: TextItem[] = [];
    // A phone number is never wrapped: split digits get misdialled.
    const pb = put(item, [clip(c.phone, 'bold', at.width, ps)], at.x, y + 0.8 * ps, ps, 'bold');
    const ns = 4.5 * u * s;
    const end = put(item, wrap(c.name, 'regular', at.width, ns, 2), at.x, pb + 6.5 * u * s, ns, 'regular') + DESC * ns;
    if (end > bottom) break;
    texts.push(...item);
    placed++;
    y = end + 3 * u * s;
  }
  return { texts, placed, bottom: y };
}

/** A row of a trail: the stop's box on the page, in mm. */
interface Cell extends Box {
  height: number;
}

/**
 * A commune's heritage-trail poster: a heading, then a numbered row per relic with its small code.
 * One column while rows can stay ~30 mm tall, then two; rows never go below ~22 mm, so a long trail
 * continues on further pages (numbered "1/2"…) rather than shrinking or running off the paper.
 */
export function trailPoster(heading: string, sub: string, stops: TrailStop[], size: Size, ecc: Ecc): Layout[] {
  const [width, height] = PAPER[size];
  const f = frame(width);
  const { u } = f;
  const hs = fitSize(heading, 'bold', f.width, 9 * u, 6 * u);
  const head = wrap(heading, 'bold', f.width, hs, 2);
  const subY = M * u + 0.9 * hs + (head.length - 1) * LEAD * hs + 8 * u;
  const area = { ...f, y: subY + 8 * u, height: height - M * u - subY - 8 * u };
  const full = trailGrid(stops.length, area.height, u);
  const pages = Math.max(1, Math.ceil(stops.length / (full.cols * full.rows)));
  // Pages share the stops evenly, so the last one is never a lonely row or two.
  const per = Math.ceil(stops.length / pages);
  return Array.from({ length: pages }, (_, p) => {
    const texts: TextItem[] = [];
    put(texts, head, f.x, M * u + 0.9 * hs, hs, 'bold');
    put(texts, [clip(pages > 1 ? `${sub} · ${p + 1}/${pages}` : sub, 'regular', f.width, 5 * u)], f.x, subY, 5 * u, 'regular');
    const rows = trailRows(stops.slice(p * per, (p + 1) * per), p * per, area, ecc);
    return { width, height, bleed: 0, texts: [...texts, ...rows.texts], codes: rows.codes, lines: [] };
  });
}

/** Stops numbered on from `first`, in the grid that suits how many they are, inside `area`. */
function trailRows(stops: TrailStop[], first: number, area: Frame & { y: number; height: number }, ecc: Ecc) {
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
  const en = s.titleEn && s.titleEn !== s.title ? [clip(s.titleEn, 'regular', cell.width, ls)] : [];
  const line = [...en, ...(k > en.length ? wrap(s.line, 'regular', cell.width, ls, k - en.length) : [])].slice(0, k);
  const texts: TextItem[] = [];
  const y0 = cell.y + Math.max(0, (w - tall(head.length, line.length)) / 2);
  let y = put(texts, head, cell.x, y0 + ASC * ts, ts, 'bold');
  if (line.length) y = put(texts, line, cell.x, y + 7 * u, ls, 'regular') - 0.5 * u;
  put(texts, [clip(s.short, 'bold', cell.width, ss)], cell.x, y + 6.5 * u, ss, 'bold');
  return texts;
}
