/**
 * A4 sticker sheets: small codes with their titles, on a grid with dashed cut lines, for
 * counters, product packaging and notice boards (read at arm's length, not from the gate).
 */
import { qrMatrix, type Ecc } from './qr.ts';
import { codeWidth, moduleFor } from './units.ts';
import { wrap } from './fit.ts';
import type { Layout, TextItem } from './layout.ts';
import type { PlaqueData } from './plaque.ts';

const A4 = { width: 210, height: 297 };
const COLS = 3;
const ROWS = 4;

/** Sticker sheets (as many A4 pages as needed) for these plaques. */
export function stickerSheets(items: PlaqueData[], ecc: Ecc): Layout[] {
  const perPage = COLS * ROWS;
  const pages: Layout[] = [];
  for (let i = 0; i < Math.max(1, items.length); i += perPage) pages.push(sheetPage(items.slice(i, i + perPage), ecc));
  return pages;
}

function sheetPage(items: PlaqueData[], ecc: Ecc): Layout {
  const cw = A4.width / COLS;
  const ch = A4.height / ROWS;
  const texts: TextItem[] = [];
  const codes: Layout['codes'] = [];
  items.forEach((d, i) => {
    const x0 = (i % COLS) * cw;
    const y0 = Math.floor(i / COLS) * ch;
    const matrix = qrMatrix(d.url, ecc);
    const module = moduleFor(matrix, 46);
    const w = codeWidth(matrix, module);
    const cx = x0 + cw / 2;
    texts.push({ text: wrap(d.title.vi, 'bold', cw - 8, 4, 1)[0]!, x: cx, y: y0 + 9, size: 4, weight: 'bold', anchor: 'middle' });
    if (d.title.en)
      texts.push({
        text: wrap(d.title.en, 'regular', cw - 8, 3, 1)[0]!,
        x: cx,
        y: y0 + 13.5,
        size: 3,
        weight: 'regular',
        anchor: 'middle',
      });
    codes.push({ matrix, x: cx - w / 2, y: y0 + 15, module });
    texts.push({ text: d.short, x: cx, y: y0 + 15 + w + 3.5, size: 2.8, weight: 'bold', anchor: 'middle' });
  });
  const lines: Layout['lines'] = [];
  for (let c = 1; c < COLS; c++) lines.push({ x1: c * cw, y1: 0, x2: c * cw, y2: A4.height });
  for (let r = 1; r < ROWS; r++) lines.push({ x1: 0, y1: r * ch, x2: A4.width, y2: r * ch });
  return { ...A4, bleed: 0, texts, codes, lines };
}
