/**
 * Builds the Pagefind search index of the built site into `<outDir>/pagefind/`, one index per page
 * language. Only entry pages (`data-pagefind-body`) are indexed, each through `prepareForIndex`
 * (đ folded, Vietnamese fallback text kept out of the English index); the pages on disk are
 * untouched. An unchanged set of pages reuses the last bundle.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** A page to index: its path under the site, the HTML Pagefind reads, its language. */
interface Prepared {
  rel: string;
  content: string;
  lang: string;
}

/** Every entry page of the built site (`data-pagefind-body`), as the index should read it. */
async function preparedPages(outDir: string): Promise<Prepared[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  const pages: Prepared[] = [];
  for (const rel of files) {
    const html = await readFile(join(outDir, rel), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
    pages.push({ rel, content: prepareForIndex(html), lang });
  }
  return pages;
}

/** A digest of what the index is built from: Pagefind's version and every page it reads. */
function indexKey(pages: Prepared[]): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion()}`);
  for (const p of pages) hash.update(p.rel).update('\0').update(p.content).update('\0');
  return hash.digest('hex');
}

/** Pagefind's installed version (its package.json is not exported: looked up in the node_modules folders). */
function pagefindVersion(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '';
}

/**
 * Indexes the entry pages under `outDir` into `<outDir>/pagefind/`; returns how many pages each
 * language has and whether the bundle was reused. The prepared pages are written to a mirror folder
 * that Pagefind reads itself (three times faster than handing it one page at a time), and the bundle
 * is kept in `cacheDir` under a digest of those pages: when no page changed, it is copied back.
 */
export async function buildSearchIndex(outDir: string, cacheDir: string): Promise<{ counts: Record<string, number>; reused: boolean }> {
  const pages = await preparedPages(outDir);
  const counts: Record<string, number> = {};
  for (const p of pages) counts[p.lang] = (counts[p.lang] ?? 0) + 1;
  const key = indexKey(pages);
  const [bundle, keyFile, target] = [join(cacheDir, 'bundle'), join(cacheDir, 'key'), join(outDir, 'pagefind')];
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(bundle)) {
    cpSync(bundle, target, { recursive: true });
    return { counts, reused: true };
  }
  await indexPages(pages, join(cacheDir, 'pages'), target);
  rmSync(bundle, { recursive: true, force: true });
  cpSync(target, bundle, { recursive: true });
  writeFileSync(keyFile, key);
  return { counts, reused: false };
}

/** Writes the prepared pages under `mirror`, has Pagefind index that folder, and writes the bundle to `target`. */
async function indexPages(pages: Prepared[], mirror: string, target: string): Promise<void> {
  rmSync(mirror, { recursive: true, force: true });
  for (const p of pages) {
    mkdirSync(dirname(join(mirror, p.rel)), { recursive: true });
    writeFileSync(join(mirror, p.rel), p.content);
  }
  const { index, errors } = await pagefind.createIndex({});
  try {
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: mirror });
    check('indexing', added.errors);
    if (added.page_count !== pages.length) throw new Error(`Pagefind indexed ${added.page_count} of ${pages.length} pages`);
    const written = await index.writeFiles({ outputPath: target });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
    rmSync(mirror, { recursive: true, force: true });
  }
  await Promise.all(UNUSED.map((name) => rm(join(target, name), { force: true })));
}
