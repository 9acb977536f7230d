/**
 * The Hán-Nôm font: the package's chunks are read from its stylesheet, a page's subset holds every
 * character it shows (Hán and Nôm, Extension B included) and stays small, and characters no font
 * has are named.
 */
import fontkit from '@pdf-lib/fontkit';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingChars, shownChars } from '../../../src/lib/hannom/coverage.ts';
import { cachedSubset, fontFileName } from '../../../src/lib/hannom/font-cache.ts';
import { hanNomFont, parseChunks } from '../../../src/lib/hannom/font-package.ts';

const COUPLET = ['萬劫有山皆劍氣', '六頭無水不秋聲'];
/** Truyện Kiều's first line in Nôm: four of its six characters are in CJK Extension B. */
const NOM = '𤾓𢆥𥪞𡎝𠊛些';
const font = hanNomFont()!;
const cache = mkdtempSync(join(tmpdir(), 'langso-fonts-'));

describe('Hán-Nôm font', () => {
  it('reads the chunks and their unicode-range from the package stylesheet', () => {
    const css = '@font-face{src:url(A.Basic.woff2) format("woff2");unicode-range: U+0, U+20-7e;}';
    expect(parseChunks(css)).toEqual([
      {
        file: 'A.Basic.woff2',
        ranges: [
          [0, 0],
          [0x20, 0x7e],
        ],
      },
    ]);
    expect(font.chunks.length).toBeGreaterThan(200);
  });

  it('keeps only the characters that need it: Han characters and CJK punctuation, not Latin or spaces', () => {
    expect(shownChars(['萬劫 有', 'A 萬。'])).toEqual(['。', '劫', '有', '萬']);
  });

  it('makes one small WOFF2 per set of characters that has a glyph for each, Hán and Nôm alike', async () => {
    const chars = shownChars([...COUPLET, NOM]);
    expect(missingChars(font, chars, cache)).toEqual([]);
    const bytes = (await cachedSubset(font, chars, cache))!;
    const subset = fontkit.create(Buffer.from(bytes));
    for (const c of chars) expect(subset.hasGlyphForCodePoint(c.codePointAt(0)!), c).toBe(true);
    expect(subset.hasGlyphForCodePoint('光'.codePointAt(0)!)).toBe(false);
    // 20 characters from 15 chunks: about 250 bytes a character, measured 5.4 KB.
    expect(bytes.length).toBeLessThan(8 * 1024);
    const couplet = (await cachedSubset(font, shownChars(COUPLET), cache))!;
    expect(couplet.length).toBeLessThan(5 * 1024);
  });

  it('names a subset by its characters, so the same characters share one file', () => {
    const name = fontFileName(font, shownChars(COUPLET));
    expect(name).toMatch(/^hn-[0-9a-f]{16}\.woff2$/);
    expect(fontFileName(font, shownChars([...COUPLET].reverse()))).toBe(name);
    expect(fontFileName(font, shownChars([NOM]))).not.toBe(name);
  });

  it('names the characters no font has (one outside the font’s Unicode blocks; all of them without the font)', () => {
    expect(missingChars(font, ['萬', '\u{30000}'], cache)).toEqual(['\u{30000}']);
    expect(missingChars(null, ['萬'], cache)).toEqual(['萬']);
  });
});
