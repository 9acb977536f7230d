/**
 * The search index of every test site, read straight from Pagefind's files: one index per language
 * (split into merged bundles past a size) holding exactly the entry pages, facts as separate words, no phone number (the index is a public
 * download), and the Vietnamese text of an untranslated entry kept out of the English index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../../src/i18n/index.ts';
import { isTranslated, title, type Entry } from '../../../src/lib/content/entries.ts';
import { pathOf } from '../../../src/lib/codes/routes.ts';
import { formatDomestic } from '../../../src/lib/people/phone.ts';
import { foldD } from '../../../src/lib/search/fold.ts';
import { BUNDLES_FILE, PAGES_PER_BUNDLE } from '../../../src/lib/search/pagefind-index.ts';
import { articleChrome, textOf } from '../../support/html.ts';
import { BUILD_ENV, built, indexesWholeTexts, SITE_NAMES } from '../../support/sites.ts';

interface Fragment {
  lang: string;
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's URL of an entry page: relative to the output folder, without the base. */
const indexUrl = (e: Entry, lang: Lang): string => pathOf('/', { page: 'entry', kind: e.kind, slug: e.slug }, lang);
/** Words of a text with Vietnamese marks, as the index spells them (đ folded). */
const viWords = (text: string): Set<string> =>
  new Set(
    (
      foldD(text)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).filter((w) => w.length > 3 && w !== w.normalize('NFD')),
  );

describe.each(SITE_NAMES)('search index of the %s site', (name) => {
  const s = built(name);
  /** The bundles merged into the primary one, by language (`s1/`…), as the search page reads them. */
  const merged = JSON.parse(s.read(`pagefind/${BUNDLES_FILE}`)) as Record<string, string[]>;
  const bundles = ['', ...new Set(Object.values(merged).flat())];
  /** Every indexed page as Pagefind stores it: `pagefind_dcd` + JSON, gzipped; with its bundle. */
  const fragments: (Fragment & { bundle: string })[] = bundles.flatMap((bundle) => {
    const dir = join(s.dir, 'pagefind', bundle, 'fragment');
    return readdirSync(dir).map((f) => ({
      lang: f.split('_')[0]!,
      bundle,
      ...(JSON.parse(
        gunzipSync(readFileSync(join(dir, f)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Omit<Fragment, 'lang'>),
    }));
  });

  it('splits each language into as many bundles as its pages need, each page in one, each bundle listed for its languages', () => {
    const perBundle = Number(BUILD_ENV[name]?.['LANGSO_SEARCH_BUNDLE_PAGES'] ?? PAGES_PER_BUNDLE);
    expect(new Set(fragments.map((f) => `${f.lang} ${f.url}`)).size, 'a page indexed twice').toBe(fragments.length);
    for (const lang of LANGS) {
      const mine = fragments.filter((f) => f.lang === lang);
      const held = [...new Set(mine.map((f) => f.bundle))].sort();
      expect(held, lang).toEqual(['', ...merged[lang]!].sort());
      expect(held.length, lang).toBeLessThanOrEqual(Math.ceil(mine.length / perBundle));
      if (perBundle < mine.length) expect(held.length, lang).toBeGreaterThan(1);
      for (const b of held) {
        const entry = JSON.parse(s.read(`pagefind/${b}pagefind-entry.json`)) as { languages: Record<string, unknown> };
        expect(Object.keys(entry.languages), `${lang} ${b}`).toContain(lang);
      }
    }
  });
  const fragment = (e: Entry, lang: Lang): Fragment => fragments.find((f) => f.url === indexUrl(e, lang))!;
  const fullText = indexesWholeTexts(name, s.entries.length);
  /** Words of an entry's own long text that its page shows nowhere else (name, summary, facts). */
  const ownWords = (e: Entry, lang: Lang): string[] => {
    const shown = viWords(`${articleChrome(s.read(s.entryPath(e, lang)))} ${e.data.summary}`);
    return [...viWords(e.body.vi)].filter((w) => !shown.has(w));
  };

  it('indexes each entry’s whole text on a site of a commune’s size, past that only its names, summaries and facts', () => {
    let checked = 0;
    for (const e of s.entries.filter((x) => ownWords(x, 'vi').length)) {
      const indexed = viWords(fragment(e, 'vi').content);
      const found = ownWords(e, 'vi').filter((w) => indexed.has(w));
      if (fullText) expect(found.length, e.slug).toBeGreaterThan(0);
      else expect(found, e.slug).toEqual([]);
      expect(fragment(e, 'vi').content, e.slug).toContain(e.data.summary.slice(0, 20));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('holds one index per language, with every entry page, titled as on the page, and nothing else', () => {
    for (const lang of LANGS) {
      const indexed = fragments.filter((f) => f.lang === lang);
      expect(indexed.map((f) => f.url).sort(), lang).toEqual(s.entries.map((e) => indexUrl(e, lang)).sort());
      for (const e of s.entries) expect(fragment(e, lang).meta['title'], `${lang} ${e.slug}`).toBe(title(e, lang).text);
    }
  });

  it('leaves every phone number out of the index', (ctx) => {
    const phones = s.entries
      .flatMap((e) =>
        e.kind === 'team'
          ? [e.data.phone, ...e.data.members.map((m) => m.phone)]
          : [e.kind === 'product' ? e.data.seller?.phone : undefined],
      )
      .filter((p): p is string => !!p);
    if (!phones.length) return ctx.skip('no entry of this site has a phone number');
    const all = fragments
      .map((f) => `${f.content} ${JSON.stringify(f.meta)}`)
      .join('\n')
      .replace(/[\s.]/g, '');
    for (const p of phones) {
      expect(all, p).not.toContain(formatDomestic(p).replace(/\s/g, ''));
      expect(all, p).not.toContain(p.slice(2));
    }
  });

  it('indexes each fact and its value as separate words, and leaves the breadcrumb out', () => {
    let facts = 0;
    for (const e of s.entries) {
      const html = s.read(s.entryPath(e, 'vi'));
      const { content } = fragment(e, 'vi');
      expect(content.startsWith('←'), e.slug).toBe(false);
      for (const [, dt, dd] of html.matchAll(/<dt[^>]*>(.*?)<\/dt>\s*<dd[^>]*>(.*?)<\/dd>/gs)) {
        const [label, value] = [foldD(textOf(dt!)), foldD(textOf(dd!)).split(' ')[0]!];
        if (!value) continue;
        expect(content, `${e.slug}: ${label}`).toContain(`${label} ${value}`);
        expect(content, `${e.slug}: ${label}`).not.toContain(`${label}${value}`); // "hạngDi" would be one word
        facts++;
      }
    }
    expect(facts).toBeGreaterThan(0);
  });

  it('keeps the Vietnamese text of an untranslated entry out of the English index, but its name in', (ctx) => {
    const untranslated = s.entries.filter((e) => !isTranslated(e));
    if (!untranslated.length) return ctx.skip('every entry of this site has an English version');
    for (const e of untranslated) {
      // Words of its text only: its name and facts (place names, addresses) are shown on the English page too.
      const own = ownWords(e, 'en');
      const vi = fragment(e, 'vi').content.toLowerCase();
      const en = fragment(e, 'en').content.toLowerCase();
      if (fullText) expect(own.filter((w) => vi.includes(w)).length, e.slug).toBeGreaterThan(0);
      expect(
        own.filter((w) => en.includes(w)),
        e.slug,
      ).toEqual([]);
      expect(fragment(e, 'en').content, e.slug).toContain(e.data.title);
    }
  });
});
