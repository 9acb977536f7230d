/**
 * The words block of a plaque: both titles, the plaque text in Vietnamese and English in whole
 * lines at a size readable from a step away, and — on relics with room for it — the text QR at
 * the block's right with its label. Both plaque arrangements fill a box with it.
 */
import { fitSize, wrap } from './fit.ts';
import type { QrItem, TextItem } from './layout.ts';
import { fitBilingual, type Bilingual } from './plaque-text.ts';
import { LEAD, put } from './poster-kit.ts';
import { QUIET_ZONE } from './qr.ts';
import { TEXT_QR_LABEL, textQr, type TextQrWords } from './text-qr.ts';
import { codeWidth } from './units.ts';

/** Ink reach of Be Vietnam Pro from the baseline, in em: stacked capitals (Ễ) above, descenders below. */
export const INK_UP = 1.2;
export const INK_DOWN = 0.27;

/** How far away the plaque text is read: a step from the plaque. */
export const READ_DISTANCE_MM = 700;

/**
 * The smallest type read in comfort from `distance` mm: an x-height of 1/320 of the distance (Be
 * Vietnam Pro's x-height is 0.53 em), so 4.2 mm (12 pt) from a step away.
 */
export const readableSize = (distance = READ_DISTANCE_MM): number => Math.ceil((distance / 320 / 0.53) * 10) / 10;

/** A box on the page, in mm. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the words block says, and how large. */
export interface Words extends TextQrWords {
  /** Whether this plaque may carry a text QR. */
  textQr: boolean;
}

/** The block laid out: its texts and codes, how tall it came out, what of the text printed, the text QR. */
export interface WordsBlock {
  texts: TextItem[];
  codes: QrItem[];
  used: number;
  fitted: Bilingual;
  textQr: (QrItem & { text: string }) | null;
}

/** A text column needs at least this width beside a text QR; narrower, the text QR is left off. */
const MIN_COLUMN = 62;

/** Fills `box` (`u` = type scale, `body` = text size): titles and text on the left, the text QR on the right. */
export function wordsBlock(w: Words, box: Box, u: number, body: number): WordsBlock {
  const gap = 4 * u;
  const qr = w.textQr ? placeTextQr(w, box, u) : null;
  const colWidth = qr && qr.left - box.x - gap >= MIN_COLUMN ? qr.left - box.x - gap : box.width;
  const side = colWidth === box.width ? null : qr;
  const texts: TextItem[] = [];
  const vi = titleLines(w.title.vi, colWidth, 12 * u, 7 * u);
  let y = put(texts, vi.lines, box.x, box.y + INK_UP * vi.size, vi.size, 'bold') + INK_DOWN * vi.size;
  if (w.title.en) {
    const es = 6.5 * u;
    y = put(texts, wrap(w.title.en, 'regular', colWidth, es, 2), box.x, y + 1.5 * u + INK_UP * es, es, 'regular') + INK_DOWN * es;
  }
  const first = y + 3 * u + INK_UP * body;
  const step = LEAD * body;
  const paraGap = w.text.vi && w.text.en ? 0.5 * body : 0;
  const room = Math.floor((box.y + box.height - INK_DOWN * body - first - paraGap) / step) + 1;
  const fitted = fitBilingual(w.text.vi, w.text.en ?? '', colWidth, body, Math.max(0, room));
  let end = first - step;
  if (fitted.vi.lines.length) end = put(texts, fitted.vi.lines, box.x, first, body, 'regular');
  if (fitted.en.lines.length)
    end = put(texts, fitted.en.lines, box.x, end + step + (fitted.vi.lines.length ? paraGap : 0), body, 'regular');
  const textBottom = Math.max(y, end + INK_DOWN * body);
  if (side) texts.push(...side.label);
  return {
    texts,
    codes: side ? [side.code] : [],
    used: Math.max(textBottom, side?.bottom ?? 0) - box.y,
    fitted,
    textQr: side ? { ...side.code, text: side.text } : null,
  };
}

/** The text QR at the top right of `box` (its quiet zone reaching into the margin), label below. */
function placeTextQr(w: Words, box: Box, u: number) {
  const ls = 3.4 * u;
  const labelH = INK_UP * ls + (TEXT_QR_LABEL.length - 1) * LEAD * ls + INK_DOWN * ls + 1.5 * u;
  const q = textQr(w, Math.min(box.height - labelH, box.width * 0.4));
  if (!q) return null;
  const o = QUIET_ZONE * q.module;
  const width = codeWidth(q.matrix, q.module);
  const code: QrItem = { matrix: q.matrix, x: box.x + box.width + o - width, y: box.y, module: q.module };
  const cx = code.x + width / 2;
  const size = Math.min(ls, ...TEXT_QR_LABEL.map((l) => fitSize(l, 'bold', width - o, ls, 2.5)));
  const label: TextItem[] = [];
  let y = code.y + width + 1.5 * u + INK_UP * size - LEAD * size;
  TEXT_QR_LABEL.forEach((text, i) => {
    // The English half a little apart from the Vietnamese, so each reads as one sentence.
    y += LEAD * size + (i === 2 ? 0.4 * size : 0);
    label.push({ text, x: cx, y, size, weight: i < 2 ? 'bold' : 'regular', anchor: 'middle' });
  });
  // Text may come up to the quiet zone, never into it: the column ends at the code's left edge.
  return { code, text: q.text, label, left: code.x, bottom: y + INK_DOWN * size };
}

/** The Vietnamese title: one line if it fits at ¾ of `max`, else two (three if need be), shrunk until every word shows. */
export function titleLines(title: string, width: number, max: number, min: number): { lines: string[]; size: number } {
  const one = fitSize(title, 'bold', width, max, min);
  if (one >= max * 0.75) return { lines: [title.normalize('NFC')], size: one };
  const whole = (lines: string[]): boolean => lines.join(' ') === title.normalize('NFC');
  for (const n of [2, 3]) {
    for (let size = max; size >= min; size *= 0.92) {
      const lines = wrap(title, 'bold', width, size, n);
      if (whole(lines)) return { lines, size };
    }
  }
  return { lines: wrap(title, 'bold', width, min, 3), size: min };
}
