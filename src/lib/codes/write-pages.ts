/**
 * Build step for permanent codes: writes the landing page of every code (both `q/dt01/` and
 * `Q/DT01/`), the pages of retired codes and the redirects at entries' old URLs, then proves that
 * every code in the registry has its pages and that every link on them leads to a built file.
 * Astro's own `redirects` would happily point at a page that does not exist; this fails the build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hostRewrites, landingPage, redirectPage, retiredPage, type CodeCard } from './pages.ts';
import { notFoundPage } from './not-found.ts';
import { retiredTarget, type Registry } from './registry.ts';
import { codesOf } from '../content/entries.ts';
import { field, type Entry } from '../content/entries.ts';
import { KIND_DIRS, KINDS } from '../content/schema.ts';
import { codeRelPath, relPath, withBase, type Route } from './routes.ts';

/** Every built code page, path relative to the output folder → HTML. */
type Pages = Map<string, string>;

/** Both spellings of a code's landing folder: `q/dt01/` and `Q/DT01/`. */
const spellings = (code: string): string[] => [codeRelPath(code), codeRelPath(code).toUpperCase()];

function codePages(registry: Registry, base: string, cards: Map<string, CodeCard>, counter?: string): Pages {
  const pages: Pages = new Map();
  const put = (rel: string, html: string): void => void pages.set(`${rel}index.html`, html);
  for (const [code, issued] of Object.entries(registry)) {
    const route: Route = { page: 'entry', kind: issued.kind, slug: issued.slug };
    const to = { vi: withBase(base, relPath(route, 'vi')), en: withBase(base, relPath(route, 'en')) };
    if (issued.retired) {
      const target = retiredTarget(issued.retired);
      const home = { vi: withBase(base, relPath({ page: 'home' }, 'vi')), en: withBase(base, relPath({ page: 'home' }, 'en')) };
      const onward = target ? { vi: withBase(base, target), en: withBase(base, target) } : home;
      for (const rel of spellings(code)) put(rel, retiredPage(issued.retired.note, onward, !!target));
      continue;
    }
    const card = cards.get(`${issued.kind}/${issued.slug}`) ?? { title: { vi: issued.title ?? code, en: issued.title ?? code } };
    for (const rel of spellings(code)) put(rel, landingPage(card, to, counter));
    for (const folder of issued.formerFolders ?? []) {
      const [dir, slug] = folder.split('/');
      const kind = KINDS.find((k) => KIND_DIRS[k] === dir);
      if (!kind || !slug) continue;
      const old: Route = { page: 'entry', kind, slug };
      for (const lang of ['vi', 'en'] as const) pages.set(`${relPath(old, lang)}index.html`, redirectPage(to[lang], lang));
    }
  }
  return pages;
}

/**
 * Writes the code pages and the host rewrites into the built site and proves them; returns how many
 * codes it served and whether the output folder told `Q/` from `q/` (false on Windows and macOS).
 */
export function writeCodePages(
  outDir: string,
  site: { entries: Entry[]; registry: Registry; base: string; counter?: string | undefined },
): { codes: number; bothCases: boolean } {
  const { entries, registry, base, counter } = site;
  const cards = new Map(entries.map((e) => [`${e.kind}/${e.slug}`, codeCard(e)]));
  const redirects: string[] = [];
  for (const [rel, html] of codePages(registry, base, cards, counter)) {
    const path = join(outDir, rel);
    // An old URL taken again by a new entry belongs to that entry, never to a redirect.
    if (!rel.match(/^q\//i) && existsSync(path)) continue;
    if (!rel.match(/^q\//i)) redirects.push(rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
  }
  const codes = new Set([...Object.keys(registry), ...entries.flatMap(codesOf)]);
  writeFileSync(join(outDir, '404.html'), notFoundPage(base));
  proveCodes(outDir, base, codes, [...redirects, '404.html']);
  writeFileSync(join(outDir, '_redirects'), hostRewrites(codes, base));
  const listing = readdirSync(outDir);
  return { codes: codes.size, bothCases: listing.includes('q') && listing.includes('Q') };
}

/** What an entry's landing page says by itself: name, summary and hours, each language where written. */
export function codeCard(e: Entry): CodeCard {
  const en = (name: 'title' | 'summary' | 'hours') => {
    const text = field(e, name, 'en');
    return text?.lang === 'en' ? text.text : undefined;
  };
  const hours = field(e, 'hours', 'vi')?.text;
  return {
    title: { vi: e.data.title, en: en('title') ?? e.data.title },
    summary: { vi: e.data.summary, en: en('summary') },
    ...(hours ? { hours: { vi: hours, en: en('hours') } } : {}),
  };
}

/** Links of a built page (its `href`s under the base) that lead to no built file. */
function deadLinks(outDir: string, base: string, html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map(([, href]) => href!)
    .filter((href) => {
      const rel = href.startsWith(base) ? href.slice(base.length) : null;
      return rel === null || !existsSync(join(outDir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : ''));
    });
}

/**
 * Throws, naming the code, when a code lacks a page in either spelling, the two differ, or a page
 * (or a redirect at an old URL, `others`) links to nothing.
 */
export function proveCodes(outDir: string, base: string, codes: Iterable<string>, others: string[] = []): void {
  const failures: string[] = [];
  for (const rel of others)
    for (const href of deadLinks(outDir, base, readFileSync(join(outDir, rel), 'utf8'))) failures.push(`${rel}: ${href} does not exist`);
  for (const code of codes) {
    const [lower, upper] = spellings(code).map((rel) => join(outDir, rel, 'index.html')) as [string, string];
    if (!existsSync(lower) || !existsSync(upper)) {
      failures.push(`${code}: no page at ${codeRelPath(code)}`);
      continue;
    }
    const html = readFileSync(lower, 'utf8');
    if (html !== readFileSync(upper, 'utf8')) failures.push(`${code}: q/ and Q/ pages differ`);
    for (const href of deadLinks(outDir, base, html)) failures.push(`${code}: ${href} does not exist`);
  }
  if (failures.length) throw new Error(`Mã QR dẫn tới trang không có / QR codes leading nowhere:\n  ${failures.join('\n  ')}`);
}
