/**
 * What posters share: A4/A3 paper scaled from A4 figures (`u` = paper width / 210), the margins,
 * line spacing and the ink reach of Be Vietnam Pro, and setting wrapped lines.
 */
import type { Weight } from './font.ts';
import type { TextItem } from './layout.ts';

export type Size = 'A4' | 'A3';
/** A block's left edge, top and width, in mm. */
export interface Box {
  x: number;
  y: number;
  width: number;
}
/** The printable column of a page: left edge and width, and the A4→paper scale. */
export interface Frame {
  u: number;
  x: number;
  width: number;
}

export const M = 14;
/** Baseline-to-baseline step of wrapped lines, in em. */
export const LEAD = 1.3;
/** Be Vietnam Pro's ascent and descent in em: how far ink reaches from the baseline. */
export const ASC = 1;
export const DESC = 0.27;

// The margins and the A4→paper scale of a page `width` mm wide.
export const frame = (width: number): Frame => ({ u: width / 210, x: (M * width) / 210, width: width - (2 * M * width) / 210 });

/** Pushes already-wrapped `lines` with the first baseline at `y`; returns the last baseline. */
export function put(out: TextItem[], lines: string[], x: number, y: number, size: number, weight: Weight): number {
  lines.forEach((text, i) => out.push({ text, x, y: y + i * LEAD * size, size, weight, anchor: 'start' }));
  return y + Math.max(0, lines.length - 1) * LEAD * size;
}
