/**
 * What `npm run check` prints: every problem with its fix, a one-line verdict and the translation
 * coverage. Kept apart from the script so tests read the same text a volunteer sees.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { useT, type Lang } from '../../i18n/index.ts';
import { formatCoverage, translationCoverage } from '../content/coverage.ts';
import { formatProblems, type Problem } from '../content/problems.ts';
import { checkSite } from './check-site.ts';

export interface CheckReport {
  /** The whole report, ready to print. */
  text: string;
  errors: number;
  warnings: number;
  problems: Problem[];
}

/** Checks a content folder (relative to `root`, or absolute) and words the result in `lang`. */
export function checkReport(root: string, contentDir: string, lang: Lang): CheckReport {
  const t = useT(lang);
  if (!existsSync(resolve(root, contentDir))) {
    const text = `${t('problem.error')}: ${t('check.noContent', { dir: contentDir })}\n  ${t('problem.fixLabel')}: ${t('check.noContent.fix')}`;
    return { text, errors: 1, warnings: 0, problems: [] };
  }
  const { entries, problems } = checkSite(root, contentDir);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const counts = { errors, warnings, entries: entries.length };
  const verdict = errors ? t('check.failed', counts) : warnings ? t('check.okWarnings', counts) : t('check.ok', counts);
  const parts = [problems.length ? formatProblems(problems, lang) : '', formatCoverage(translationCoverage(entries), lang), verdict];
  return { text: parts.filter(Boolean).join('\n\n'), errors, warnings, problems };
}
