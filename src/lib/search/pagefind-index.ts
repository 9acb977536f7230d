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

/** An entry page as the index reads it: its path under the site, a digest of its HTML, its language. */
interface Page {
  rel: string;
  hash: string;
  lang: string;
}

/** The code that prepares pages: when it changes, every page is prepared again. */
const PREPARER = Buffer.concat(['./fold.ts', './rank.ts'].map((f) => readFileSync(new URL(f, import.meta.url))));

/**
 * Keeps `mirror` holding the prepared form (`prepareForIndex`) of every entry page of the built
 * site (`data-pagefind-body`): a page whose HTML did not change since the last build is neither
 * prepared nor written again, and pages that are gone are removed.
 */
async function syncMirror(outDir: string, mirror: string): Promise<Page[]> {
  const manifest = join(mirror, '.pages.json');
  const preparer = createHash('sha256').update(PREPARER).digest('hex');
  const saved = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { preparer: string; pages: Record<string, string> })
    : null;
  const before = saved?.preparer === preparer ? saved.pages : {};
  rmSync(manifest, { force: true }); // written again only once the mirror matches it
  const pages: Page[] = [];
  for (const rel of (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort()) {
    const html = await readFile(join(outDir, rel), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const hash = createHash('sha256').update(html).digest('hex');
    pages.push({ rel, hash, lang: /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown' });
    if (before[rel] === hash && existsSync(join(mirror, rel))) continue;
    mkdirSync(dirname(join(mirror, rel)), { recursive: true });
    writeFileSync(join(mirror, rel), prepareForIndex(html));
  }
  const current = new Set(pages.map((p) => p.rel));
  for (const rel of Object.keys(before)) if (!current.has(rel)) rmSync(join(mirror, rel), { force: true });
  writeFileSync(manifest, JSON.stringify({ preparer, pages: Object.fromEntries(pages.map((p) => [p.rel, p.hash])) }));
  return pages;
}

/** A digest of what the index is built from: Pagefind's version, the preparing code and every page. */
function indexKey(pages: Page[]): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion()}`).update(PREPARER);
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

/**
 * Indexes the entry pages under `outDir` into `<outDir>/pagefind/`; returns how many pages each
 * language has and whether the bundle was reused. The prepared pages live in a mirror folder in
 * `cacheDir` that Pagefind reads itself (three times faster than handing it one page at a time), and
 * the bundle is kept there under a digest of the pages: when no page changed, it is copied back.
 */
export async function buildSearchIndex(outDir: string, cacheDir: string): Promise<{ counts: Record<string, number>; reused: boolean }> {
  const mirror = join(cacheDir, 'pages');
  const pages = await syncMirror(outDir, mirror);
  const counts: Record<string, number> = {};
  for (const p of pages) counts[p.lang] = (counts[p.lang] ?? 0) + 1;
  const key = indexKey(pages);
  const [bundle, keyFile, target] = [join(cacheDir, 'bundle'), join(cacheDir, 'key'), join(outDir, 'pagefind')];
  const reused = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(bundle);
  if (!reused) {
    rmSync(keyFile, { force: true });
    rmSync(`${bundle}.new`, { recursive: true, force: true });
    await indexMirror(mirror, pages.length, `${bundle}.new`);
    rmSync(bundle, { recursive: true, force: true });
    renameSync(`${bundle}.new`, bundle);
    writeFileSync(keyFile, key);
  }
  await linkTree(bundle, target);
  return { counts, reused };
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

/** Has Pagefind index the mirror folder (`count` pages) and write the bundle to `target`. */
async function indexMirror(mirror: string, count: number, target: string): Promise<void> {
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
  await Promise.all(UNUSED.map((name) => rm(join(target, name), { force: true })));
}
