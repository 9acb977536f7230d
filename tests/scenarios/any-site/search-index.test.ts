/**
 * The search index of the built sample site, read straight from Pagefind's files: one index per
 * language, entry pages only, and no phone number in it (the index is a public download).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { formatDomestic } from '../../../src/lib/people/phone.ts';
import { outDir, ROOT } from '../../support/sites.ts';

const dir = join(outDir('sample'), 'pagefind');
const entries = checkSite(ROOT, join(ROOT, 'content')).entries;

/** Every indexed page as Pagefind stores it: `pagefind_dcd` + JSON, gzipped. */
const fragments = readdirSync(join(dir, 'fragment')).map((f) => {
  const text = gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8');
  return {
    lang: f.split('_')[0]!,
    ...(JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: Record<string, string> }),
  };
});

describe('search index of the sample site', () => {
  it('holds one index per language, with every entry page and nothing else', () => {
    const entry = /^\/(en\/)?(di-tich|dac-san|to-cong-nghe|relics|products|teams)\/[a-z0-9-]+\/$/;
    for (const lang of ['vi', 'en']) {
      const urls = fragments.filter((f) => f.lang === lang).map((f) => f.url);
      expect(urls.length, lang).toBe(entries.length);
      for (const url of urls) expect(url, lang).toMatch(entry);
      expect(
        urls.every((u) => u.startsWith('/en/') === (lang === 'en')),
        lang,
      ).toBe(true);
    }
  });

  it('leaves every phone number out of the index', () => {
    const phones = entries
      .flatMap((e) => (e.kind === 'team' ? [e.data.phone, ...e.data.members.map((m) => m.phone)] : []))
      .filter((p): p is string => !!p);
    expect(phones.length).toBeGreaterThan(4);
    const all = fragments
      .map((f) => `${f.content} ${JSON.stringify(f.meta)}`)
      .join('\n')
      .replace(/[\s.]/g, '');
    for (const p of phones) {
      expect(all, p).not.toContain(formatDomestic(p).replace(/\s/g, ''));
      expect(all, p).not.toContain(p.replace(/^\+?84/, ''));
    }
  });

  it('indexes facts as separate words and leaves the breadcrumb out', () => {
    const page = fragments.find((f) => f.url === '/di-tich/den-kiep-bac/')!;
    expect(page.content).not.toMatch(/\p{Ll}\p{Lu}/u); // "hạngDi", "bànPhường" would be one word
    expect(page.content.startsWith('←')).toBe(false);
    expect(page.meta['title']).toBe('Đền Kiếp Bạc');
  });
});
