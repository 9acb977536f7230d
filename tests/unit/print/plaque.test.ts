import { describe, expect, it } from 'vitest';
import { face, textWidth } from '../../../src/lib/print/font.ts';
import { qrWidth, textLeft } from '../../../src/lib/print/layout.ts';
import { toSvg } from '../../../src/lib/print/render/svg.ts';
import { plaqueLayout, trimSize, type PlaqueData, type PlaqueSettings } from '../../../src/lib/print/plaque.ts';
import { stickerSheets } from '../../../src/lib/print/sheet.ts';
import { readableSize } from '../../../src/lib/print/plaque-words.ts';
import { expectClean } from './boxes.ts';

const data: PlaqueData = {
  url: 'HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/',
  short: 'langso.example.vn/q/dt01',
  title: { vi: 'Đền Chu Văn An', en: 'Chu Van An Temple' },
  text: {
    vi: 'Nơi thờ thầy giáo Chu Văn An, người thầy của muôn đời, trên núi Phượng Hoàng, giữa rừng thông. Lễ giỗ thầy ngày 25 tháng 11 âm lịch.',
    en: 'Shrine of the teacher Chu Van An on Phuong Hoang hill, among the pines. His memorial day is the 25th of the 11th lunar month.',
  },
  area: 'Phường Chu Văn An',
  site: 'Làng Số',
  textQr: true,
};
const a5: PlaqueSettings = { size: 'A5', orientation: 'portrait', bleed: true, scanDistance: 1, errorCorrection: 'H', textQr: true };

