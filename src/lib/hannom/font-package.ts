/**
 * The Hán-Nôm font the build subsets: HanaMin A and B (GlyphWiki's Hanazono Mincho, OFL), as the
 * npm package `hanamin` ships it — one WOFF2 per Unicode block or part of one, listed with its
 * `unicode-range` in the package's stylesheet. A reader of `node_modules`, nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The npm package that holds the font; named in the warning when it is missing. */
export const FONT_PACKAGE = 'hanamin';

/** One file of the font and the code points its stylesheet says it covers. */
export interface FontChunk {
  file: string;
  ranges: [number, number][];
}

/** The installed font: where its files are, its version (part of every cache key) and its chunks. */
export interface HanNomFont {
  dir: string;
  version: string;
  chunks: FontChunk[];
}

let memo: HanNomFont | null | undefined;

/**
 * The installed font, or `null` when the package is missing (the build then warns once).
 * `LANGSO_HANNOM_FONT=none` builds as a machine without it would (tests of the fallback).
 */
export function hanNomFont(): HanNomFont | null {
  if (memo !== undefined) return memo;
  memo = null;
  if (process.env['LANGSO_HANNOM_FONT'] === 'none') return memo;
  try {
    const pkg = createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`);
    const dir = dirname(pkg);
    const css = join(dir, 'HanaMin.css');
    if (existsSync(css)) {
      const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
      memo = { dir, version, chunks: parseChunks(readFileSync(css, 'utf8')) };
    }
  } catch {
    // Not installed: pages fall back to the reader's own fonts.
  }
  return memo;
}

/** The `@font-face` rules of the package's stylesheet as files and code point ranges. */
export function parseChunks(css: string): FontChunk[] {
  const rules = css.matchAll(/url\(["']?([^)"']+\.woff2)["']?\)[^;]*;\s*unicode-range:\s*([^;}]+)/g);
  return [...rules].map(([, file, ranges]) => ({
    file: file!,
    ranges: ranges!.split(',').map((range) => {
      const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
}

/** The chunk whose range holds a code point. */
export const chunkOf = (font: HanNomFont, cp: number): FontChunk | undefined =>
  font.chunks.find((chunk) => chunk.ranges.some(([from, to]) => cp >= from && cp <= to));
