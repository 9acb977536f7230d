/**
 * Test sites: the sample (`content/`, or the folder `LANGSO_SAMPLE` names, so a commune can run the
 * suite on its own content) and the scenario fixtures. Each is copied to `.build/test/<name>/content/`
 * and built once per test run by the real `npm run build` into `.build/test/<name>/dist/`: building
 * a copy keeps the `codes.yaml` a successful build writes out of the committed folders.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { checkSite, type CheckedSite } from '../../src/lib/check/check-site.ts';
import { pathOf, type Route } from '../../src/lib/codes/routes.ts';
import type { Entry } from '../../src/lib/content/entries.ts';
import type { Site } from '../../src/lib/content/site-schema.ts';
import type { Lang } from '../../src/i18n/index.ts';
import { FULL_TEXT_PAGES } from '../../src/lib/search/pagefind-index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Content folder of each test site, relative to the project root (or absolute). */
export const SITES = {
  sample: process.env['LANGSO_SAMPLE'] || 'content',
  basic: 'tests/scenarios/basic/fixture',
  'other-site': 'tests/scenarios/other-site/fixture',
} as const;
export type SiteName = keyof typeof SITES;
/** Every test site: the properties of `tests/scenarios/any-site/` must hold for each. */
export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/**
 * What a test site's build is given besides its folders: the other site's search index is split into
 * bundles of two pages a language, and holds names, summaries and facts but not whole texts, as a
 * province's 20,000 entries' is (bundles of 2,500), so the search tests run against that index too.
 */
export const BUILD_ENV: Partial<Record<SiteName, NodeJS.ProcessEnv>> = {
  'other-site': { LANGSO_SEARCH_BUNDLE_PAGES: '2', LANGSO_SEARCH_FULL_TEXT_PAGES: '2' },
};

/** Whether a test site's index holds its entries' whole texts: while it has no more than the limit (a page a language each). */
export const indexesWholeTexts = (name: SiteName, entries: number): boolean =>
  entries <= Number(BUILD_ENV[name]?.['LANGSO_SEARCH_FULL_TEXT_PAGES'] ?? FULL_TEXT_PAGES);

/** Working folder of one test run's site or scenario (`LANGSO_TEST_DIR` lets two runs work side by side). */
export const workDir = (name: string): string => join(ROOT, process.env['LANGSO_TEST_DIR'] ?? '.build/test', name);
/** Where a test site is built. */
export const outDir = (name: SiteName): string => join(workDir(name), 'dist');
/** The copy of a test site's content it was built from (with the `codes.yaml` the build wrote). */
export const contentOf = (name: SiteName): string => join(workDir(name), 'content');

/** Vite/Vitest variables (BASE_URL, MODE, NODE_ENV…) that would leak into Astro's build and change its base. */
const VITEST_ENV = /^(VITEST.*|TEST|NODE_ENV|PROD|DEV|BASE_URL|MODE|SSR)$/;

/** The environment a real `npm run build` would see, without what Vitest adds. */
export const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));

/** Runs `scripts/build.ts` with a content folder and an output folder; resolves with its output and exit code. */
export async function runBuild(content: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...cleanEnv(), LANGSO_CONTENT: content, LANGSO_OUT_DIR: out, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}

/** A built test site with the content it was built from, read once per test file. */
export interface BuiltSite extends CheckedSite {
  name: SiteName;
  site: Site;
  /** The built folder. */
  dir: string;
  /** The base path of every link: `/` at a domain root, `/lang-thu/` under a sub-path. */
  base: string;
  /** Link path of a page, e.g. `/lang-thu/en/relics/den-thu/`. */
  path: (route: Route, lang: Lang) => string;
  /** Link path of an entry's page. */
  entryPath: (entry: Entry, lang: Lang) => string;
  /** The built file (relative to `dir`) a link path or absolute URL of the site points at. */
  fileOf: (link: string) => string;
  /** A built file's text; a link path (`/…/`) reads the page it points at. */
  read: (file: string) => string;
  exists: (file: string) => boolean;
}

const cache = new Map<SiteName, BuiltSite>();

/** A built test site (the global setup has built it). */
export function built(name: SiteName): BuiltSite {
  const hit = cache.get(name);
  if (hit) return hit;
  const checked = checkSite(ROOT, contentOf(name));
  if (!checked.site) throw new Error(`${name}: no valid site.yaml in ${contentOf(name)}`);
  const dir = outDir(name);
  const base = new URL(checked.site.baseUrl).pathname;
  const fileOf = (link: string): string => {
    const path = link.startsWith(base) ? link : new URL(link, checked.site!.baseUrl).pathname;
    if (!path.startsWith(base)) throw new Error(`${link} is not under the base ${base}`);
    const rel = decodeURIComponent(path.slice(base.length));
    return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  };
  const file = (f: string): string => join(dir, f.startsWith('/') || /^https?:/.test(f) ? fileOf(f) : f);
  const site: BuiltSite = {
    ...checked,
    name,
    site: checked.site,
    dir,
    base,
    path: (route, lang) => pathOf(base, route, lang),
    entryPath: (e, lang) => pathOf(base, { page: 'entry', kind: e.kind, slug: e.slug }, lang),
    fileOf,
    read: (f) => readFileSync(file(f), 'utf8'),
    exists: (f) => existsSync(file(f)),
  };
  cache.set(name, site);
  return site;
}
