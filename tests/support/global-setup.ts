/**
 * Builds every test site once per run, before the scenario and browser tests read them. Both
 * projects name this file; Vitest loads it once per project, so the builds are shared through
 * `globalThis` (one Node process) and a second project waits for the first one's builds.
 * `LANGSO_REUSE_BUILD=1` keeps sites an earlier run built, for iterating on one test file.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_ENV, contentOf, outDir, ROOT, runBuild, SITE_NAMES, SITES, type SiteName } from './sites.ts';

const ONCE = Symbol.for('lang-so.test-sites');

export default async function setup(): Promise<void> {
  const shared = globalThis as Record<symbol, Promise<void> | undefined>;
  await (shared[ONCE] ??= buildAll());
}

/** In sequence: two cores. */
async function buildAll(): Promise<void> {
  for (const name of SITE_NAMES) {
    if (process.env['LANGSO_REUSE_BUILD'] && existsSync(resolve(outDir(name), 'index.html'))) continue;
    await buildSite(name);
  }
}

/** Copies a site's content (photos keep their times, so Astro's image cache still hits) and builds the copy. */
async function buildSite(name: SiteName): Promise<void> {
  const source = resolve(ROOT, SITES[name]);
  if (!existsSync(source)) throw new Error(`The ${name} test site has no content folder: ${source}`);
  rmSync(contentOf(name), { recursive: true, force: true });
  cpSync(source, contentOf(name), { recursive: true, preserveTimestamps: true });
  const { code, output } = await runBuild(contentOf(name), outDir(name), BUILD_ENV[name]);
  if (code !== 0) throw new Error(`Building the ${name} test site failed:\n${output}`);
}
