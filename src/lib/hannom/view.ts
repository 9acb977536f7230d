/**
 * Inscriptions as a page shows them in one language: the original with its language tag, the
 * reading, the meaning and place in the page's language — or in Vietnamese, marked, where the
 * English is missing — and which of the entry's photos shows it.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Entry } from '../content/entries.ts';
import { isVertical, SCRIPT_LANG, type Inscription } from '../content/inscription-schema.ts';
import { missingChars, shownChars } from './coverage.ts';
import { fontCacheDir, fontFileName } from './font-cache.ts';
import { hanNomFont } from './font-package.ts';

/** Lines of text and the language they are in. */
export interface Lines {
  lines: string[];
  lang: Lang;
}

/** One inscription as a page shows it. */
export interface InscriptionView {
  kind: Inscription['kind'];
  /** `lzh` (Classical Chinese) or `vi-Hani` (Nôm). */
  lang: string;
  vertical: boolean;
  original: string[];
  reading: string[];
  meaning: Lines;
  place: { text: string; lang: Lang } | undefined;
  /** Index of its photo in the entry's images. */
  photo: number | undefined;
}

/** The inscriptions of an entry (none for products and teams). */
export const inscriptionsOf = (entry: Entry): Inscription[] => (entry.kind === 'relic' ? (entry.data.inscriptions ?? []) : []);

/** Every inscription of an entry as a page in `lang` shows it. */
export function inscriptionViews(entry: Entry, lang: Lang): InscriptionView[] {
  const english = lang === 'en' && entry.kind === 'relic' ? (entry.en?.inscriptions ?? []) : [];
  return inscriptionsOf(entry).map((i, n) => {
    const en = english[n];
    const photo = i.photo ? entry.data.images.findIndex((image) => image.src === i.photo) : -1;
    const place = en?.place ? { text: en.place, lang: 'en' as const } : i.place ? { text: i.place, lang: 'vi' as const } : undefined;
    return {
      kind: i.kind,
      lang: SCRIPT_LANG[i.script],
      vertical: isVertical(i),
      original: i.original,
      reading: i.reading,
      meaning: en ? { lines: en.meaning, lang: 'en' } : { lines: i.meaning, lang: 'vi' },
      place,
      photo: photo >= 0 ? photo : undefined,
    };
  });
}

/** The characters an entry's pages show in the Hán-Nôm font (the same in both languages). */
export const entryFontChars = (entry: Entry): string[] => shownChars(inscriptionsOf(entry).flatMap((i) => i.original));

/** The subset font file of an entry's pages and the characters it holds; none without inscriptions, font or any glyph. */
export function pageFont(entry: Entry): { file: string; chars: string[] } | undefined {
  const font = hanNomFont();
  const shown = entryFontChars(entry);
  if (!font || !shown.length) return undefined;
  const missing = new Set(missingChars(font, shown, fontCacheDir()));
  const chars = shown.filter((c) => !missing.has(c));
  return chars.length ? { file: fontFileName(font, chars), chars } : undefined;
}
