/**
 * Plaques and posters of every test site, checked against its content and settings: every plaque
 * decodes, from each of its three files, to exactly the URL the manifest promises (`qrUrl` of the
 * site's base); PDFs have the paper of `site.yaml`, an embedded font and the title as text; batch
 * PDFs, stickers and posters hold exactly the codes they should.
 */
import { PNG_DPI } from '../../../src/lib/print/render/png.ts';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, useT } from '../../../src/i18n/index.ts';
import { title, type Entry } from '../../../src/lib/content/entries.ts';
import { qrUrl } from '../../../src/lib/codes/routes.ts';
import { plaqueEntries, plaqueFor, plaqueText, type ManifestItem } from '../../../src/lib/print/catalogue.ts';
import { bothDecoders } from '../../support/decode.ts';
import { trimSize } from '../../../src/lib/print/plaque.ts';
import { BLEED_MM, SLUG_MM } from '../../../src/lib/print/units.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

const run = async (cmd: string, args: string[]): Promise<string> => (await promisify(execFile)(cmd, args, { maxBuffer: 32 << 20 })).stdout;
/** zbarimg's decoded texts for one image. */
const zbar = async (png: string): Promise<string[]> =>
  (await run('zbarimg', ['-q', '--raw', png]).catch(() => '')).split('\n').filter(Boolean);
const mm = (pts: number): number => Math.round((pts * 25.4) / 72);

const urls = (items: { url: string }[]): string[] => items.map((m) => m.url).sort();

/** Runs `fn` over `items` with at most `n` at once (decoders are CPU-bound processes). */
async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return out;
}

