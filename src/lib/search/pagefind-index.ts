/**
 * Builds the Pagefind search index of the built site into `<outDir>/pagefind/`, one index per page
 * language. Only entry pages (`data-pagefind-body`) are indexed, each through `prepareForIndex`
 * (đ folded, Vietnamese fallback text kept out of the English index); the pages on disk are
 * untouched. An unchanged set of pages reuses the last bundle.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
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

/** An entry page as the index reads it: its path under the site, a digest of its HTML, its language, its bundle. */
interface Page {
  rel: string;
  hash: string;
  lang: string;
  shard: number;
}

/**
 * Pages of one language in one bundle. Pagefind holds every page it indexes in memory, ~200–300 KB
 * each, so a province's 20,000 pages a language are split into bundles of this many, indexed one
 * after another and merged in the visitor's browser (`mergeIndex`). A commune's site stays one
 * bundle: merging costs each search a few more requests.
 */
export const PAGES_PER_BUNDLE = 2500;

/**
 * Pages a language in one bundle of an index without whole texts: Pagefind then needs about a
 * fifth of the memory a page (1.9 GB for 40,000 pages in one bundle), and every bundle costs a
 * first search its own requests (at 20,000 entries: 588 KB in nine bundles, 334 KB in one).
 */
export const NAMES_PAGES_PER_BUNDLE = 10_000;

/** `LANGSO_SEARCH_BUNDLE_PAGES` overrides the bundle size (tests split a small site). */
const pagesPerBundle = (fullText: boolean): number =>
  Number(process.env['LANGSO_SEARCH_BUNDLE_PAGES']) || (fullText ? PAGES_PER_BUNDLE : NAMES_PAGES_PER_BUNDLE);

/**
 * Pages a language up to which the index holds each entry's whole text. Past it, only names,
 * summaries, facts, services and steps: the long text is nine tenths of the index, and a first
 * search on a province's 20,000 entries fetched 2.3 MB of it (130 requests) for four common
 * syllables, half a minute on rural 3G. People look for a place or a product by its name.
 */
export const FULL_TEXT_PAGES = 2500;

/** `LANGSO_SEARCH_FULL_TEXT_PAGES` overrides {@link FULL_TEXT_PAGES} (tests try both on small sites). */
const fullTextPages = (): number => Number(process.env['LANGSO_SEARCH_FULL_TEXT_PAGES']) || FULL_TEXT_PAGES;

/** Which bundle a page goes to: its path's digest, so a new page leaves the others where they were. */
const shardOf = (rel: string, shards: number): number =>
  shards > 1 ? createHash('sha256').update(rel).digest().readUInt32BE(0) % shards : 0;

/** Where bundle `shard` lives under the primary one (`pagefind/`): `s1/`, `s2/`… */
const shardDir = (shard: number): string => (shard ? `s${shard}/` : '');

/** The code that prepares pages: when it changes, every page is prepared again. */
const PREPARER = Buffer.concat(['./fold.ts', './rank.ts'].map((f) => readFileSync(new URL(f, import.meta.url))));

/** A digest of how pages are prepared: the code, and whether whole texts are kept. */
const preparing = (fullText: boolean): string =>
  createHash('sha256')
    .update(PREPARER)
    .update(fullText ? 'full' : 'names')
    .digest('hex');

/**
 * Every entry page of the built site (`data-pagefind-body`) with its bundle, the pages of each
 * language, and whether the index holds whole texts ({@link FULL_TEXT_PAGES}).
 */
