/**
 * Plaques end to end on the built sample site: every plaque decodes, from each of its three files,
 * to exactly the URL the manifest promises; PDFs have the right size, an embedded font and the
 * Vietnamese title as text; batch PDFs hold every plaque of their area.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManifestItem } from '../../../src/lib/print/catalogue.ts';
import { publishedPhone } from '../../../src/lib/people/consent.ts';
import type { TeamEntry } from '../../../src/lib/content/entries.ts';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { formatDomestic } from '../../../src/lib/people/phone.ts';
import { ROOT, outDir } from '../../support/sites.ts';

const run = async (cmd: string, args: string[]): Promise<string> => (await promisify(execFile)(cmd, args, { maxBuffer: 32 << 20 })).stdout;
const site = outDir('sample');
const built = (path: string): string => join(site, path.replace(/^\//, ''));
const manifest = JSON.parse(readFileSync(built('plaques/manifest.json'), 'utf8')) as ManifestItem[];
const tmp = mkdtempSync(join(tmpdir(), 'langso-plaques-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** zbarimg's decoded texts for one image. */
const zbar = async (png: string): Promise<string[]> =>
  (await run('zbarimg', ['-q', '--raw', png]).catch(() => '')).split('\n').filter(Boolean);

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

/** Decodes one plaque from its png, its pdf (rendered by poppler) and its svg (rasterised by sharp). */
async function decodeAll(item: ManifestItem): Promise<string[][]> {
  const base = join(tmp, item.code);
  await run('pdftoppm', ['-r', '100', '-png', '-singlefile', built(item.files.pdf), `${base}-pdf`]);
  await sharp(readFileSync(built(item.files.svg)), { density: 100 })
    .flatten({ background: '#fff' })
    .png()
    .toFile(`${base}-svg.png`);
  return Promise.all([zbar(built(item.files.png)), zbar(`${base}-pdf.png`), zbar(`${base}-svg.png`)]);
}

describe('plaques of the sample site', { timeout: 120_000 }, () => {
  it('lists one complete manifest item per relic and product, files under the base', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(10);
    expect(new Set(manifest.map((m) => m.code)).size).toBe(manifest.length);
    for (const m of manifest) {
      expect(m.url).toBe(`HTTPS://LANGSO.EXAMPLE.VN/Q/${m.code.toUpperCase()}/`);
      expect(['relic', 'product']).toContain(m.kind);
      expect(m.title.vi).toBe(m.title.vi.normalize('NFC'));
      expect(m.title.en.length).toBeGreaterThan(0);
      for (const f of Object.values(m.files)) expect(existsSync(built(f)), f).toBe(true);
    }
  });

  it('decodes every plaque, from png, pdf and svg, to exactly the manifest URL', async () => {
    const results = await pool(manifest, 4, decodeAll);
    manifest.forEach((m, i) => expect(results[i], m.code).toEqual([[m.url], [m.url], [m.url]]));
  });

  it('prints A5 with 3 mm bleed, the font embedded, the Vietnamese title extractable', async () => {
    const m = manifest.find((x) => /[ăâđêôơư]/i.test(x.title.vi))!;
    const pdf = built(m.files.pdf);
    const info = await run('pdfinfo', ['-box', pdf]);
    const mm = (pts: string): number => Math.round((Number(pts) * 25.4) / 72);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect([mm(w!), mm(h!)]).toEqual([154, 216]);
    const trim = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect([mm(String(trim[2]! - trim[0]!)), mm(String(trim[3]! - trim[1]!))]).toEqual([148, 210]);
    const fonts = await run('pdffonts', [pdf]);
    expect(fonts).toMatch(/BeVietnamPro-Bold\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(readFileSync(pdf).length).toBeLessThan(60_000); // subset: a full face alone is ~150 KB
    expect((await run('pdftotext', [pdf, '-'])).normalize('NFC')).toContain(m.title.vi);
  });

  it('puts every plaque of an area, one a page, in its batch PDF', async () => {
    for (const area of new Set(manifest.map((m) => m.area))) {
      const info = await run('pdfinfo', [built(`plaques/area-${area}.pdf`)]);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1]), area).toBe(manifest.filter((m) => m.area === area).length);
    }
  });

  it('scans, page by page, every code of the batch PDFs, the sticker sheet and the posters', async () => {
    /** Every code zbarimg finds on every page of a PDF rendered at `dpi`. */
    const pdfCodes = async (file: string, dpi: number): Promise<string[]> => {
      const prefix = join(tmp, file.replace(/\W/g, '_'));
      await run('pdftoppm', ['-r', String(dpi), '-png', built(file), prefix]);
      const pages = readdirSync(tmp).filter((f) => f.startsWith(basename(prefix)) && f.endsWith('.png'));
      return (await Promise.all(pages.map((f) => zbar(join(tmp, f))))).flat().sort();
    };
    const urls = (items: ManifestItem[]): string[] => items.map((m) => m.url).sort();
    for (const area of new Set(manifest.map((m) => m.area))) {
      expect(await pdfCodes(`plaques/area-${area}.pdf`, 72), area).toEqual(urls(manifest.filter((m) => m.area === area)));
      const relics = manifest.filter((m) => m.area === area && m.kind === 'relic');
      expect(await pdfCodes(`posters/trail-${area}.pdf`, 150), `trail ${area}`).toEqual(urls(relics));
    }
    expect(await pdfCodes('plaques/stickers.pdf', 150)).toEqual(urls(manifest));
    const teams = checkSite(ROOT, join(ROOT, 'content')).entries.filter((e): e is TeamEntry => e.kind === 'team');
    for (const team of teams) {
      expect(await pdfCodes(`posters/team-${team.slug}.pdf`, 72), team.slug).toEqual([
        `HTTPS://LANGSO.EXAMPLE.VN/Q/${team.data.code.toUpperCase()}/`,
      ]);
    }
  });

  it('writes the PNG at 300 dpi', async () => {
    const meta = await sharp(built(manifest[0]!.files.png)).metadata();
    expect(meta.density).toBe(300);
    expect(meta.width).toBe(Math.round((148 * 300) / 25.4));
  });

  it('prints only the phones whose owners consented to print on team posters', async () => {
    const teams = checkSite(ROOT, join(ROOT, 'content')).entries.filter((e): e is TeamEntry => e.kind === 'team');
    let withheld = 0;
    for (const team of teams) {
      // Lines may wrap on the poster: compare with runs of white space made one space.
      const text = (await run('pdftotext', [built(`posters/team-${team.slug}.pdf`), '-'])).normalize('NFC').replace(/\s+/g, ' ');
      expect(text).toContain(team.data.title.normalize('NFC'));
      for (const m of team.data.members.filter((x) => x.phone)) {
        const shown = text.includes(formatDomestic(m.phone!));
        expect(shown, `${team.slug} ${m.name}`).toBe(publishedPhone(m, 'print') !== null);
        if (!shown) withheld++;
      }
    }
    expect(withheld).toBeGreaterThan(0); // the sample has web-only consents: the check must bite
  });

  it('lists each area relic on its heritage-trail poster, in Vietnamese and English', async () => {
    for (const area of new Set(manifest.map((m) => m.area))) {
      const text = (await run('pdftotext', [built(`posters/trail-${area}.pdf`), '-'])).normalize('NFC').replace(/\s+/g, ' ');
      for (const m of manifest.filter((x) => x.area === area && x.kind === 'relic')) {
        expect(text).toContain(m.title.vi);
        expect(text).toContain(m.title.en); // visitors read the trail too
      }
    }
  });
});

