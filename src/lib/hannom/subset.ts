/**
 * A page's own font: only the characters its inscriptions show, taken from each chunk of HanaMin
 * that holds some and merged into one small WOFF2 (a couplet ≈ 4 KB). fonteditor-core reads,
 * subsets and merges the glyphs and writes WOFF2 with Google's encoder (WebAssembly).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFont, woff2, type FontEditor } from 'fonteditor-core';
import { chunkOf, type FontChunk, type HanNomFont } from './font-package.ts';

/** Raise when the subsetting below changes what it writes: every subset is then made again. */
export const SUBSET_VERSION = 1;

/** The family name pages use for the subset. */
export const FAMILY = 'LangSo HanNom';

/** The characters grouped by the chunk that holds them; characters outside every chunk are left out. */
export function byChunk(font: HanNomFont, chars: string[]): Map<FontChunk, number[]> {
  const groups = new Map<FontChunk, number[]>();
  for (const cp of chars.map((c) => c.codePointAt(0)!)) {
    const chunk = chunkOf(font, cp);
    if (chunk) groups.set(chunk, [...(groups.get(chunk) ?? []), cp]);
  }
  return groups;
}

/** One WOFF2 holding exactly the glyphs of `chars` the font has; `null` when it has none. */
export async function subsetWoff2(font: HanNomFont, chars: string[]): Promise<Uint8Array | null> {
  await woff2.init();
  let merged: FontEditor.Font | undefined;
  for (const [chunk, subset] of byChunk(font, chars)) {
    const part = createFont(readFileSync(join(font.dir, chunk.file)), { type: 'woff2', subset, hinting: false });
    if (merged) merged.merge(part, { scale: 1 });
    else merged = part;
  }
  if (!merged || merged.get().glyf.length <= 1) return null;
  const names = merged.get().name;
  // Its own family name, so a reader's installed HanaMin is never mistaken for this subset.
  Object.assign(names, { fontFamily: FAMILY, fullName: FAMILY, postScriptName: FAMILY.replace(/\s/g, '') });
  const bytes = merged.write({ type: 'woff2', hinting: false }) as ArrayBuffer | Uint8Array;
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}
