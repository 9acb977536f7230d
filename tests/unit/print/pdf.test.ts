/**
 * The print master as a strict print shop's preflight reads it: page boxes nested MediaBox ⊃
 * BleedBox ⊃ TrimBox with the crop marks between the bleed and the media edge, fonts embedded as
 * subset-tagged names, a PDF/X output intent carrying its ICC profile, 100 % K, real text.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/lib/print/layout.ts';
import { qrMatrix } from '../../../src/lib/print/qr.ts';
import { toPdf } from '../../../src/lib/print/render/pdf.ts';
import { iccHeader, iccTags } from '../../../src/lib/print/render/icc.ts';
import { outputProfile } from '../../../src/lib/print/render/pdf-x.ts';
import { BLEED_MM, PT } from '../../../src/lib/print/units.ts';

const tmp = mkdtempSync(join(tmpdir(), 'langso-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plaque = (bleed: number, title = 'Đền Kiếp Bạc'): Layout => ({
  width: 148,
  height: 210,
  bleed,
  texts: [
    { text: title, x: 74, y: 20, size: 9, weight: 'bold', anchor: 'middle' },
    { text: 'Kiep Bac Temple, where Trần Hưng Đạo is worshipped', x: 10, y: 32, size: 4.2, weight: 'regular', anchor: 'start' },
  ],
  codes: [{ matrix: qrMatrix('HTTPS://LANGSO.EXAMPLE.VN/Q/DT03/'), x: 24, y: 50, module: 2.5 }],
  lines: [],
});

/** Writes a PDF to the temporary folder and gives its path. */
async function write(name: string, layouts: Layout[]): Promise<string> {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, await toPdf(layouts, 'Đền Kiếp Bạc'));
  return file;
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box): boolean => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const mm = (pt: number): number => Math.round((pt / PT) * 100) / 100;

/** Every page content stream of a PDF, decoded. */
async function contents(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  return doc
    .getPages()
    .flatMap((p) => {
      const c = p.node.Contents();
      const refs = c instanceof PDFArray ? c.asArray() : [c];
      return refs.map((r) => doc.context.lookup(r) as PDFRawStream);
    })
    .map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s).decode()))
    .join('\n');
}

