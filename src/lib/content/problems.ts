/**
 * Problems found in volunteers' content, and how they are told.
 * Each problem names the file, the line where known, the field, what is wrong and how to fix it,
 * in Vietnamese or English (strings in `src/i18n/*.json` under `problem.*`).
 */
import type { $ZodIssue } from 'zod/v4/core';
import { useT, type Lang } from '../../i18n/index.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. `members.2.phone`. */
  field?: string;
  /** Key under `problem.` in the i18n files; `<key>` is the message and `<key>.fix` the fix. */
  key: string;
  values?: Record<string, string | number>;
}

/** A problem as text: location, message and fix, one per line. */
export function formatProblem(p: Problem, lang: Lang): string {
  const t = useT(lang);
  const where = [p.file, p.line ? t('problem.line', { line: p.line }) : '', p.field ? t('problem.field', { field: p.field }) : '']
    .filter(Boolean)
    .join(', ');
  const label = t(p.severity === 'error' ? 'problem.error' : 'problem.warning');
  const values = { ...p.values, field: p.field ?? '' };
  return `${label}: ${where}\n  ${t(`problem.${p.key}`, values)}\n  ${t('problem.fixLabel')}: ${t(`problem.${p.key}.fix`, values)}`;
}

/** All problems as one report, errors first. */
export function formatProblems(problems: Problem[], lang: Lang): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return sorted.map((p) => formatProblem(p, lang)).join('\n\n');
}

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

type Issue = $ZodIssue;
const CUSTOM_KEYS = ['phone', 'lat', 'lng', 'latLngSwapped', 'code'];

/** Turns one zod issue into a problem key and values. `knownKeys` lists the fields allowed where the issue sits. */
export function describeIssue(issue: Issue, knownKeys: (path: PropertyKey[]) => string[]): Pick<Problem, 'key' | 'values' | 'field'>[] {
  const field = issue.path.map(String).join('.');
  // Our own checks carry their problem key as the message (`phone`, `lat`, `lng`, `code`).
  if (CUSTOM_KEYS.includes(issue.message)) {
    return [{ field, key: issue.message, values: { input: String(issue.input ?? '') } }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(key, issue.path, knownKeys(issue.path)));
    case 'invalid_type':
      if (issue.input === undefined) return [{ field, key: 'missing' }];
      return [{ field, key: 'wrongType', values: { expected: issue.expected, input: String(issue.input) } }];
    case 'invalid_value':
      return [{ field, key: 'notInList', values: { input: String(issue.input), allowed: issue.values.join(', ') } }];
    case 'invalid_union':
      // A union is only ever used for "text or number" (phone) or "date or text" (dates).
      return [{ field, key: 'wrongType', values: { expected: 'text', input: String(issue.input) } }];
    case 'too_small':
      return [
        {
          field,
          key: issue.origin === 'string' ? 'empty' : issue.origin === 'array' ? 'tooFew' : 'tooSmall',
          values: { minimum: String(issue.minimum) },
        },
      ];
    case 'too_big':
      return [{ field, key: 'tooBig', values: { maximum: String(issue.maximum) } }];
    case 'invalid_format':
      return [
        {
          field,
          key: issue.format === 'url' ? 'badUrl' : issue.format === 'date' ? 'badDate' : 'badFormat',
          values: { input: String(issue.input) },
        },
      ];
    default:
      return [{ field, key: 'invalid', values: { input: String(issue.input ?? ''), detail: issue.message } }];
  }
}

/** A field name the schema does not know, with the closest known one when it looks like a typo. */
function unknownKey(name: string, at: PropertyKey[], known: string[]): Pick<Problem, 'key' | 'values' | 'field'> {
  const suggestion = closest(name, known);
  return {
    field: [...at.map(String), name].join('.'),
    key: suggestion ? 'unknownFieldSuggest' : 'unknownField',
    values: { name, suggestion: suggestion ?? '', known: known.join(', ') },
  };
}