describe.each(SITE_NAMES)('print files of the %s site', { timeout: 180_000 }, (name) => {
  const s = built(name);
  const file = (link: string): string => join(s.dir, s.fileOf(link));
  const manifest = JSON.parse(s.read('plaques/manifest.json')) as ManifestItem[];
  const plaques = plaqueEntries(s.entries);
  const entryOf = (m: ManifestItem): Entry => plaques.find((e) => e.data.code === m.code)!;
  /** What a plaque's codes hold: its URL, and on a plaque with a text QR, its words. */
  const expectedCodes = (m: ManifestItem): string[] => {
    const q = plaqueFor(s.site, entryOf(m)).textQr;
    return [m.url, ...(q ? [q.text] : [])].sort();
  };
  const tmp = mkdtempSync(join(tmpdir(), `langso-print-${name}-`));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Every code zbarimg finds on every page of a PDF rendered at `dpi`. */
  async function codesAt(pdf: string, dpi: number): Promise<string[]> {
    const prefix = join(tmp, `${pdf.replace(/\W/g, '_')}-${dpi}`);
    await run('pdftoppm', ['-r', String(dpi), '-png', join(s.dir, pdf), prefix]);
    const pages = readdirSync(tmp).filter((f) => f.startsWith(`${basename(prefix)}-`) && f.endsWith('.png'));
    return (await Promise.all(pages.map((f) => zbar(join(tmp, f))))).flat();
  }

  /**
   * Every code found on a PDF's pages rendered at `dpi` or at a third more, each once: zbar, like a
   * phone, sometimes misses one code of a dense page at one resolution and reads it at the next.
   */
  async function pdfCodes(pdf: string, dpi: number): Promise<string[]> {
    const found = [...(await codesAt(pdf, dpi)), ...(await codesAt(pdf, Math.round((dpi * 4) / 3)))];
    // Text QRs are read by the plaque test above (zbar needs its binary mode for UTF-8); here the URLs.
    return [...new Set(found)].filter((t) => /^https?:/i.test(t)).sort();
  }

  it('lists one complete manifest item per relic and product, its URL exactly what the QR holds', () => {
    expect(manifest.map((m) => m.code).sort()).toEqual(plaques.map((e) => e.data.code).sort());
    const atRoot = s.base === '/';
    for (const m of manifest) {
      const e = entryOf(m);
      expect(m.url).toBe(qrUrl(s.site.baseUrl, m.code));
      // At a domain root the URL is upper case, all in the QR alphanumeric set; under a sub-path, as typed.
      expect(m.url, m.code).toBe(atRoot ? m.url.toUpperCase() : m.url.toLowerCase());
      expect(m).toMatchObject({ kind: e.kind, slug: e.slug, area: e.data.area });
      expect(m.title).toEqual({ vi: title(e, 'vi').text.normalize('NFC'), en: title(e, 'en').text.normalize('NFC') });
      for (const ext of ['svg', 'pdf', 'png'] as const) {
        expect(m.files[ext]).toBe(`${s.base}plaques/${m.code}.${ext}`);
        expect(s.exists(s.fileOf(m.files[ext])), m.files[ext]).toBe(true);
      }
    }
  });

  it('decodes every code of every plaque, from png, pdf and svg, with zbar and ZXing: the manifest URL, and the text QR to its words', async () => {
    const results = await pool(manifest, 2, async (m) => {
      const base = join(tmp, m.code);
      await run('pdftoppm', ['-r', '150', '-png', '-singlefile', file(m.files.pdf), `${base}-pdf`]);
      const svg = await sharp(readFileSync(file(m.files.svg)), { density: 150 })
        .flatten({ background: '#fff' })
        .png()
        .toBuffer();
      const known = expectedCodes(m);
      const images = [readFileSync(file(m.files.png)), readFileSync(`${base}-pdf.png`), svg];
      return Promise.all(images.map((img) => bothDecoders(new Uint8Array(img), known)));
    });
    manifest.forEach((m, i) => {
      const known = expectedCodes(m);
      for (const [zb, zx] of results[i]!) expect([zb, zx], m.code).toEqual([known, known]);
    });
  });

  it('prints both plaque texts in whole words (pdftotext), and the text QR on relics where the site wants it', async () => {
    for (const m of manifest) {
      const e = entryOf(m);
      const p = plaqueFor(s.site, e);
      const text = (await run('pdftotext', [file(m.files.pdf), '-'])).normalize('NFC').replace(/\s+/g, ' ');
      for (const lang of LANGS) {
        const printed = p.printed[lang].text;
        if (!printed) continue;
        expect(text, `${m.code} ${lang}`).toContain(printed);
        // Whole words: every word printed is a word of the entry's text, cut only with an ellipsis.
        const words = new Set((plaqueText(e, lang) ?? '').normalize('NFC').split(/\s+/));
        for (const w of printed.split(' '))
          expect(words.has(w) || w.endsWith('…') || /[.]$/.test(w), `${m.code} ${lang} “${w}”`).toBe(true);
      }
      if (p.textQr) expect(e.kind).toBe('relic');
      if (e.kind !== 'relic' || !s.site.plaque.textQr) expect(p.textQr, m.code).toBeNull();
    }
  });

  it('prints each PDF on the paper of site.yaml, bleed and crop marks outside the trim, tagged subset fonts, an output intent, the title as text', async () => {
    const trim = trimSize(s.site.plaque);
    const bleed = s.site.plaque.bleed ? BLEED_MM : 0;
    const media = s.site.plaque.bleed ? BLEED_MM + SLUG_MM : 0;
    for (const m of manifest) {
      const pdf = file(m.files.pdf);
      const info = await run('pdfinfo', ['-box', pdf]);
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      expect([mm(Number(w)), mm(Number(h))], m.code).toEqual([trim.width + 2 * media, trim.height + 2 * media]);
      const boxOf = (name: string): number[] =>
        new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info)!.slice(1).map(Number);
      const [box, bled] = [boxOf('TrimBox'), boxOf('BleedBox')];
      expect([mm(box[2]! - box[0]!), mm(box[3]! - box[1]!)], m.code).toEqual([trim.width, trim.height]);
      expect([mm(bled[2]! - bled[0]!), mm(bled[3]! - bled[1]!)], m.code).toEqual([trim.width + 2 * bleed, trim.height + 2 * bleed]);
      expect(info, m.code).toMatch(/PDF subtype:\s+PDF\/X-4/);
      const fonts = await run('pdffonts', [pdf]);
      expect(fonts).toMatch(/^[A-Z]{6}\+BeVietnamPro-Bold\s+CID TrueType\s+Identity-H\s+yes yes/m);
      expect(fonts).not.toMatch(/^BeVietnamPro/m); // every font a tagged subset
      // subset fonts (a full face alone is ~150 KB) beside the 49 KB output-intent profile
      expect(readFileSync(pdf).length, m.code).toBeLessThan(110_000);
      expect((await run('pdftotext', [pdf, '-'])).normalize('NFC').replace(/\s+/g, ' '), m.code).toContain(m.title.vi);
    }
  });

  it('writes each shared PNG at 150 dpi (its resolution in the file), trimmed to the paper', async () => {
    expect(PNG_DPI).toBe(150);
    const width = Math.round((trimSize(s.site.plaque).width * PNG_DPI) / 25.4);
    for (const m of manifest) {
      const meta = await sharp(file(m.files.png)).metadata();
      expect([meta.density, meta.width], m.code).toEqual([PNG_DPI, width]);
    }
  });

  it('makes a batch PDF and a trail poster for each area with plaques or relics, and none for an empty area', () => {
    for (const area of s.site.areas) {
      expect(s.exists(`plaques/area-${area.id}.pdf`), area.id).toBe(manifest.some((m) => m.area === area.id));
      expect(s.exists(`posters/trail-${area.id}.pdf`), area.id).toBe(manifest.some((m) => m.area === area.id && m.kind === 'relic'));
    }
  });

  it('scans, page by page, every code of the batch PDFs, the sticker sheet and the posters', async () => {
    for (const area of new Set(manifest.map((m) => m.area))) {
      const inArea = manifest.filter((m) => m.area === area);
      const info = await run('pdfinfo', [join(s.dir, `plaques/area-${area}.pdf`)]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1]), area).toBe(inArea.length); // one plaque a page
      expect(await pdfCodes(`plaques/area-${area}.pdf`, 72), area).toEqual(urls(inArea));
      const relics = inArea.filter((m) => m.kind === 'relic');
      const stops = inArea.filter((m) => m.kind === 'relic' || m.kind === 'homestay');
      if (relics.length) expect(await pdfCodes(`posters/trail-${area}.pdf`, 150), `trail ${area}`).toEqual(urls(stops));
    }
    expect(await pdfCodes('plaques/stickers.pdf', 150)).toEqual(urls(manifest));
    for (const team of s.entries.filter((e) => e.kind === 'team')) {
      expect(await pdfCodes(`posters/team-${team.slug}.pdf`, 72), team.slug).toEqual([qrUrl(s.site.baseUrl, team.data.code)]);
    }
  });

  it('decodes each guide sheet, every PDF page and the PNG, to the guide’s code, linked from the guide’s pages and the print page', async (ctx) => {
    const guides = s.entries.filter((e) => e.kind === 'guide');
    if (!guides.length) return ctx.skip('this site has no guides');
    for (const g of guides) {
      const url = qrUrl(s.site.baseUrl, g.data.code);
      const pdf = `sheets/${g.data.code}.pdf`;
      const pages = Number(/Pages:\s+(\d+)/.exec(await run('pdfinfo', [join(s.dir, pdf)]))![1]);
      expect(await codesAt(pdf, 100), g.slug).toEqual(Array.from({ length: pages }, () => url));
      expect(await zbar(join(s.dir, `sheets/${g.data.code}.png`)), g.slug).toEqual([url]);
      for (const lang of LANGS) expect(s.read(s.entryPath(g, lang)), g.slug).toContain(`href="${s.base}${pdf}"`);
      for (const lang of LANGS) expect(s.read(s.path({ page: 'print' }, lang)), g.slug).toContain(`href="${s.base}${pdf}"`);
    }
  });

  it('lists each area relic and place to stay on its heritage-trail poster, in Vietnamese and English', async () => {
    for (const area of new Set(manifest.filter((m) => m.kind === 'relic').map((m) => m.area))) {
      const text = (await run('pdftotext', [join(s.dir, `posters/trail-${area}.pdf`), '-'])).normalize('NFC').replace(/\s+/g, ' ');
      for (const m of manifest.filter((x) => x.area === area && x.kind === 'relic')) {
        expect(text).toContain(m.title.vi);
        expect(text).toContain(m.title.en); // visitors read the trail too
      }
      // Places to stay are stops too, named as such (a crowded row may shorten their English name).
      for (const m of manifest.filter((x) => x.area === area && x.kind === 'homestay')) expect(text).toContain(m.title.vi);
    }
  });

  it('links every print file from the print pages, and warns there of each plaque too small for its distance', () => {
    const small = plaques.filter((e) => plaqueFor(s.site, e).warning !== null).length;
    for (const lang of LANGS) {
      const html = s.read(s.path({ page: 'print' }, lang));
      const links = [...html.matchAll(/(?:href|src)="([^"]*\/(?:plaques|posters)\/[^"]+)"/g)].map((x) => x[1]!);
      for (const m of manifest) expect(links, m.code).toEqual(expect.arrayContaining([m.files.pdf, m.files.png, m.files.svg]));
      const posters = [
        ...s.entries.filter((e) => e.kind === 'team').map((e) => `team-${e.slug}`),
        ...new Set(manifest.filter((m) => m.kind === 'relic').map((m) => `trail-${m.area}`)),
      ];
      for (const p of posters) expect(links, p).toEqual(expect.arrayContaining([`${s.base}posters/${p}.pdf`, `${s.base}posters/${p}.svg`]));
      for (const l of links) expect(s.exists(s.fileOf(l)), l).toBe(true);
      const note = useT(lang)('print.tooSmall', { distance: s.site.plaque.scanDistance });
      expect(html.split(note).length - 1, lang).toBe(small);
    }
  });
});