describe('print-shop PDF', () => {
  it('nests MediaBox ⊃ BleedBox ⊃ TrimBox: the trim is the finished size, 3 mm of bleed, room for marks beyond', async () => {
    const doc = await PDFDocument.load(await toPdf([plaque(BLEED_MM)], 'x'));
    const page = doc.getPage(0);
    const [media, bleed, trim] = [page.getMediaBox(), page.getBleedBox(), page.getTrimBox()];
    expect([mm(trim.width), mm(trim.height)]).toEqual([148, 210]);
    expect([mm(bleed.width - trim.width), mm(trim.x - bleed.x), mm(trim.y - bleed.y)]).toEqual([6, 3, 3]);
    expect(inside(trim, bleed) && inside(bleed, media)).toBe(true);
    expect(mm(bleed.x - media.x)).toBeGreaterThanOrEqual(5); // marks need room outside the bleed
  });

  it('draws the crop marks outside the bleed: nothing in the bleed, a mark at each corner beyond it', async () => {
    const file = await write('marks', [plaque(BLEED_MM)]);
    const doc = await PDFDocument.load(execFileSync('cat', [file]));
    const [media, bleed, trim] = [doc.getPage(0).getMediaBox(), doc.getPage(0).getBleedBox(), doc.getPage(0).getTrimBox()];
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', file, join(tmp, 'marks')], { stdio: 'ignore' });
    const { data, info } = await sharp(join(tmp, 'marks.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
    const k = info.width / media.width; // pixels a point; image y runs down
    const dark = (x: number, y: number): boolean => data[Math.floor((media.height - y) * k) * info.width + Math.floor(x * k)]! < 128;
    const ring = { marks: 0, bleed: 0 };
    for (let y = 0.5; y < media.height; y += 0.5)
      for (let x = 0.5; x < media.width; x += 0.5) {
        if (inside({ x, y, width: 0, height: 0 }, trim) || !dark(x, y)) continue;
        if (inside({ x, y, width: 0, height: 0 }, bleed)) ring.bleed++;
        else ring.marks++;
      }
    expect(ring.bleed).toBe(0);
    // Eight marks of ~5 mm, sampled every half point.
    expect(ring.marks).toBeGreaterThan(8 * 20);
    // Each mark lies on the line of a trim edge.
    const marks = (await contents(execFileSync('cat', [file]))).match(/[\d.]+ [\d.]+ m\n[\d.]+ [\d.]+ l/g)!;
    expect(marks.length).toBe(8);
    for (const m of marks) {
      const [x1, y1, x2, y2] = m.match(/[\d.]+/g)!.map(Number) as [number, number, number, number];
      const p = [
        { x: x1, y: y1, width: 0, height: 0 },
        { x: x2, y: y2, width: 0, height: 0 },
      ];
      for (const q of p) expect(!inside(q, bleed) && inside(q, media), m).toBe(true);
      const onEdge = (v: number, a: number, b: number): boolean => Math.abs(v - a) < 0.01 || Math.abs(v - b) < 0.01;
      expect(x1 === x2 ? onEdge(x1, trim.x, trim.x + trim.width) : onEdge(y1, trim.y, trim.y + trim.height), m).toBe(true);
    }
  });

  it('keeps an unbled page to the trim, with no marks', async () => {
    const bytes = await toPdf([plaque(0)], 'x');
    const page = (await PDFDocument.load(bytes)).getPage(0);
    expect(page.getMediaBox()).toEqual(page.getTrimBox());
    expect(await contents(bytes)).not.toMatch(/ m\n[\d.]+ [\d.]+ l/);
  });

  it('names each font a tagged subset (pdffonts: ABCDEF+BeVietnamPro-…, emb yes, sub yes), the tag following the subset', async () => {
    const fonts = (file: string): string[] =>
      execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .slice(2)
        .filter(Boolean);
    const a = fonts(await write('a', [plaque(BLEED_MM)]));
    expect(a.length).toBe(2);
    for (const line of a) expect(line).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Bold|Regular)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const tags = (lines: string[]): string[] => lines.map((l) => l.slice(0, 6)).sort();
    expect(tags(fonts(await write('a2', [plaque(BLEED_MM)])))).toEqual(tags(a)); // same subset, same tag
    const b = fonts(await write('b', [plaque(BLEED_MM, 'Đền Chu Văn An')]));
    const bold = (lines: string[]): string => lines.find((l) => l.includes('Bold'))!.slice(0, 6);
    expect(bold(b)).not.toBe(bold(a)); // other letters in the bold title
  });

  it('carries a PDF/X output intent with its ICC profile, PDF/X-4 in info and XMP, a file ID and a 1.6 header', async () => {
    const bytes = await toPdf([plaque(BLEED_MM)], 'Đền Kiếp Bạc');
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.6');
    const doc = await PDFDocument.load(bytes);
    const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFX'));
    const text = (key: string): string => (intent.lookup(PDFName.of(key)) as PDFString | PDFHexString).decodeText();
    expect(text('OutputConditionIdentifier')).toBe('Custom'); // no registered condition: described by Info and the profile
    expect(text('OutputCondition')).toBe('Chemical proof — Argyll CMS generic CMYK, public domain');
    expect(text('Info')).toContain('public domain');
    expect(intent.has(PDFName.of('RegistryName'))).toBe(false);
    const stream = intent.lookup(PDFName.of('DestOutputProfile')) as PDFRawStream;
    expect(stream.dict.get(PDFName.of('N'))).toEqual(doc.context.obj(4));
    const icc = decodePDFRawStream(stream).decode();
    expect(icc).toEqual(outputProfile());
    // ISO 15930-7: an output (printer) profile, CMYK like the pages, with the tables a preflight checks
    expect(iccHeader(icc)).toMatchObject({ deviceClass: 'prtr', colourSpace: 'CMYK', pcs: 'Lab ', size: icc.length });
    expect(iccTags(icc).map((t) => t.sig)).toEqual(expect.arrayContaining(['A2B0', 'B2A0', 'gamt']));
    const file = join(tmp, 'x.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(info).toMatch(/PDF subtype:\s+PDF\/X-4/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    expect(doc.context.trailerInfo.ID).toBeDefined();
    // poppler renders DeviceCMYK through the intent's profile with its own lcms: it must take it
    const render = spawnSync('pdftoppm', ['-r', '20', '-png', file, join(tmp, 'x')], { encoding: 'utf8' });
    expect(render.status).toBe(0);
    expect(render.stderr).not.toMatch(/transform|link the profiles|ICC/i);
  });

  it('sets text and codes in 100 % K only, as real text that pdftotext reads back', async () => {
    const bytes = await toPdf([plaque(BLEED_MM)], 'x');
    const colours = (await contents(bytes)).match(/[\d.]+ [\d.]+ [\d.]+ [\d.]+ [kK]\b/g)!;
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) expect(c).toMatch(/^0 0 0 1 [kK]$/);
    expect(await contents(bytes)).not.toMatch(/\b(rg|RG|g|G|sc|scn|cs)\n/);
    const file = join(tmp, 'text.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).normalize('NFC');
    expect(text).toContain('Đền Kiếp Bạc');
    expect(text).toContain('Kiep Bac Temple, where Trần Hưng Đạo is worshipped');
  });
});
