/**
 * A second site that is not the sample (another province, domain, codes and plaque settings, no
 * codes.yaml yet), so that the properties of `tests/scenarios/any-site/` are proven on content
 * they were not written against. Here: that it really differs, and what a first build does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { isTranslated } from '../../../src/lib/content/entries.ts';
import type { ManifestItem } from '../../../src/lib/print/catalogue.ts';
import { built, contentOf, ROOT } from '../../support/sites.ts';

const FIXTURE = join(import.meta.dirname, 'fixture');
const s = built('other-site');

describe('another site', () => {
  it('shares no host, entry or code with the sample in content/', () => {
    const sample = checkSite(ROOT, 'content');
    expect(new URL(s.site.baseUrl).host).not.toBe(new URL(sample.site!.baseUrl).host);
    const slugs = new Set(sample.entries.map((e) => e.slug));
    const codes = new Set(sample.entries.map((e) => e.data.code));
    expect(s.entries.filter((e) => slugs.has(e.slug) || codes.has(e.data.code))).toEqual([]);
    expect(s.entries.filter((e) => !isTranslated(e)).map((e) => e.slug)).toEqual(['chua-dau']);
  });

  it('records every code in codes.yaml on its first build, in the built copy and not in the committed fixture', () => {
    expect(existsSync(join(FIXTURE, 'codes.yaml'))).toBe(false);
    const registry = readFileSync(join(contentOf('other-site'), 'codes.yaml'), 'utf8');
    for (const e of s.entries) expect(registry).toContain(`${e.data.code}:\n  kind: ${e.kind}\n  slug: ${e.slug}\n`);
  });

  it('puts upper-case URLs in its QR codes, at the root of its domain', () => {
    const manifest = JSON.parse(s.read('plaques/manifest.json')) as ManifestItem[];
    expect(manifest.find((m) => m.code === 'chua01')?.url).toBe('HTTPS://DINHLANG.EXAMPLE.ORG/Q/CHUA01/');
    expect(s.read('Q/CHUA01/index.html')).toContain('<a href="/di-tich/chua-dau/" lang="vi">');
  });
});
