/**
 * A print layout in millimetres, shared by the SVG, PDF and PNG renderers so the three files of a
 * plaque are the same picture. Origin top-left of the trim box; bleed extends outside it.
 */
import type { QrMatrix } from './qr.ts';
import { QUIET_ZONE, qrPath } from './qr.ts';
import { face, textPath, textWidth, type Weight } from './font.ts';

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
export const qrWidth = (q: QrItem): number => (q.matrix.size + 2 * QUIET_ZONE) * q.module;

/** Left x of a text item after anchoring. */
export const textLeft = (t: TextItem): number => (t.anchor === 'middle' ? t.x - textWidth(face(t.weight), t.text, t.size) / 2 : t.x);

/** Largest size ≤ `max` at which `text` fits in `width` mm (never below `min`). */
export function fitSize(text: string, weight: Weight, width: number, max: number, min: number): number {
  const w = textWidth(face(weight), text, max);
  // A hair under the exact ratio, so rounding never makes the fitted text clip or wrap.
  return Math.max(min, w <= width ? max : ((max * width) / w) * (1 - 1e-9));
}

/** Cuts `text` with an ellipsis so it fits in `width` mm at `size`. */
export function clip(text: string, weight: Weight, width: number, size: number): string {
  const f = face(weight);
  if (textWidth(f, text, size) <= width) return text;
  let t = text;
  while (t.length > 1 && textWidth(f, `${t}…`, size) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

/**
 * NFC `text` broken at spaces into at most `maxLines` lines of `width` mm at `size`. A word too long
 * for a line is clipped, and so is whatever is left over for the last line.
 */
export function wrap(text: string, weight: Weight, width: number, size: number, maxLines = 3): string[] {
  const f = face(weight);
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    // The first word of a line always goes on it, so an over-long word is clipped, not looped on.
    if (!line || textWidth(f, next, size) <= width) line = next;
    else if (lines.length === maxLines - 1) return [...lines, clip([line, ...words.slice(i)].join(' '), weight, width, size)];
    else {
      lines.push(clip(line, weight, width, size));
      line = word;
    }
  }
  return line ? [...lines, clip(line, weight, width, size)] : lines;
}

/**
 * The layout as an SVG document. `px` sizes the document in pixels (for rasterising at a known
 * dpi, avoiding sharp's double scaling of mm-sized SVGs); otherwise it is sized in mm.
 */
export function toSvg(l: Layout, px?: { width: number; height: number }): string {
  const b = l.bleed;
  const w = l.width + 2 * b;
  const h = l.height + 2 * b;
  const size = px ? `width="${px.width}" height="${px.height}"` : `width="${w}mm" height="${h}mm"`;
  const texts = l.texts.map((t) => textPath(face(t.weight), t.text, textLeft(t), t.y, t.size)).join('');
  const codes = l.codes
    .map((q) => {
      const o = QUIET_ZONE * q.module;
      return `<path transform="translate(${q.x + o} ${q.y + o}) scale(${q.module})" d="${qrPathOf(q)}"/>`;
    })
    .join('');
  const lines = l.lines.map((c) => `<line x1="${c.x1}" y1="${c.y1}" x2="${c.x2}" y2="${c.y2}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="${-b} ${-b} ${w} ${h}">`,
    `<rect x="${-b}" y="${-b}" width="${w}" height="${h}" fill="#fff"/>`,
    `<g fill="#000">${texts}${codes}</g>`,
    lines ? `<g stroke="#000" stroke-width="0.2" stroke-dasharray="2 1.5">${lines}</g>` : '',
    '</svg>',
  ].join('');
}

const qrPathOf = (q: QrItem): string => qrPath(q.matrix);
