/**
 * The two file layouts of an entry folder. `vi.md` + `en.md` is what volunteers write by hand and
 * `npm run new` makes; `index.vi.md` + `index.en.md` is what the web editor writes (Sveltia CMS
 * puts a locale only after a shared file stem). Both are read the same way; one folder holds one
 * layout. Pure: which files exist is handed in.
 */

/** File names of an entry's two languages. */
export interface EntryFiles {
  vi: string;
  en: string;
}

/** Written by hand and by `npm run new`. */
export const HAND_LAYOUT: EntryFiles = { vi: 'vi.md', en: 'en.md' };
/** Written by the web editor at `/admin/`. */
export const EDITOR_LAYOUT: EntryFiles = { vi: 'index.vi.md', en: 'index.en.md' };

/**
 * The layout of a folder from the names of its files: the editor's when it has `index.vi.md` and
 * no `vi.md`, else the hand-written one (also for a folder lacking both, so the message names `vi.md`).
 */
export function layoutOf(names: readonly string[]): EntryFiles {
  const has = new Set(names);
  return has.has(EDITOR_LAYOUT.vi) && !has.has(HAND_LAYOUT.vi) ? EDITOR_LAYOUT : HAND_LAYOUT;
}

/** Files of the other layout left in a folder (both layouts at once: one would be ignored). */
export function strayFiles(names: readonly string[], layout: EntryFiles): string[] {
  const other = layout === HAND_LAYOUT ? EDITOR_LAYOUT : HAND_LAYOUT;
  return names.filter((n) => n === other.vi || n === other.en);
}

/** A file of an entry, relative to the project root, e.g. `content/relics/den-kiep-bac/vi.md`. */
export function entryFile(entry: { dir: string; files?: EntryFiles }, lang: keyof EntryFiles): string {
  return `${entry.dir}/${(entry.files ?? HAND_LAYOUT)[lang]}`;
}
