/**
 * Translation coverage: how many entries of each kind have an English file, and which do not —
 * the summary `npm run check` ends with, so a team knows what is left to translate.
 */
import { useT, type Lang } from '../../i18n/index.ts';
import type { Entry } from './entries.ts';
import { KINDS, type Kind } from './schema.ts';

export interface Coverage {
  kind: Kind;
  total: number;
  translated: number;
  /** Folders (relative to the project root) of the entries without English. */
  missing: string[];
}

/** Coverage per kind, in the order relics, products, teams; kinds without entries are left out. */
export function translationCoverage(entries: Entry[]): Coverage[] {
  return KINDS.map((kind) => {
    const mine = entries.filter((e) => e.kind === kind);
    const missing = mine.filter((e) => !e.en).map((e) => e.dir);
    return { kind, total: mine.length, translated: mine.length - missing.length, missing };
  }).filter((c) => c.total > 0);
}

/** The coverage as lines of text, e.g. `Di tích: 7/8 đã dịch tiếng Anh`, then what is missing. */
export function formatCoverage(coverage: Coverage[], lang: Lang): string {
  const t = useT(lang);
  const lines = [t('check.coverageTitle')];
  for (const c of coverage) {
    lines.push(`  ${t(`check.kind.${c.kind}`)}: ${t('check.coverageLine', { translated: c.translated, total: c.total })}`);
    for (const dir of c.missing) lines.push(`    - ${t('check.coverageMissing', { dir })}`);
  }
  return lines.join('\n');
}
