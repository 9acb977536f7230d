/**
 * Fitting text into a width at a size, with Be Vietnam Pro's real advance widths: the largest size
 * that fits, a clip with an ellipsis, and wrapping at spaces. Measurements are memoised in `font.ts`.
 */
import { face, textWidth, type Weight } from './font.ts';

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
  // The longest start that fits with its ellipsis, found by halving: a handful of measurements
  // instead of one per character (a long summary clipped to one line took ~150).
  const chars = Array.from(text);
  const fits = (n: number): boolean => textWidth(f, `${chars.slice(0, n).join('')}…`, size) <= width;
  let [lo, hi] = [1, chars.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * NFC `text` broken at spaces into at most `maxLines` lines of `width` mm at `size`. A word too long
 * for a line is clipped; when words are left over, the last line ends with `…` after a whole word.
 */
export function wrap(text: string, weight: Weight, width: number, size: number, maxLines = 3): string[] {
  const f = face(weight);
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    // The first word of a line always goes on it, so an over-long word is clipped, not looped on.
    if (!line || textWidth(f, next, size) <= width) line = next;
    else if (lines.length === maxLines - 1) return [...lines, withEllipsis(line, weight, width, size)];
    else {
      lines.push(clip(line, weight, width, size));
      line = word;
    }
  }
  return line ? [...lines, clip(line, weight, width, size)] : lines;
}

/** `line` ending in `…` after its last whole word that leaves room for it (a hanging comma dropped). */
export function withEllipsis(line: string, weight: Weight, width: number, size: number): string {
  const words = line.split(' ');
  const f = face(weight);
  while (words.length > 1) {
    const candidate = `${words.join(' ').replace(/[,;:.]$/, '')}…`;
    if (textWidth(f, candidate, size) <= width) return candidate;
    words.pop();
  }
  return `${words[0]}…`;
}
