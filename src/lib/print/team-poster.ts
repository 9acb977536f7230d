/**
 * A team's contact poster: who to call for VNeID, online services, payments…, the numbers whose
 * owners consented to print, and a large code to the team's page. It hangs on a notice board and
 * is read by elderly people; a printed poster cannot be recalled, so long lines wrap rather than
 * lose words, and nothing may overlap the code.
 */
import { qrMatrix, type Ecc, type QrMatrix } from './qr.ts';
import { face, textWidth } from './font.ts';
import { clip, fitSize, wrap } from './fit.ts';
import { qrWidth, type Layout, type QrItem, type TextItem } from './layout.ts';
import { ASC, DESC, frame, M, put, type Box, type Frame, type Size } from './poster-kit.ts';
import { codeWidth, modulesAcross, PAPER, STEPS_PER_MM } from './units.ts';

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

/**
 * A team's contact poster (A4, or A3 scaled up), its type and code as large as the page allows: it
 * is read from across a cultural-house room. Everything is set at a zoom (1 = the A4 sizes below)
 * and the largest zoom, up to 2, at which every contact still fits at full size beside a full-size
 * code is kept; with many contacts that is 1, and the contacts' own fallbacks take over.
 */
export function teamPoster(d: TeamPosterData, size: Size, ecc: Ecc): Layout {
  const [width, height] = PAPER[size];
  const base = frame(width);
  const at = (z: number) => teamPage(d, { ...base, u: base.u * z }, base.u, [width, height], ecc);
  let [lo, hi] = [1, 2];
  if (at(hi).roomy) return at(hi).layout;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid).roomy) lo = mid;
    else hi = mid;
  }
  return at(lo).layout;
}

/** The poster with type scaled by `f.u`, margins by `m`; `roomy` when nothing had to give way. */
function teamPage(d: TeamPosterData, f: Frame, m: number, [width, height]: readonly [number, number], ecc: Ecc) {
  const top = teamTop(d, f, M * m);
  const foot = height - M * m;
  // The band of contacts and code ends a clear gap above the footer's ink; what the zoom leaves
  // over goes above the band, so the numbers and the code sit low, at eye level on a notice board.
  const limit = foot - ASC * 4 * f.u - 6 * f.u;
  const band = lower(teamBand(d, f, top.bottom + 7 * f.u, limit, ecc), limit);
  const texts = [...top.texts, ...band.texts];
  put(texts, wrap(d.footer, 'regular', f.width, 4 * f.u, 1), f.x, foot, 4 * f.u, 'regular');
  // A zoom that cuts any line short (a heading past two lines…) is too large.
  const roomy = band.roomy && !texts.some((t) => t.text.endsWith('…'));
  return { layout: { width, height, bleed: 0, texts, codes: [band.code], lines: [] }, roomy };
}

/** The band moved down until its lowest ink (a contact or the code's short URL) is at `limit`. */
function lower(band: Band, limit: number): Band {
  const bottom = Math.max(...band.texts.map((t) => t.y + DESC * t.size), band.code.y + qrWidth(band.code));
  const dy = Math.max(0, limit - bottom);
  return { ...band, texts: band.texts.map((t) => ({ ...t, y: t.y + dy })), code: { ...band.code, y: band.code.y + dy } };
}

/** Heading, area, services and when/where, full width; returns them and the bottom of their ink. */
function teamTop(d: TeamPosterData, f: Frame, margin: number): { texts: TextItem[]; bottom: number } {
  const { u, x, width } = f;
  const texts: TextItem[] = [];
  // Below 6 mm a heading stops reading as one; wrapping to two lines is better than smaller type.
  const hs = fitSize(d.heading, 'bold', width, 9 * u, 6 * u);
  let y = put(texts, wrap(d.heading, 'bold', width, hs, 2), x, margin + 0.9 * hs, hs, 'bold');
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
function teamBand(d: TeamPosterData, f: Frame, top: number, bottom: number, ecc: Ecc): Band {
  const { u } = f;
  const matrix = qrMatrix(d.url, ecc);
  // Code sizes are tried in whole module steps, `i` steps a module, largest first.
  const n = modulesAcross(matrix);
  // The code grows with the type but leaves the contacts more than half the width.
  const hi = Math.floor((Math.min(QR_MAX * u, 0.42 * f.width) / n) * STEPS_PER_MM);
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
      // Roomy: the first setting, the largest code, phones at 60 % of their size or more, no name cut short.
      const whole = c.phone >= 0.6 * 11 * u * o.scale && !c.texts.some((t) => t.text.endsWith('…'));
      if (c.placed === d.contacts.length) return band(c.texts, i, o === FITS[0] && i === hi && whole);
    }
  }
  // Still too many: list those that fit, then say the rest are behind the code, never overlapping it.
  const c = grid(lo, bottom - 8 * u, FITS.at(-1)!);
  const more = d.moreContacts.replace('{{count}}', String(d.contacts.length - c.placed));
  const size = fitSize(more, 'regular', c.width, 4.5 * u, 3 * u);
  put(c.texts, wrap(more, 'regular', c.width, size, 1), c.end.x, c.end.y + ASC * size, size, 'regular');
  return band(c.texts, lo, false);

  function band(texts: TextItem[], i: number, roomy: boolean): Band {
    const [code, short] = codeBlock(matrix, i / STEPS_PER_MM, d.short, f.x + f.width, top, u);
    return { texts: [...texts, short], code, roomy };
  }
}

/** Contacts and code placed; `roomy` when every contact got full-size type beside the largest code. */
interface Band {
  texts: TextItem[];
  code: QrItem;
  roomy: boolean;
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
  return { texts, placed, end, width, phone: ps };
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
