/**
 * Problems found in volunteers' content, and how they are told.
 * Each problem has a stable name (its key, printed in brackets so it can be searched for) and names
 * the file, the line where known, the field, what is wrong and how to fix it, in Vietnamese or
 * English (strings in `src/i18n/*.json` under `problem.<key>` and `problem.<key>.fix`).
 */
import { useT, type Lang } from '../../i18n/index.ts';
import type { ProblemKey } from './problem-keys.ts';

export type { ProblemKey } from './problem-keys.ts';

/** An error stops the build; a warning is a note that does not. */
export type Severity = 'error' | 'warning';

/** One problem of one file, as data: printed by {@link formatProblem}. */
export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. `members.2.phone`. */
  field?: string;
  /** The problem's stable name: its message is `problem.<key>` in the i18n files, its fix `problem.<key>.fix`. */
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/**
 * A problem as text: its label and name, then where, then the message and the fix, e.g.
 * `LỖI [unknownFieldSuggest]: content/teams/to-mau/vi.md, dòng 6, mục “phon”`.
 */
export function formatProblem(p: Problem, lang: Lang): string {
  const t = useT(lang);
  const line = p.line ? t('problem.line', { line: p.line }) : '';
  const field = p.field ? t('problem.field', { field: p.field }) : '';
  const where = [p.file, line, field].filter(Boolean).join(', ');
  const label = t(p.severity === 'error' ? 'problem.error' : 'problem.warning');
  const values = { ...p.values, field: p.field ?? '' };
  const fix = `${t('problem.fixLabel')}: ${t(`problem.${p.key}.fix`, values)}`;
  return `${label} [${p.key}]: ${where}\n  ${t(`problem.${p.key}`, values)}\n  ${fix}`;
}

/** All problems as one report, errors first. */
export function formatProblems(problems: Problem[], lang: Lang): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return sorted.map((p) => formatProblem(p, lang)).join('\n\n');
}

/** The most notes of one name the build log shows: a province's 2,000 alike would bury the rest. */
export const LOG_REPEATS = 5;

/**
 * The problems as the build log shows them: every error, at most {@link LOG_REPEATS} notes of each
 * name, then how many more there are (`npm run check` lists them all).
 */
export function formatForLog(problems: Problem[], lang: Lang): string {
  const count = new Map<ProblemKey, number>();
  const shown = problems.filter((p) => {
    if (p.severity === 'error') return true;
    count.set(p.key, (count.get(p.key) ?? 0) + 1);
    return count.get(p.key)! <= LOG_REPEATS;
  });
  const t = useT(lang);
  const more = [...count].filter(([, n]) => n > LOG_REPEATS).map(([key, n]) => t('problem.more', { count: n - LOG_REPEATS, key }));
  return [formatProblems(shown, lang), ...more].join('\n\n');
}

/** Whether any problem stops the build. */
export const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Edit distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The known field closest to a misspelt one, if it is close enough to be a likely typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
