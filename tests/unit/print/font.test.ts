/**
 * The plaque font must print every Vietnamese letter, stacked marks included, from the font file
 * to the subset embedded in a PDF (Noto Sans with pdf-lib's subsetting silently lost letters).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { face, missingChars, printable } from '../../../src/lib/print/font.ts';
import { toSvg } from '../../../src/lib/print/render/svg.ts';
import { toPdf } from '../../../src/lib/print/render/pdf.ts';
import sharp from 'sharp';

/** Every letter of the Vietnamese alphabet with every tone mark, lower and upper case (NFC). */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const lower = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ', ...'bcdghklmnpqrstvx'];
const ALL = [...lower, ...lower.map((c) => c.toUpperCase())];
/** Dark pixels of an image (PNG bytes or an SVG). */
async function ink(image: Buffer): Promise<number> {
  const { data } = await sharp(image).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.reduce((n, v) => n + (v < 128 ? 1 : 0), 0);
}
const tmp = mkdtempSync(join(tmpdir(), 'langso-font-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('plaque font', () => {
  it('has a glyph for each of the 178 Vietnamese letters in both weights', () => {
    expect(ALL.every((c) => c.length === 1)).toBe(true); // precomposed: one code point each
    expect(ALL.length).toBe(178);
    for (const weight of ['regular', 'bold'] as const) {
      const missing = ALL.filter((c) => !face(weight).font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, weight).toEqual([]);
    }
  });

  it('keeps every letter through subsetting: the PDF prints as much ink as the outlines, and reads back', async () => {
    const line = (from: number) => ALL.slice(from, from + 30).join('');
    const texts = [0, 30, 60, 90, 120, 150].map((from, i) => ({
      text: line(from),
      x: 10,
      y: 20 + i * 12,
      size: 6,
      weight: i % 2 ? ('bold' as const) : ('regular' as const),
      anchor: 'start' as const,
    }));
    const layout = { width: 210, height: 297, bleed: 0, texts, codes: [], lines: [] };
    const pdf = join(tmp, 'letters.pdf');
    writeFileSync(pdf, await toPdf([layout], 'Chữ'));
    const read = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const t of texts) expect(read).toContain(t.text);
    // A glyph lost in subsetting still extracts as text but prints blank: compare ink with the SVG outlines.
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', '-singlefile', pdf, join(tmp, 'pdf')]);
    const px = { width: Math.round((210 * 100) / 25.4), height: Math.round((297 * 100) / 25.4) };
    const fromPdf = await ink(await sharp(join(tmp, 'pdf.png')).toBuffer());
    const fromSvg = await ink(Buffer.from(toSvg(layout, px)));
    expect(fromPdf / fromSvg).toBeGreaterThan(0.97);
    expect(fromPdf / fromSvg).toBeLessThan(1.03);
  });

  it('names the characters it cannot print, and leaves them out of a plaque', () => {
    expect(missingChars('Văn Miếu (文廟) 🙂 Đ')).toEqual(['文', '廟', '🙂']);
    expect(missingChars(ALL.join(' '))).toEqual([]);
    expect(printable('Văn Miếu (文廟) 🙂')).toBe('Văn Miếu');
    expect(printable('Đền Chu Văn An')).toBe('Đền Chu Văn An');
  });

  it('prints no box in any print file: the renderers leave such characters out', async () => {
    const texts = [{ text: 'Đình Thúy Lâm (廟) 🙂', x: 10, y: 20, size: 8, weight: 'bold' as const, anchor: 'start' as const }];
    const layout = { width: 100, height: 50, bleed: 0, texts, codes: [], lines: [] };
    const pdf = join(tmp, 'boxes.pdf');
    writeFileSync(pdf, await toPdf([layout], 'x'));
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').trim()).toBe('Đình Thúy Lâm');
    const plain = toSvg({ ...layout, texts: [{ ...texts[0]!, text: 'Đình Thúy Lâm' }] });
    expect(toSvg(layout)).toBe(plain);
  });
});
