/**
 * A print layout in millimetres, shared by the SVG, PDF and PNG renderers (`render/`) so the three
 * files of a plaque are the same picture. Origin top-left of the trim box; bleed extends outside it.
 */
import type { QrMatrix } from './qr.ts';
import { face, textWidth, type Weight } from './font.ts';
import { codeWidth } from './units.ts';

/** One line of text, baseline at `y`. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: Weight;
  anchor: 'start' | 'middle';
}

/** A QR symbol placed with its quiet zone; `x`,`y` = top-left of the quiet zone. */
export interface QrItem {
  matrix: QrMatrix;
  x: number;
  y: number;
  module: number;
}

/** A point in mm, from the trim's top-left corner. */
export type Point = [x: number, y: number];

/**
 * Drawn shapes (maps: a trail's path, its markers, scale bar and north arrow), all in 100 % K,
 * `width` the stroke in mm: a line through points (`closed` for a frame), a circle's outline, a
 * filled polygon.
 */
export type Shape =
  | { kind: 'line'; points: Point[]; width: number; closed?: boolean }
  | { kind: 'ring'; x: number; y: number; r: number; width: number }
  | { kind: 'fill'; points: Point[] };

/** A whole page: trim size, bleed, texts, codes, thin dashed cut lines and (drawn under the text) shapes. */
export interface Layout {
  width: number;
  height: number;
  bleed: number;
  texts: TextItem[];
  codes: QrItem[];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
  shapes?: Shape[];
}

/** A shape's outline as SVG path data in mm (rings are drawn as circles instead). */
export const shapePath = (points: Point[], closed = false): string =>
  `M${points.map(([x, y]) => `${r3(x)} ${r3(y)}`).join('L')}${closed ? 'Z' : ''}`;

const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Full width of a placed QR including its quiet zone, in mm. */
export const qrWidth = (q: QrItem): number => codeWidth(q.matrix, q.module);

/** Left x of a text item after anchoring. */
export const textLeft = (t: TextItem): number => (t.anchor === 'middle' ? t.x - textWidth(face(t.weight), t.text, t.size) / 2 : t.x);
