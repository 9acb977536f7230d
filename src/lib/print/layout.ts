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

/** A whole page: trim size, bleed, texts, codes and thin cut lines. */
export interface Layout {
  width: number;
  height: number;
  bleed: number;
  texts: TextItem[];
  codes: QrItem[];
  lines: { x1: number; y1: number; x2: number; y2: number }[];
}

/** Full width of a placed QR including its quiet zone, in mm. */
export const qrWidth = (q: QrItem): number => codeWidth(q.matrix, q.module);

/** Left x of a text item after anchoring. */
export const textLeft = (t: TextItem): number => (t.anchor === 'middle' ? t.x - textWidth(face(t.weight), t.text, t.size) / 2 : t.x);
