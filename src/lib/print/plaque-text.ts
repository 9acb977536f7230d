/**
 * What a plaque says in words, fitted to its paper: whole sentences first, then whole words, with
 * an ellipsis only when even the first sentence does not fit. Posters and the text QR use the same
 * rules, so no printed line ever ends inside a word.
 */
import type { Weight } from './font.ts';
import { withEllipsis, wrap } from './fit.ts';

/** A paragraph as it prints: its lines, and whether every word of the text is on them. */
export interface Fitted {
  lines: string[];
  whole: boolean;
}

/** The sentences of `text` (clauses after `;` count as sentences), each keeping its end mark. */
export const sentences = (text: string): string[] =>
  text
    .normalize('NFC')
    .trim()
    .split(/(?<=[.!?…;])\s+/)
    .filter(Boolean);

/** The first `n` sentences of `text` as a text that ends like a sentence (`;` or `,` become `.`). */
export const leadSentences = (text: string, n: number): string =>
  sentences(text)
    .slice(0, n)
    .join(' ')
    .replace(/[;,:]$/, '.');

/** `text` wrapped at spaces into as many lines as it takes. */
const allLines = (text: string, weight: Weight, width: number, size: number): string[] =>
  wrap(text, weight, width, size, Number.MAX_SAFE_INTEGER);

/**
 * `text` in at most `maxLines` lines of `width` mm: all of it when it fits, else its longest run
 * of whole first sentences, else its first words and an ellipsis after the last whole word.
 */
export function fitParagraph(text: string, weight: Weight, width: number, size: number, maxLines: number): Fitted {
  if (!text) return { lines: [], whole: true };
  if (maxLines < 1) return { lines: [], whole: false };
  const all = allLines(text, weight, width, size);
  if (all.length <= maxLines) return { lines: all, whole: true };
  for (let n = sentences(text).length - 1; n >= 1; n--) {
    const lines = allLines(leadSentences(text, n), weight, width, size);
    if (lines.length <= maxLines) return { lines, whole: false };
  }
  return { lines: [...all.slice(0, maxLines - 1), withEllipsis(all[maxLines - 1]!, weight, width, size)], whole: false };
}

/** Vietnamese and English paragraphs sharing `maxLines` lines. */
export interface Bilingual {
  vi: Fitted;
  en: Fitted;
}

/**
 * Both paragraphs in `maxLines` lines: each keeps all of its text when the two fit together;
 * otherwise Vietnamese, the language of the place, gets at least half the lines, English the rest,
 * and lines one leaves unused go back to the other.
 */
export function fitBilingual(vi: string, en: string, width: number, size: number, maxLines: number): Bilingual {
  const lines = (t: string): number => (t ? allLines(t, 'regular', width, size).length : 0);
  const [nv, ne] = [lines(vi), lines(en)];
  if (nv + ne <= maxLines) return { vi: fitParagraph(vi, 'regular', width, size, nv), en: fitParagraph(en, 'regular', width, size, ne) };
  const viFirst = fitParagraph(vi, 'regular', width, size, Math.max(Math.ceil(maxLines / 2), maxLines - ne));
  const enFit = fitParagraph(en, 'regular', width, size, maxLines - viFirst.lines.length);
  const viFit = viFirst.whole ? viFirst : fitParagraph(vi, 'regular', width, size, maxLines - enFit.lines.length);
  return { vi: viFit, en: enFit };
}
