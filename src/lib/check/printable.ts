/**
 * Letters the plaque font cannot print (Hán characters, emoji): a warning naming them, for each
 * title and plaque summary that has some. The plaque leaves them out rather than printing boxes.
 */
import type { EntryCheck } from '../content/files/read-content.ts';
import { at, writtenFiles } from '../content/text-checks.ts';
import { missingChars } from '../print/font.ts';

/** Titles go on plaques and posters; summaries on plaques only (relics, products). */
export const unprintableCheck: EntryCheck = (entry, lineOfVi, lineOfEn) =>
  writtenFiles(entry, lineOfVi, lineOfEn).flatMap((w) =>
    (['title', 'summary'] as const).flatMap((field) => {
      const text = field === 'summary' && entry.kind === 'team' ? undefined : w[field];
      const chars = text ? missingChars(text) : [];
      return chars.length
        ? [{ severity: 'warning' as const, ...at(w, [field]), key: 'unprintable', values: { chars: chars.join(' ') } }]
        : [];
    }),
  );
