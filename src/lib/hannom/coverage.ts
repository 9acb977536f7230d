/**
 * Which characters of an inscription the font can show. A chunk's character set is read once
 * (WOFF2 through fontkit, synchronously, so `npm run check` can ask) and kept on disk under the
 * font's version: later checks and builds read a few bytes instead of decompressing the font.
 */
import fontkit from '@pdf-lib/fontkit';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkOf, type FontChunk, type HanNomFont } from './font-package.ts';

/** Han characters, CJK strokes, radicals and punctuation: what the page's own fonts may lack. */
const HAN = /[\p{Script=Han}\u2e80-\u2fdf\u3000-\u303f\u31c0-\u31ef\ufe30-\ufe4f\uff00-\uffef]/u;

/** The distinct characters of some texts that need the Hán-Nôm font, in code point order. */
export function shownChars(texts: string[]): string[] {
  const chars = new Set(texts.flatMap((t) => [...t.normalize('NFC')]).filter((c) => HAN.test(c) && !/\s/u.test(c)));
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

const sets = new Map<string, Set<number>>();

/** Code points of one chunk, from the disk cache or read from the font. */
function charactersOf(font: HanNomFont, chunk: FontChunk, cacheDir: string): Set<number> {
  const key = `${font.version}/${chunk.file}`;
  const hit = sets.get(key);
  if (hit) return hit;
  const file = join(cacheDir, 'coverage', font.version, `${chunk.file}.json`);
  let list: number[];
  if (existsSync(file)) list = JSON.parse(readFileSync(file, 'utf8')) as number[];
  else {
    list = fontkit.create(readFileSync(join(font.dir, chunk.file))).characterSet;
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(list));
  }
  const set = new Set(list);
  sets.set(key, set);
  return set;
}

/** Whether the font has a glyph for a character. */
export function hasGlyph(font: HanNomFont, char: string, cacheDir: string): boolean {
  const cp = char.codePointAt(0)!;
  const chunk = chunkOf(font, cp);
  return !!chunk && charactersOf(font, chunk, cacheDir).has(cp);
}

/** The characters the font cannot show (all of them when there is no font). */
export const missingChars = (font: HanNomFont | null, chars: string[], cacheDir: string): string[] =>
  font ? chars.filter((c) => !hasGlyph(font, c, cacheDir)) : chars;
