/**
 * The one content pass of a build: content read and validated, codes reconciled with
 * `content/codes.yaml`, print checks added. Loaders, the build integration, `scripts/build.ts`
 * and `npm run check` all ask here, and within one process the content is read once for as long
 * as its files do not change (a cheap walk of names, sizes and times decides).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Registry } from '../codes/registry.ts';
import { reconcileFile } from '../codes/registry-file.ts';
import { readContent, type Content } from '../content/files/read-content.ts';
import { contentDir as defaultContentDir } from '../content/files/location.ts';
import { unprintableCheck } from './printable.ts';
import { plaqueFitProblems } from './plaque-fit.ts';
import { hanNomCheck, hanNomFontProblems } from './han-nom.ts';

/** The whole content folder as one build sees it. */
export interface CheckedSite extends Content {
  /** The code registry as it will be written after a successful build. */
  registry: Registry;
}

/** Reads and checks a content folder (relative to `root`, or absolute), every time. */
export function checkSite(root: string, contentDir = defaultContentDir()): CheckedSite {
  const content = readContent(root, contentDir, [unprintableCheck, hanNomCheck]);
  const codes = reconcileFile(root, contentDir, content.entries);
  const fit = content.site ? plaqueFitProblems(root, content.site, content.entries) : [];
  const problems = [...content.problems, ...codes.problems, ...fit, ...hanNomFontProblems(content.entries)];
  return { ...content, registry: codes.registry, problems };
}

/** Names, sizes and modification times of every file under `dir`: changes whenever content does. */
export function fingerprint(dir: string): string {
  if (!existsSync(dir)) return '';
  const parts: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat?.isFile()) parts.push(`${name}\0${stat.size}\0${stat.mtimeMs}`);
  }
  return parts.join('\n');
}

// Shared across module instances: Astro loads the config, the loaders and the pages through
// different module graphs in one process, and each would otherwise read the content again.
const SHARED = Symbol.for('lang-so.checked-site');
type Memo = Map<string, { print: string; checked: CheckedSite }> & { frozen?: boolean };
const memo = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map()) as Memo;

/**
 * Says the content will not change for the rest of this process (`npm run build` reads it once and
 * builds from that reading): later {@link sharedCheck} calls skip walking the folder, which at
 * 20,000 entries costs about a second each.
 */
export function freezeContent(): void {
  memo.frozen = true;
}

/** {@link checkSite}, read once per process while the folder's files stay the same. */
export function sharedCheck(root: string, contentDir = defaultContentDir()): CheckedSite {
  const key = resolve(root, contentDir);
  const hit = memo.get(key);
  if (hit && memo.frozen) return hit.checked;
  const print = fingerprint(key);
  if (hit?.print === print) return hit.checked;
  const checked = checkSite(root, contentDir);
  memo.set(key, { print, checked });
  return checked;
}
