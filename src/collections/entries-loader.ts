/**
 * Astro content loader for `content/`: one store entry per relic, product or team, holding the
 * validated entry, the file of its Markdown rendered in both languages, and its photos as image imports.
 * Validation and messages come from `src/lib/content`, the same code `npm run check` runs.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { consoleLang } from '../i18n/index.ts';
import type { Entry } from '../lib/content/entries.ts';
import { entryFile } from '../lib/content/layout.ts';
import { localBodyImages } from '../lib/content/body-images.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { sharedCheck } from '../lib/check/check-site.ts';
import { formatForLog, hasErrors } from '../lib/content/problems.ts';
import type { Kind } from '../lib/content/schema.ts';
import { picturesOf, screenshotsOf } from '../lib/content/pictures.ts';

type Context = Parameters<Loader['load']>[0];

/** Loads every entry of one kind. Bad content stops the build with the volunteers' messages. */
export function entriesLoader(kind: Kind): Loader {
  return {
    name: `lang-so-${kind}`,
    load: async (context) => {
      const { store, config, logger } = context;
      const root = fileURLToPath(config.root);
      const { entries, problems } = sharedCheck(root);
      const mine = problems.filter((p) => p.file.includes(`/${kind}s/`) || !p.file.includes('/'));
      if (hasErrors(problems)) throw new ContentError(problems);
      if (mine.length) logger.warn(`\n${formatForLog(mine, consoleLang())}`);
      const htmlDir = fileURLToPath(new URL(`lang-so-html/${kind}/`, config.cacheDir));
      mkdirSync(htmlDir, { recursive: true });
      const current = new Set<string>();
      const htmlFiles = new Set<string>();
      for (const entry of entries.filter((e): e is Entry => e.kind === kind)) {
        current.add(entry.slug);
        htmlFiles.add(basename(await loadEntry(context, root, htmlDir, entry)));
      }
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
      for (const name of readdirSync(htmlDir)) if (!htmlFiles.has(name)) rmSync(join(htmlDir, name), { force: true });
    },
  };
}

/**
 * Stores one entry, unless its text and photos are unchanged since the last build; returns the file
 * of its rendered text. That text lives in a file of its own, read by the entry's page when it
 * renders: in the store, a province's 20,000 entries' HTML was held in memory twice over and bundled
 * into the build as one string of 190 MB.
 */
async function loadEntry(context: Context, root: string, htmlDir: string, entry: Entry): Promise<string> {
  const { store, parseData, renderMarkdown, generateDigest } = context;
  const digest = generateDigest(JSON.stringify(entry) + photoStamps(root, entry));
  const htmlFile = join(htmlDir, `${entry.slug}.${digest}.json`);
  if (store.get(entry.slug)?.digest === digest && existsSync(htmlFile)) return htmlFile;
  const filePath = join(root, entryFile(entry, 'vi'));
  const fileURL = new URL(`file://${filePath}`);
  const rendered = {
    vi: (await renderMarkdown(entry.body.vi, { fileURL })).html,
    en: entry.body.en ? (await renderMarkdown(entry.body.en, { fileURL })).html : null,
  };
  writeFileSync(htmlFile, JSON.stringify(rendered));
  const photos = entry.data.images.map((i) => ({ src: i.src }));
  const shots = screenshotsOf(entry).map((i) => ({ src: i.src }));
  // Pictures in the text go through image() too, so they are processed like the photos.
  const bodyPhotos = localBodyImages(entry.body).map((src) => ({ name: src, src }));
  // The Markdown is kept only as rendered HTML.
  const stored = { ...entry, body: { vi: '', en: null } };
  const html = relative(root, htmlFile);
  const data = await parseData({ id: entry.slug, data: { entry: stored, html, photos, shots, bodyPhotos }, filePath });
  store.set({ id: entry.slug, data, filePath: entryFile(entry, 'vi'), digest });
  return htmlFile;
}

/** Size and modification time of each photo of an entry: a replaced photo is processed again. */
function photoStamps(root: string, entry: Entry): string {
  return picturesOf(entry)
    .map((i) => statSync(join(root, entry.dir, i.src), { throwIfNoEntry: false }))
    .map((s) => `${s?.size}:${s?.mtimeMs}`)
    .join(',');
}
