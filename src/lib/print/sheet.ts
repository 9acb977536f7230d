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

/** A sheet's grid: columns and rows of stickers. */
export interface Grid {
  cols: number;
  rows: number;
}

/**
 * Grids a sheet may use, most stickers first. The smallest cell (3 × 5: 70 × 59 mm) still holds a
 * code of ~38 mm, plenty at arm's length; fewer, larger cells let a short list fill its page.
 */
export const GRIDS: Grid[] = [
  { cols: 3, rows: 5 },
  { cols: 3, rows: 4 },
  { cols: 3, rows: 3 },
  { cols: 2, rows: 4 },
  { cols: 2, rows: 3 },
  { cols: 2, rows: 2 },
  { cols: 1, rows: 2 },
  { cols: 1, rows: 1 },
];

/** The grid for `n` stickers: the fewest pages, then the fewest empty cells, then the larger stickers. */
export function sheetGrid(n: number): Grid {
  const most = GRIDS[0]!.cols * GRIDS[0]!.rows;
  const pages = Math.max(1, Math.ceil(n / most));
  const empty = (g: Grid): number => pages * g.cols * g.rows - n;
  return GRIDS.filter((g) => Math.ceil(n / (g.cols * g.rows)) <= pages).reduce((best, g) => (empty(g) < empty(best) ? g : best));
}

/**
 * Sticker sheets (as many A4 pages as needed) for these plaques, on the grid that leaves fewest
 * cells empty, the stickers shared evenly across the pages: never a last page of three.
 */
export function stickerSheets(items: PlaqueData[], ecc: Ecc): Layout[] {
  const grid = sheetGrid(items.length);
  const pages = Math.max(1, Math.ceil(items.length / (grid.cols * grid.rows)));
  const cut = (p: number): number => Math.floor((p * items.length) / pages);
  return Array.from({ length: pages }, (_, p) => sheetPage(items.slice(cut(p), cut(p + 1)), grid, ecc));
}

function sheetPage(items: PlaqueData[], { cols: COLS, rows: ROWS }: Grid, ecc: Ecc): Layout {
  const cw = A4.width / COLS;
  const ch = A4.height / ROWS;
  const texts: TextItem[] = [];
  const codes: Layout['codes'] = [];
  items.forEach((d, i) => {
    const x0 = (i % COLS) * cw;
    const y0 = Math.floor(i / COLS) * ch;
    const matrix = qrMatrix(d.url, ecc);
    // 46 mm at most: a sticker is read at arm's length; in a short cell, what its titles leave.
    const module = moduleFor(matrix, Math.min(46, ch - 22, cw - 10));
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
