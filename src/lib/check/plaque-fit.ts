/**
 * Plaque words that will not fit: for each relic and product whose plaque text (its `plaque:`
 * field, else its summary) does not print whole on the site's paper, a warning in the file that
 * holds it, quoting what the plaque will print.
 */
import { LANGS, type Lang } from '../../i18n/index.ts';
import type { Entry } from '../content/entries.ts';
import type { Problem } from '../content/problems.ts';
import type { Site } from '../content/site-schema.ts';
import { plaqueText } from '../print/catalogue.ts';
import { entryFile } from '../content/layout.ts';
import { plaqueFits } from '../print/output/fit-memo.ts';
import { trimSize } from '../print/plaque.ts';

/** The paper as a volunteer names it: `A4`, or `100 × 150 mm`. */
const paperName = (site: Site): string => {
  const { width, height } = trimSize(site.plaque);
  return typeof site.plaque.size === 'string' ? site.plaque.size : `${width} × ${height} mm`;
};

/** One warning per language file whose plaque words are cut. */
export function plaqueFitProblems(root: string, site: Site, entries: Entry[]): Problem[] {
  const paper = paperName(site);
  return [...plaqueFits(root, site, entries)].flatMap(([e, fit]) =>
    LANGS.flatMap((lang: Lang): Problem[] => {
      const printed = fit.printed[lang];
      if (printed.whole || !plaqueText(e, lang)) return [];
      const own = lang === 'vi' ? e.data : (e.en as Record<string, unknown> | null);
      const field = own && 'plaque' in own && own['plaque'] ? 'plaque' : 'summary';
      const values = { paper, printed: printed.text || '—' };
      return [{ severity: 'warning', file: entryFile(e, lang), field, key: 'plaqueTextCut', values }];
    }),
  );
}
