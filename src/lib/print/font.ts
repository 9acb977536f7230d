/**
 * Be Vietnam Pro (OFL, from npm — never downloaded at build time): covers every Vietnamese
 * diacritic. Used both for measuring/outlining text (fontkit) and for embedding in PDFs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

/** The two weights a plaque uses. */
export type Weight = 'regular' | 'bold';

const FILES: Record<Weight, string> = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
};

/** The raw TTF bytes and the parsed font of one weight. */
export interface Face {
  bytes: Uint8Array;
  // fontkit ships no types for the parts we use; keep the surface tiny.
  font: {
    unitsPerEm: number;
    postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(t: string): { glyphs: { id: number; advanceWidth: number; path: { toSVG(): string } }[] };
  };
}

const cache = new Map<Weight, Face>();

/** Loads (once) one weight of the plaque font. */
export function face(weight: Weight): Face {
  let f = cache.get(weight);
  if (!f) {
    const bytes = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FILES[weight])));
    f = { bytes, font: fontkit.create(bytes as never) as unknown as Face['font'] };
    cache.set(weight, f);
  }
  return f;
}

/**
 * The characters of `text` the plaque font cannot draw (each once), e.g. Hán characters or emoji:
 * printed, they would be empty boxes.
 * @example missingChars('Văn Miếu 文廟') // ['文', '廟']
 */
export function missingChars(text: string): string[] {
  const f = face('regular').font;
  const missing = new Set<string>();
  for (const c of text.normalize('NFC')) {
    let drawn = drawable.get(c);
    if (drawn === undefined) drawable.set(c, (drawn = /\s/.test(c) || f.hasGlyphForCodePoint(c.codePointAt(0)!)));
    if (!drawn) missing.add(c);
  }
  return [...missing];
}

/** Whether the font draws a character, asked once per character: every text of every plaque is checked. */
const drawable = new Map<string, boolean>();

/**
 * `text` in NFC without the characters the plaque font cannot draw, spaces tidied: every print
 * file measures, outlines and embeds text through this, so none prints a box.
 */
export function printable(text: string): string {
  const missing = new Set(missingChars(text));
  if (!missing.size) return text.normalize('NFC');
  return [...text.normalize('NFC')]
    .filter((c) => !missing.has(c))
    .join('')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A memo per face: `compute` runs once per face and key (the same words and glyphs make every plaque). */
function perFace<K, V>(): (f: Face, key: K, compute: () => V) => V {
  const memo = new WeakMap<Face, Map<K, V>>();
  return (f, key, compute) => {
    let known = memo.get(f);
    if (!known) memo.set(f, (known = new Map()));
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute()));
    return value;
  };
}

/** Advance width of one word in font units, per face. */
const wordWidth = perFace<string, number>();
/** Each glyph's outline as SVG path data, per face and glyph id. */
const outline = perFace<number, string>();

/**
 * Width of `text` in font units: the glyphs' own advance widths, without kerning. A PDF shows
 * glyphs at the widths of its font (pdf-lib writes no kerning), so measuring and outlining the same
 * way makes the SVG, the PNG and the preview exactly what the PDF prints, and a line measured to fit
 * the PDF's margin does fit it. Being a plain sum, a line's width is its words' and spaces' widths:
 * each word is shaped once per face (shaping whole candidate lines over and over, as wrapping
 * does, was three quarters of `npm run check` on a large site).
 */
function advance(f: Face, text: string): number {
  const shaped = (word: string): number => wordWidth(f, word, () => f.font.layout(word).glyphs.reduce((w, g) => w + g.advanceWidth, 0));
  return printable(text)
    .split(' ')
    .reduce((width, word, i) => width + (i ? shaped(' ') : 0) + (word ? shaped(word) : 0), 0);
}

/** Width in mm of NFC `text` set at `sizeMm`. */
export function textWidth(f: Face, text: string, sizeMm: number): number {
  return (advance(f, text) * sizeMm) / f.font.unitsPerEm;
}

/**
 * `text` as one SVG path per glyph in mm, its baseline starting at (x, y). Outlines instead of
 * `<text>` so the file renders identically in a sign shop's software, a browser, or librsvg without
 * the font.
 */
export function textPath(f: Face, text: string, x: number, y: number, sizeMm: number): string {
  const k = sizeMm / f.font.unitsPerEm;
  let pen = 0;
  const parts = f.font.layout(printable(text)).glyphs.map((g) => {
    const d = outline(f, g.id, () => g.path.toSVG());
    const gx = x + pen * k;
    pen += g.advanceWidth; // as the PDF places them: see `advance`
    // Font units grow upwards; flip y around the baseline.
    return d ? `<path transform="translate(${r(gx)} ${r(y)}) scale(${r(k, 5)} ${r(-k, 5)})" d="${d}"/>` : '';
  });
  return parts.join('');
}

const r = (n: number, digits = 3): number => Number(n.toFixed(digits));
