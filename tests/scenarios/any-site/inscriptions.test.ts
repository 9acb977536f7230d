/**
 * Hán-Nôm inscriptions on every test site: the original is marked with its language, the page
 * that shows one declares a subset font that has a glyph for every character it shows (the ones
 * no font has excepted, which `npm run check` names) and is small; pages without inscriptions
 * declare no font at all.
 */
import fontkit from '@pdf-lib/fontkit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { missingChars, shownChars } from '../../../src/lib/hannom/coverage.ts';
import { fontCacheDir } from '../../../src/lib/hannom/font-cache.ts';
import { hanNomFont } from '../../../src/lib/hannom/font-package.ts';
import { inscriptionsOf } from '../../../src/lib/hannom/view.ts';
import { captures, textOf } from '../../support/html.ts';
import { built, ROOT, SITE_NAMES } from '../../support/sites.ts';

const FACE = /@font-face\{font-family:"LangSo HanNom";src:url\(([^)]+)\)/;

describe.each(SITE_NAMES)('inscriptions of the %s site', (name) => {
  const s = built(name);
  const font = hanNomFont()!;
  const withInscriptions = s.entries.filter((e) => inscriptionsOf(e).length);

  it.each(LANGS)('marks each original as Classical Chinese or Nôm, in reading order (%s)', (lang) => {
    for (const entry of withInscriptions) {
      const html = s.read(s.entryPath(entry, lang));
      const originals = captures(html, /<div class="original[^"]*" lang="(?:lzh|vi-Hani)"[^>]*>(.*?)<\/div>/gs).map(textOf);
      const written = inscriptionsOf(entry).map((i) => i.original.join(' '));
      expect(originals, entry.dir).toEqual(written);
      const tags = captures(html, /<div class="original[^"]*" lang="([^"]+)"/g);
      expect(tags).toEqual(inscriptionsOf(entry).map((i) => (i.script === 'nom' ? 'vi-Hani' : 'lzh')));
    }
  });

  it.each(LANGS)('gives a page with inscriptions a font with every character it can show, and no other page any (%s)', (lang) => {
    for (const entry of s.entries) {
      const html = s.read(s.entryPath(entry, lang));
      const face = FACE.exec(html)?.[1];
      if (!inscriptionsOf(entry).length) {
        expect(html, entry.dir).not.toContain('@font-face');
        continue;
      }
      expect(face, entry.dir).toBeDefined();
      const file = join(s.dir, s.fileOf(face!));
      const bytes = readFileSync(file);
      const subset = fontkit.create(bytes);
      const shown = shownChars(inscriptionsOf(entry).flatMap((i) => i.original));
      const lacking = new Set(missingChars(font, shown, fontCacheDir(ROOT)));
      for (const c of shown) expect(subset.hasGlyphForCodePoint(c.codePointAt(0)!), `${c} in ${face}`).toBe(!lacking.has(c));
      // About 270 bytes a character (HanaMin's outlines are detailed), plus the file's own tables.
      expect(bytes.length, face).toBeLessThan(1024 + 400 * shown.length);
    }
  });

  it('serves only the fonts its pages declare', () => {
    const pages = s.entries.flatMap((e) => LANGS.map((l) => FACE.exec(s.read(s.entryPath(e, l)))?.[1])).filter(Boolean);
    const declared = new Set(pages.map((p) => s.fileOf(p!)));
    const served = s.exists('fonts') ? readdirSync(join(s.dir, 'fonts')).map((f) => `fonts/${f}`) : [];
    expect(served.sort()).toEqual([...declared].sort());
  });
});

describe('the test sites', () => {
  it('hold a Hán couplet, a Nôm text with Extension B characters and a character no font has, so these checks bite', () => {
    const all = SITE_NAMES.flatMap((n) => built(n).entries.flatMap(inscriptionsOf));
    expect(all.some((i) => i.kind === 'couplet' && i.script === 'han')).toBe(true);
    const nom = all.filter((i) => i.script === 'nom').flatMap((i) => shownChars(i.original));
    expect(nom.some((c) => c.codePointAt(0)! >= 0x20000 && c.codePointAt(0)! < 0x2a6e0)).toBe(true);
    expect(missingChars(hanNomFont()!, nom, fontCacheDir(ROOT)).length).toBeGreaterThan(0);
  });
});
