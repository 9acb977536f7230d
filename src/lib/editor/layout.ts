/**
 * Where the web editor keeps an entry's files. Sveltia CMS (like Decap CMS) can put the language
 * only in a file name after a shared stem (`<stem>.<locale>.md`) or in a folder above the entry,
 * never as the whole file name, so it cannot write `vi.md` and `en.md` side by side. It writes
 * `content/<kind>/<slug>/index.vi.md` and `index.en.md` instead; the content reader accepts both
 * layouts (`src/lib/content/files/layout.ts`), and `npm run migrate` moves a site to this one.
 */

/** The editor's languages, Vietnamese first (it is required; English is optional). */
export const LOCALES = ['vi', 'en'] as const;

/** The entry path inside a kind's folder, without `.<locale>.md`. */
export const ENTRY_PATH = '{{slug}}/index';
