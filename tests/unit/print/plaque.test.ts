import { describe, expect, it } from 'vitest';
import { face, textWidth } from '../../../src/lib/print/font.ts';
import { qrWidth, textLeft } from '../../../src/lib/print/layout.ts';
import { toSvg } from '../../../src/lib/print/render/svg.ts';
import { plaqueLayout, trimSize, type PlaqueSettings } from '../../../src/lib/print/plaque.ts';
import { stickerSheets } from '../../../src/lib/print/sheet.ts';
import { expectClean } from './boxes.ts';

const data = {
  url: 'HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/',
  short: 'langso.example.vn/q/dt01',
  title: { vi: 'Đền Chu Văn An', en: 'Chu Van An Temple' },
  summary: 'Nơi thờ thầy giáo Chu Văn An, người thầy của muôn đời, trên núi Phượng Hoàng, giữa rừng thông.',
  area: 'Phường Chu Văn An',
  site: 'Làng Số',
};
const a5: PlaqueSettings = { size: 'A5', orientation: 'portrait', bleed: true, scanDistance: 1, errorCorrection: 'H' };

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
    expect(layout.codes).toHaveLength(1);
    // The invitation above the code and the short URL below it sit in the outer part of its quiet
    // zone (the built plaques decode: tests/scenarios/any-site/plaques.test.ts); the modules stay clear.
    expectClean(layout, 'symbol');
  });

  it('clips a long summary to one line with an ellipsis', () => {
    const { layout } = plaqueLayout(data, { ...a5, size: 'A6' });
    const summary = layout.texts.filter((t) => data.summary.startsWith(t.text.replace(/…$/, '')));
    expect(summary).toHaveLength(1);
    expect(summary[0]!.text.endsWith('…')).toBe(true);
    expect(textLeft(summary[0]!) + textWidth(face(summary[0]!.weight), summary[0]!.text, summary[0]!.size)).toBeLessThanOrEqual(
      layout.width,
    );
  });

  it('draws text as outlines, never as <text>, sized in mm with the bleed outside', () => {
    const svg = toSvg(plaqueLayout(data, a5).layout);
    expect(svg).toContain('width="154mm" height="216mm" viewBox="-3 -3 154 216"');
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(50);
  });

  it('puts twelve stickers a page on A4 with cut lines', () => {
    const pages = stickerSheets(
      Array.from({ length: 13 }, () => data),
      'H',
    );
    expect(pages.length).toBe(2);
    expect(pages[0]!.codes.length).toBe(12);
    expect(pages[1]!.codes.length).toBe(1);
    expect(pages[0]!.lines.length).toBe(5);
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
