/**
 * An entry's narration as a page in one language offers it: the English recording on English
 * pages where there is one, else the Vietnamese one (marked); the transcript read from its file,
 * in paragraphs; and the words a player shows (length, size).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/index.ts';
import type { Entry } from '../content/entries.ts';
import { transcriptOf, type Narration } from '../content/narration-schema.ts';
import { cleanText } from '../content/text.ts';

/** A narration ready for a page. */
export interface NarrationView {
  narration: Narration;
  /** The language spoken (and written in the transcript). */
  lang: Lang;
  /** The recording's path (from the project root). */
  recording: string;
  /** The transcript, paragraph by paragraph. */
  transcript: string[];
}

/** The narration a page in `lang` offers, if the entry has one. */
export function narrationFor(root: string, entry: Entry, lang: Lang): NarrationView | undefined {
  const en = lang === 'en' ? entry.en?.narration : undefined;
  const narration = en ?? entry.data.narration;
  if (!narration) return undefined;
  const text = cleanText(readFileSync(join(root, entry.dir, transcriptOf(narration)), 'utf8'));
  const transcript = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { narration, lang: en ? 'en' : 'vi', recording: join(root, entry.dir, narration.src), transcript };
}

/** Every recording of the entries, each once (Vietnamese and English). */
export function recordings(root: string, entries: Entry[]): string[] {
  const all = entries.flatMap((e) => [e.data.narration, e.en?.narration].flatMap((n) => (n ? [join(root, e.dir, n.src)] : [])));
  return [...new Set(all)];
}

/** A length as a player shows it. @example formatDuration(65.4) // '1:05' */
export const formatDuration = (seconds: number): string =>
  `${Math.floor(Math.round(seconds) / 60)}:${String(Math.round(seconds) % 60).padStart(2, '0')}`;

/** A file size in whole kilobytes, at least 1. @example formatSize(31_500) // '31 KB' */
export const formatSize = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1000))} KB`;

/**
 * A digest of each recording and transcript of an entry: part of its pages' cache key, so an edited
 * transcript or a new recording (same file name) renders the pages again — and a fresh checkout on
 * a CI, where every file's time is new, does not.
 */
export function narrationStamps(root: string, entry: Entry): string {
  const files = [entry.data.narration, entry.en?.narration].flatMap((n) => (n ? [n.src, transcriptOf(n)] : []));
  return files
    .map((f) => join(root, entry.dir, f))
    .map((path) => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('base64url') : '-'))
    .join(',');
}