describe('plaques of a site under a sub-path', () => {
  const basic = outDir('basic');
  const items = JSON.parse(readFileSync(join(basic, 'plaques/manifest.json'), 'utf8')) as ManifestItem[];

  it('follows the site settings: a custom plaque size in mm, A3 posters', async () => {
    const mm = async (pdf: string): Promise<number[]> => {
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(await run('pdfinfo', [pdf]))!;
      return [w!, h!].map((pts) => Math.round((Number(pts) * 25.4) / 72));
    };
    expect(await mm(join(basic, items[0]!.files.pdf.replace('/lang-thu/', '')))).toEqual([150, 100]);
    expect(await mm(join(basic, 'posters/team-to-thu.pdf'))).toEqual([297, 420]);
    expect(await zbar(join(basic, items[0]!.files.png.replace('/lang-thu/', '')))).toEqual([items[0]!.url]);
    // 100 mm of height is small for 1 m: the print page says so in its language (the sample's A5 is not).
    expect(readFileSync(join(basic, 'in-an/index.html'), 'utf8')).toContain('hơi nhỏ để quét từ 1 m');
    expect(readFileSync(join(basic, 'en/print/index.html'), 'utf8')).toContain('small for scanning from 1 m');
    expect(readFileSync(built('in-an/index.html'), 'utf8')).not.toContain('hơi nhỏ');
  });

  it('makes no empty batch PDF or trail poster for an area without entries', () => {
    expect(existsSync(join(basic, 'plaques/area-xa-thu.pdf'))).toBe(true);
    expect(existsSync(join(basic, 'plaques/area-xa-trong.pdf'))).toBe(false);
    expect(existsSync(join(basic, 'posters/trail-xa-trong.pdf'))).toBe(false);
    expect(readFileSync(join(basic, 'in-an/index.html'), 'utf8')).not.toContain('xa-trong');
  });

  it('keeps the QR URL lower case and every file under the base, and links them from the print pages', async () => {
    expect(items.length).toBeGreaterThan(0);
    for (const m of items) {
      expect(m.url).toBe(`https://example.github.io/lang-thu/q/${m.code}/`);
      for (const f of Object.values(m.files)) expect(f.startsWith('/lang-thu/plaques/')).toBe(true);
      expect(await zbar(join(basic, m.files.png.replace('/lang-thu/', '')))).toEqual([m.url]);
    }
    for (const page of ['in-an/index.html', 'en/print/index.html']) {
      const html = readFileSync(join(basic, page), 'utf8');
      const links = [...html.matchAll(/(?:href|src)="(\/lang-thu\/(?:plaques|posters)\/[^"]+)"/g)].map((x) => x[1]!);
      expect(links).toContain(items[0]!.files.pdf);
      for (const l of links) expect(existsSync(join(basic, l.replace('/lang-thu/', ''))), l).toBe(true);
    }
  });
});
