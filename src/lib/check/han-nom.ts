/**
 * Hán-Nôm characters no font in the build can show: a warning per inscription naming them, and
 * one warning for the whole site when the font package itself is missing (pages then fall back to
 * the reader's own fonts).
 */
import type { Entry } from '../content/entries.ts';
import type { EntryCheck } from '../content/files/read-content.ts';
import type { Problem } from '../content/problems.ts';
import { at } from '../content/text-checks.ts';
import { missingChars, shownChars } from '../hannom/coverage.ts';
import { fontCacheDir } from '../hannom/font-cache.ts';
import { FONT_PACKAGE, hanNomFont } from '../hannom/font-package.ts';
import { inscriptionsOf } from '../hannom/view.ts';

/** Characters of each inscription's original that the installed font lacks. */
export const hanNomCheck: EntryCheck = (entry, lineOfVi) => {
  const font = hanNomFont();
  if (!font) return [];
  return inscriptionsOf(entry).flatMap((inscription, i): Problem[] => {
    const chars = missingChars(font, shownChars(inscription.original), fontCacheDir());
    if (!chars.length) return [];
    const where = at({ file: `${entry.dir}/vi.md`, lineOf: lineOfVi }, ['inscriptions', i, 'original']);
    return [
      {
        severity: 'warning',
        ...where,
        key: 'inscriptionChars',
        values: { chars: chars.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ') },
      },
    ];
  });
};

/** One warning when inscriptions are shown but the font package is not installed. */
export function hanNomFontProblems(entries: Entry[]): Problem[] {
  const first = entries.find((e) => inscriptionsOf(e).length);
  if (!first || hanNomFont()) return [];
  return [
    { severity: 'warning', file: `${first.dir}/vi.md`, field: 'inscriptions', key: 'hanNomFontMissing', values: { package: FONT_PACKAGE } },
  ];
}