async function entryPages(outDir: string): Promise<{ pages: Page[]; counts: Record<string, number>; fullText: boolean }> {
  const pages: Omit<Page, 'shard'>[] = [];
  for (const rel of (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort()) {
    const html = await readFile(join(outDir, rel), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const hash = createHash('sha256').update(html).digest('hex');
    pages.push({ rel, hash, lang: /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown' });
  }
  const counts: Record<string, number> = {};
  for (const p of pages) counts[p.lang] = (counts[p.lang] ?? 0) + 1;
  const fullText = Object.values(counts).every((n) => n <= fullTextPages());
  const placed = pages.map((p) => ({ ...p, shard: shardOf(p.rel, Math.ceil(counts[p.lang]! / pagesPerBundle(fullText))) }));
  // The primary bundle holds every language (the browser starts from it): a language whose
  // digests all fell elsewhere, as only a few pages' can, gets its first page there.
  for (const lang of Object.keys(counts))
    if (!placed.some((p) => p.lang === lang && !p.shard)) placed.find((p) => p.lang === lang)!.shard = 0;
  return { pages: placed, counts, fullText };
}

/**
 * Keeps `mirror/<bundle>/` holding the prepared form (`prepareForIndex`) of every entry page of
 * the built site: a page whose HTML and bundle did not change since the last build is neither
 * prepared nor written again, and pages that are gone (or moved to another bundle) are removed.
 */
async function syncMirror(outDir: string, mirror: string, pages: Page[], fullText: boolean): Promise<void> {
  const manifest = join(mirror, '.pages.json');
  const preparer = preparing(fullText);
  const saved = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { preparer: string; pages: Record<string, string> })
    : null;
  const before = saved?.preparer === preparer ? saved.pages : {};
  rmSync(manifest, { force: true }); // written again only once the mirror matches it
  // Keyed by the path under the mirror: `<bundle>/<page>` (a mirror from before the bundles held
  // pages at `<page>`, and those files are removed as gone).
  const at = (p: Page): string => `${p.shard}/${p.rel}`;
  const now = Object.fromEntries(pages.map((p) => [at(p), p.hash]));
  for (const file of Object.keys(before)) if (!(file in now)) rmSync(join(mirror, file), { force: true });
  for (const p of pages) {
    const file = join(mirror, at(p));
    if (before[at(p)] === p.hash && existsSync(file)) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, prepareForIndex(await readFile(join(outDir, p.rel), 'utf8'), fullText));
  }
  writeFileSync(manifest, JSON.stringify({ preparer, pages: now }));
}

/** A digest of what a bundle is built from: Pagefind's version, the preparing code, whether it holds whole texts, and its pages. */
function indexKey(pages: Page[], fullText: boolean): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion()}`).update(preparing(fullText));
  for (const p of pages) hash.update(`${p.rel}\0${p.hash}\0`);
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

/** The list of extra bundles the search page merges, per language: `pagefind/lang-so-bundles.json`. */
export const BUNDLES_FILE = 'lang-so-bundles.json';

/**
 * Indexes the entry pages under `outDir` into `<outDir>/pagefind/` (and, past
 * {@link PAGES_PER_BUNDLE} pages a language, further bundles under it, listed in
 * {@link BUNDLES_FILE}); returns how many pages each language has, how many bundles were reused,
 * and whether entries' whole texts are indexed (up to `fullTextPages` a language: {@link FULL_TEXT_PAGES}).
 * The prepared pages live in a mirror folder in `cacheDir` that Pagefind reads itself (three times
 * faster than handing it one page at a time), and each bundle is kept there under a digest of its
 * pages: when none of them changed, it is linked back.
 */
export async function buildSearchIndex(
  outDir: string,
  cacheDir: string,
): Promise<{ counts: Record<string, number>; bundles: number; reused: number; fullText: boolean; fullTextPages: number }> {
  const mirror = join(cacheDir, 'pages');
  const { pages, counts, fullText } = await entryPages(outDir);
  await syncMirror(outDir, mirror, pages, fullText);
  mkdirSync(join(mirror, '0'), { recursive: true }); // a site without entries still gets its (empty) index
  const shards = pages.reduce((n, p) => Math.max(n, p.shard + 1), 1);
  const extra: Record<string, string[]> = Object.fromEntries(Object.keys(counts).map((lang) => [lang, []]));
  let reused = 0;
  for (let shard = 0; shard < shards; shard++) {
    const mine = pages.filter((p) => p.shard === shard);
    const key = indexKey(mine, fullText);
    const [bundle, keyFile] = [join(cacheDir, `bundle-${shard}`), join(cacheDir, `key-${shard}`)];
    if (shard && !mine.length) {
      for (const old of [keyFile, bundle]) rmSync(old, { recursive: true, force: true });
      continue; // a few pages split by their digests can leave a bundle empty
    }
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(bundle)) reused++;
    else {
      rmSync(keyFile, { force: true });
      rmSync(`${bundle}.new`, { recursive: true, force: true });
      await indexMirror(join(mirror, String(shard)), mine.length, `${bundle}.new`, shard > 0);
      rmSync(bundle, { recursive: true, force: true });
      renameSync(`${bundle}.new`, bundle);
      writeFileSync(keyFile, key);
    }
    await linkTree(bundle, join(outDir, 'pagefind', shardDir(shard)));
    if (shard) for (const lang of new Set(mine.map((p) => p.lang))) extra[lang]!.push(shardDir(shard));
  }
  // Bundles past the current count, and the one unnumbered bundle of a cache from before the split.
  const stale = (name: string): boolean =>
    /^(key|bundle)$/.test(name) || (/^(key|bundle)-\d+$/.test(name) && Number(name.split('-')[1]) >= shards);
  for (const name of (await readdir(cacheDir)).filter(stale)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  writeFileSync(join(outDir, 'pagefind', BUNDLES_FILE), JSON.stringify(extra));
  return { counts, bundles: shards, reused, fullText, fullTextPages: fullTextPages() };
}

/** Puts every file under `from` at the same place under `to`: hard links where the file system allows, else copies. */
async function linkTree(from: string, to: string): Promise<void> {
  for (const file of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const source = join(file.parentPath, file.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/**
 * Has Pagefind index a mirror folder (`count` pages) and write the bundle to `target`. A merged
 * bundle (`merged`) is searched with the primary bundle's code and WebAssembly, so it keeps only
 * its index files.
 */
async function indexMirror(mirror: string, count: number, target: string, merged: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index');
    const added = await index.addDirectory({ path: mirror });
    check('indexing', added.errors);
    if (added.page_count !== count) throw new Error(`Pagefind indexed ${added.page_count} of ${count} pages`);
    const written = await index.writeFiles({ outputPath: target });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  const code = (name: string): boolean => merged && (name.endsWith('.js') || name.startsWith('wasm.'));
  const unused = (await readdir(target)).filter((name) => UNUSED.includes(name) || code(name));
  await Promise.all(unused.map((name) => rm(join(target, name), { force: true })));
}