describe('plaque layout', () => {
  it('sizes paper by name or in mm, turned for landscape', () => {
    expect(trimSize(a5)).toEqual({ width: 148, height: 210 });
    expect(trimSize({ ...a5, size: 'A4', orientation: 'landscape' })).toEqual({ width: 297, height: 210 });
    expect(trimSize({ ...a5, size: { width: 300, height: 200 } })).toEqual({ width: 200, height: 300 });
  });

  it('fits a code wide enough for 1 m on A5 and warns, in both languages, for 3 m', () => {
    const p = plaqueLayout(data, a5);
    expect(p.version).toBe(3);
    expect(p.moduleMm * 29).toBeGreaterThanOrEqual(100);
    expect(p.warning).toBeNull();
    const far = plaqueLayout(data, { ...a5, scanDistance: 3 });
    expect(far.warning).toMatch(/quá nhỏ để quét từ 3 m.*plaque\.size[\s\S]*too small to scan from 3 m/);
  });

  it.each([
    ['A6 portrait with bleed', { ...a5, size: 'A6' }],
    ['A5 portrait', { ...a5, bleed: false }],
    ['A4 portrait', { ...a5, size: 'A4' }],
    ['A5 landscape', { ...a5, orientation: 'landscape' }],
    ['100 × 150 mm landscape', { ...a5, size: { width: 100, height: 150 }, orientation: 'landscape' }],
  ] as [string, PlaqueSettings][])('keeps every text and the code, quiet zone included, inside the trim and apart on %s', (_, settings) => {
    const { layout } = plaqueLayout(data, settings);
    expect([layout.width, layout.height]).toEqual(Object.values(trimSize(settings)));
    expect(layout.bleed).toBe(settings.bleed ? 3 : 0);
    expect(layout.codes.length).toBeGreaterThanOrEqual(1);
    // Nothing in any code's 4-module quiet zone, the text QR's included.
    expectClean(layout);
  });

  it.each([
    ['A4 portrait at 1 m', { ...a5, size: 'A4' }],
    ['A5 portrait at 0.7 m', { ...a5, scanDistance: 0.7 }],
  ] as [string, PlaqueSettings][])('prints both texts whole and a text QR well apart from the URL code on %s', (_, settings) => {
    const p = plaqueLayout(data, settings);
    expect(p.printed.vi).toEqual({ text: data.text.vi, whole: true });
    expect(p.printed.en).toEqual({ text: data.text.en, whole: true });
    expect(p.warning).toBeNull();
    const [url, text] = p.layout.codes;
    expect(text).toBeDefined();
    expect(p.textQr!.text).toContain(data.title.vi);
    expect(p.textQr!.text).toContain(data.text.en);
    expect(p.textQr!.moduleMm).toBeGreaterThanOrEqual(0.65);
    expect(qrWidth(text!)).toBeLessThan(qrWidth(url!) * 0.6);
    // Apart by more than both quiet zones: a label line sits between them.
    expect(url!.y - (text!.y + qrWidth(text!))).toBeGreaterThan(10);
    const label = p.layout.texts.map((t) => t.text).join(' ');
    expect(label).toContain('Không có mạng? Quét mã này No signal? Scan this');
  });

  it('on A5 at 1 m keeps the code the distance asks for and prints whole words, an ellipsis only at a cut', () => {
    const p = plaqueLayout(data, a5);
    expect(p.moduleMm).toBeGreaterThanOrEqual(3.45);
    expect(p.printed.vi.whole).toBe(false);
    const words = new Set(`${data.text.vi} ${data.text.en}`.split(' '));
    const body = p.layout.texts.filter((t) => t.weight === 'regular' && t.size === readableSize());
    expect(body.length).toBeGreaterThan(0);
    for (const t of body)
      for (const w of t.text.replace(/…$/, '').split(' ')) expect(words.has(w) || words.has(`${w},`) || words.has(`${w}.`), w).toBe(true);
    expect(body.at(-1)!.text.endsWith('…')).toBe(true);
  });

  it('never prints the Vietnamese title twice for an untranslated entry', () => {
    const vi = { ...data, title: { vi: 'Đình Thúy Lâm' }, text: { vi: 'Đình làng thờ Thành hoàng.' } };
    const { layout } = plaqueLayout(vi, { ...a5, size: 'A4' });
    expect(layout.texts.filter((t) => t.text === 'Đình Thúy Lâm')).toHaveLength(1);
  });

  it('leaves the text QR off where the plaque has none (a product, or site.yaml textQr: false)', () => {
    expect(plaqueLayout(data, { ...a5, size: 'A4', textQr: true }).layout.codes).toHaveLength(2);
    expect(plaqueLayout({ ...data, textQr: false }, { ...a5, size: 'A4' }).layout.codes).toHaveLength(1);
  });

  it('draws text as outlines, never as <text>, sized in mm with the bleed outside', () => {
    const svg = toSvg(plaqueLayout(data, a5).layout);
    expect(svg).toContain('width="154mm" height="216mm" viewBox="-3 -3 154 216"');
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(50);
  });

  it('puts thirteen stickers on one A4 page of 3 × 5 with cut lines, not a page of 12 and a page of 1', () => {
    const pages = stickerSheets(
      Array.from({ length: 13 }, () => data),
      'H',
    );
    expect(pages.length).toBe(1);
    expect(pages[0]!.codes.length).toBe(13);
    expect(pages[0]!.lines.length).toBe(2 + 4);
  });

  it('sets a landscape plaque side by side: a larger code than stacking would give, nothing overlapping', () => {
    const long = { ...data, title: { ...data.title, vi: 'Tổ công nghệ số cộng đồng khu dân cư Phượng Hoàng' } };
    const p = plaqueLayout(long, { ...a5, orientation: 'landscape' });
    const { layout } = p;
    expect([layout.width, layout.height]).toEqual([210, 148]);
    expect(p.moduleMm).toBeGreaterThanOrEqual(3); // stacked on the same paper: 2.15 mm
    const code = layout.codes[0]!;
    const box = { x1: code.x, y1: code.y, x2: code.x + qrWidth(code), y2: code.y + qrWidth(code) };
    expect(box.x2).toBeLessThanOrEqual(layout.width);
    expect(box.y2).toBeLessThanOrEqual(layout.height);
    for (const t of layout.texts) {
      const left = textLeft(t);
      const right = left + textWidth(face(t.weight), t.text, t.size);
      expect(left, t.text).toBeGreaterThanOrEqual(0);
      expect(right, t.text).toBeLessThanOrEqual(layout.width);
      expect(t.y, t.text).toBeLessThanOrEqual(layout.height);
      const beside = right <= box.x1 || left >= box.x2;
      const aboveOrBelow = t.y <= box.y1 || t.y - t.size * 0.8 >= box.y2;
      expect(beside || aboveOrBelow, t.text).toBe(true);
    }
    const title = layout.texts.filter((t) => t.weight === 'bold' && t.x < box.x1 && t.y < box.y2 / 2).map((t) => t.text);
    expect(title.join(' ')).toBe(long.title.vi); // wrapped, never cut
  });
});
