/**
 * Builds the Pagefind search index of the built site into `<outDir>/pagefind/`, one index per page
 * language. Only entry pages (`data-pagefind-body`) are indexed, each through `prepareForIndex`
 * (đ folded, Vietnamese fallback text kept out of the English index); the pages on disk are untouched.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from './fold.ts';

/** Pagefind's ready-made UIs: our search page does not load them, so they are not published. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Throws with every message Pagefind reported, if any. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The URL Pagefind stores for a built file, relative to the site's base (the search page adds the base). */
export const urlOf = (outDir: string, file: string): string =>
  `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');

/** Indexes the entry pages under `outDir` and writes the bundle; returns how many pages each language has. */
export async function buildSearchIndex(outDir: string): Promise<Record<string, number>> {
  const files = (await readdir(outDir, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(outDir, f))
    .sort();
  const counts: Record<string, number> = {};
  const { index, errors } = await pagefind.createIndex({});
  try {
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(outDir, file), content: prepareForIndex(html) });
      check(`indexing ${relative(outDir, file)}`, added.errors);
      const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
      counts[lang] = (counts[lang] ?? 0) + 1;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED.map((name) => rm(join(outDir, 'pagefind', name), { force: true })));
  return counts;
}
