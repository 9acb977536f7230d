/**
 * What a plaque's layout tells the rest of the build — the warning that its code is too small and
 * how much of each text prints — kept on disk under a digest of the plaque's words, its settings and
 * the renderer. `npm run check`, the build log and the print page ask for every plaque; laying each
 * out costs milliseconds, a minute at 20,000 entries, so only plaques whose inputs changed are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entry } from '../../content/entries.ts';
import type { Site } from '../../content/site-schema.ts';
import { plaqueData, plaqueEntries, plaqueFor } from '../catalogue.ts';
import type { Plaque } from '../plaque.ts';
import { rendererDigest } from './cache.ts';

/** The part of a plaque's layout that checks and pages read. */
export type PlaqueFit = Pick<Plaque, 'warning' | 'printed'>;

/** The memo file, beside Astro's cache; shared by every site built from this project (keys are content digests). */
const FILE = 'node_modules/.astro/lang-so-plaque-fit.json';
/** The most plaques the file remembers: a province's, with room for edits. */
const LIMIT = 60_000;

// One memo per process, shared across Astro's module graphs like the content pass.
const SHARED = Symbol.for('lang-so.plaque-fit');
interface Memo {
  renderer?: string;
  loaded: Set<string>;
  fits: Map<string, PlaqueFit>;
}
const memo = ((globalThis as Record<symbol, unknown>)[SHARED] ??= { loaded: new Set(), fits: new Map() }) as Memo;

/**
 * The digest of the code that lays plaques out, once per process; empty where this module runs from
 * a bundle without the print room's sources beside it (a page rendered before the build hooks ran),
 * and then nothing is remembered.
 */
function renderer(): string {
  try {
    return (memo.renderer ??= rendererDigest());
  } catch {
    return '';
  }
}

/** The key of one plaque's fit: what it says, its settings and the code that lays it out. */
function fitKey(site: Site, e: Entry): string {
  const { poster: _paper, ...settings } = site.plaque;
  return createHash('sha256')
    .update(renderer())
    .update(JSON.stringify([plaqueData(site, e), settings]))
    .digest('base64url');
}

/** Reads the memo file of a project once per process. */
function load(file: string): void {
  if (memo.loaded.has(file)) return;
  memo.loaded.add(file);
  if (!existsSync(file)) return;
  try {
    for (const [key, fit] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, PlaqueFit>))
      if (!memo.fits.has(key)) memo.fits.set(key, fit);
  } catch {
    // A torn or hand-edited file is only a lost memo: every plaque is laid out again.
  }
}

/** Writes the memo, newest last, through a temporary file so a reader never sees half of it. */
function save(file: string): void {
  const kept = [...memo.fits].slice(-LIMIT);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, JSON.stringify(Object.fromEntries(kept)));
  renameSync(temporary, file);
}

/** The fit of every plaque of a site (relics, products, homestays), laying out only those not seen before. */
export function plaqueFits(root: string, site: Site, entries: Entry[]): Map<Entry, PlaqueFit> {
  const file = join(root, FILE);
  if (!renderer()) return new Map(plaqueEntries(entries).map((e) => [e, plaqueFor(site, e)]));
  load(file);
  const fits = new Map<Entry, PlaqueFit>();
  let added = false;
  for (const e of plaqueEntries(entries)) {
    const key = fitKey(site, e);
    let fit = memo.fits.get(key);
    if (!fit) {
      const { warning, printed } = plaqueFor(site, e);
      memo.fits.set(key, (fit = { warning, printed }));
      added = true;
    }
    fits.set(e, fit);
  }
  if (added) save(file);
  return fits;
}
