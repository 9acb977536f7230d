import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtExists, outDir, readBuilt } from '../../support/sites.ts';

// The basic fixture is published under a sub-path, as a GitHub Pages project site would be.
const BASE = 'https://example.github.io/lang-thu/';
const page = (path: string) => readBuilt('basic', `${path}index.html`);
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

/** The built file an absolute URL of the site points at. */
function fileOf(url: string): string {
  expect(url.startsWith(BASE), url).toBe(true);
  const path = url.slice(BASE.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('pages in both languages', () => {
  it.each([
    ['', 'vi'],
    ['en/', 'en'],
    ['di-tich/', 'vi'],
    ['en/relics/', 'en'],
    ['di-tich/den-thu/', 'vi'],
    ['en/relics/den-thu/', 'en'],
    ['dac-san/banh-thu/', 'vi'],
    ['en/products/banh-thu/', 'en'],
    ['to-cong-nghe/to-thu/', 'vi'],
    ['en/teams/to-thu/', 'en'],
  ])('%s has lang=%s', (path, lang) => {
    expect(page(path)).toMatch(new RegExp(`<html lang="${lang}"`));
  });

  it('links every page to its twin with hreflang, and every twin exists', () => {
    const files = readdirSync(outDir('basic'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('index.html'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const html = readBuilt('basic', file);
      if (!html.includes('hreflang')) continue;
      const alternates = attr(html, /<link rel="alternate" hreflang="(?:vi|en)" href="([^"]+)"/g);
      expect(alternates, file).toHaveLength(2);
      for (const url of alternates) expect(builtExists('basic', fileOf(url)), `${file} → ${url}`).toBe(true);
      expect(alternates.map(fileOf)).toContain(file.split('\\').join('/'));
    }
  });

  it('switches language to the same entry, not the home page', () => {
    expect(page('di-tich/den-thu/')).toContain('class="lang-switch" href="/lang-thu/en/relics/den-thu/"');
    expect(page('en/relics/den-thu/')).toContain('class="lang-switch" href="/lang-thu/di-tich/den-thu/"');
  });

  it('shows an untranslated entry on its English URL, Vietnamese text marked and announced', () => {
    const html = page('en/products/banh-thu/');
    expect(html).toContain('This page has not been translated into English yet.');
    expect(html).toMatch(/<h1 lang="vi"[^>]*>Bánh Đậu Xanh Thử<\/h1>/);
    expect(html).toMatch(/<div class="body" lang="vi">/);
    // A translated entry has no notice.
    expect(page('en/relics/den-thu/')).not.toContain('has not been translated');
  });

  it('builds every link and asset from the base path', () => {
    const html = page('di-tich/den-thu/');
    const hrefs = attr(html, /(?:href|src|srcset)="(\/[^"]*)"/g);
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith('/lang-thu/'))).toEqual([]);
  });

  it('keeps _astro/ and _redirects when GitHub Pages publishes the folder from a branch', () => {
    expect(builtExists('basic', '.nojekyll')).toBe(true); // Jekyll would drop every _-prefixed path
  });
});

describe('team contact page', () => {
  const html = page('to-cong-nghe/to-thu/');
  const tels = attr(html, /href="tel:([^"]+)"/g);

  it('links the team number and consenting members only, in +84 form', () => {
    expect(tels).toContain('+842203882123');
    expect(tels).toContain('+84912345678');
    expect(html).not.toContain('0987'); // no consent recorded
    expect(html).not.toContain('0977'); // consent withdrawn
    expect(html).toContain('Trần Thị Chưa Hỏi'); // still listed by name and role
    expect(html).toContain('href="https://zalo.me/0912345678"');
  });

  it('offers a vCard with the team and consenting members', () => {
    const vcf = readBuilt('basic', 'vcard/to-thu.vcf');
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcf).toContain('TEL;TYPE=WORK,VOICE:+842203882123');
    expect(vcf).toContain('TEL;TYPE=CELL:+84912345678');
    expect(vcf).not.toMatch(/0987|84987|0977|84977|Chưa Hỏi/);
    expect(vcf).toContain(`URL:${BASE}to-cong-nghe/to-thu/`);
    expect(html).toContain('href="/lang-thu/vcard/to-thu.vcf"');
  });

  it('keeps phone numbers of sellers without consent off the page', () => {
    expect(page('dac-san/banh-thu/')).not.toMatch(/912345670|0912 345 670/);
  });
});

describe('discoverability', () => {
  it('lists both twins with hreflang alternates in the sitemap', () => {
    const xml = readBuilt('basic', 'sitemap.xml');
    expect(xml).toContain(`<loc>${BASE}di-tich/den-thu/</loc>`);
    expect(xml).toContain(`<loc>${BASE}en/relics/den-thu/</loc>`);
    expect(xml).toContain(`hreflang="en" href="${BASE}en/relics/den-thu/"`);
    expect(readBuilt('basic', 'robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });

  it('describes entries with JSON-LD and Open Graph', () => {
    const html = page('di-tich/den-thu/');
    const json = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(json['@type']).toContain('TouristAttraction');
    expect(json.geo).toMatchObject({ latitude: 21.1, longitude: 106.4 });
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/example\.github\.io\/lang-thu\/_astro\/[^"]+\.jpg"/);
    const team = JSON.parse(page('to-cong-nghe/to-thu/').match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(JSON.stringify(team)).not.toContain('987654321');
  });
});

describe('sample site', () => {
  it('serves no photo with EXIF or GPS, and the rotated photo right way up', async () => {
    const dir = join(outDir('sample'), '_astro');
    const images = readdirSync(dir).filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f));
    expect(images.length).toBeGreaterThan(20);
    for (const file of images) {
      const meta = await sharp(join(dir, file)).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp }).toEqual({ file, exif: undefined, xmp: undefined });
    }
    // cay-vai-to.jpg is stored 1067×1600 with EXIF orientation 6: every served copy is landscape
    // (but the square search thumbnail, whose shape says nothing about rotation).
    const tree = images.filter((f) => f.startsWith('cay-vai-to.'));
    expect(tree.length).toBeGreaterThan(3);
    let landscape = 0;
    for (const file of tree) {
      const { width, height } = await sharp(join(dir, file)).metadata();
      if (width === height) continue;
      expect(width, file).toBeGreaterThan(height);
      landscape++;
    }
    expect(landscape).toBeGreaterThan(3);
  });

  it('has every entry in both languages', () => {
    const vi = readdirSync(join(outDir('sample'), 'di-tich'));
    const en = readdirSync(join(outDir('sample'), 'en/relics'));
    expect(vi.length).toBeGreaterThanOrEqual(9); // 8 relics + index.html
    expect(en.sort()).toEqual(vi.sort());
  });
});
