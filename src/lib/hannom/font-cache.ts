/**
 * Subset fonts by content: a page's font file is named by a digest of its characters, the font's
 * version and the subsetting code, and kept in the build's cache folder (`lang-so-fonts/`). Same
 * characters, same file, made once; any change gives a new name, so a browser never keeps a stale one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HanNomFont } from './font-package.ts';
import { FAMILY, SUBSET_VERSION, subsetWoff2 } from './subset.ts';

/** The file name of the subset of `chars`, e.g. `hn-3f9c2a51d0e4b7a8.woff2`. */
export function fontFileName(font: HanNomFont, chars: string[]): string {
  // Pages are bundled, so the subsetting code is named by its version number, not read as a file.
  const made = `${font.version}\0${SUBSET_VERSION}\0${FAMILY}`;
  const digest = createHash('sha256')
    .update(`${made}\0${chars.join('')}`)
    .digest('hex');
  return `hn-${digest.slice(0, 16)}.woff2`;
}

/** The subset of `chars`, from the cache or made and stored there (written aside, then renamed). */
export async function cachedSubset(font: HanNomFont, chars: string[], cacheDir: string): Promise<Uint8Array | null> {
  const file = join(cacheDir, fontFileName(font, chars));
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const bytes = await subsetWoff2(font, chars);
  if (!bytes) return null;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, bytes);
  renameSync(`${file}.${process.pid}.tmp`, file);
  return bytes;
}

const SHARED = Symbol.for('lang-so.font-cache');
const shared = globalThis as Record<symbol, string | undefined>;

/** Sets where subset fonts are kept (the integration passes Astro's cache folder). */
export const setFontCacheDir = (dir: string): void => void (shared[SHARED] = dir);

/** Where subset fonts are kept: the build's cache folder, else `node_modules/.astro/lang-so-fonts`. */
export const fontCacheDir = (root = process.cwd()): string => shared[SHARED] ?? join(root, 'node_modules/.astro/lang-so-fonts');
