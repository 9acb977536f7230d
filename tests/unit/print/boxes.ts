/**
 * Boxes of what a print layout puts on paper, for asserting that nothing leaves the page and no text
 * lands on a code or its quiet zone.
 */
import { expect } from 'vitest';
import { face, textWidth } from '../../../src/lib/print/font.ts';
import { qrWidth, textLeft, type Layout, type QrItem, type TextItem } from '../../../src/lib/print/layout.ts';
import { QUIET_ZONE } from '../../../src/lib/print/qr.ts';

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ink of a line of text: stacked Vietnamese capitals (Ễ, Ổ) reach 1.17 em above the baseline, descenders 0.27 em below. */
export const ink = (t: TextItem): Rect => {
  const x1 = textLeft(t);
  return { x1, y1: t.y - 1.2 * t.size, x2: x1 + textWidth(face(t.weight), t.text, t.size), y2: t.y + 0.27 * t.size };
};

/** A code with its quiet zone. */
export const code = (q: QrItem): Rect => ({ x1: q.x, y1: q.y, x2: q.x + qrWidth(q), y2: q.y + qrWidth(q) });

/** A code's modules alone, without the quiet zone. */
export const symbol = (q: QrItem): Rect => {
  const o = QUIET_ZONE * q.module;
  return { x1: q.x + o, y1: q.y + o, x2: q.x + qrWidth(q) - o, y2: q.y + qrWidth(q) - o };
};

export const overlap = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Every text and code (quiet zone included) inside the page (the trim: bleed is cut off), and no
 * text on any code: on its quiet zone either, unless `keepClear` is only the `symbol`.
 */
export function expectClean(l: Layout, keepClear: 'quiet zone' | 'symbol' = 'quiet zone'): void {
  const boxes = [
    ...l.texts.map((t) => ({ what: `"${t.text}"`, box: ink(t) })),
    ...l.codes.map((q, i) => ({ what: `code ${i}`, box: code(q) })),
  ];
  for (const { what, box } of boxes) {
    expect(box.x1, `${what} left`).toBeGreaterThanOrEqual(0);
    expect(box.y1, `${what} top`).toBeGreaterThanOrEqual(0);
    expect(box.x2, `${what} right`).toBeLessThanOrEqual(l.width);
    expect(box.y2, `${what} bottom`).toBeLessThanOrEqual(l.height);
  }
  const clear = keepClear === 'symbol' ? symbol : code;
  for (const t of l.texts) for (const q of l.codes) expect(overlap(ink(t), clear(q)), `"${t.text}" on a code`).toBe(false);
}
