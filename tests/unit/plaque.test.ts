import { describe, expect, it } from 'vitest';
import { toSvg } from '../../src/lib/print/layout.ts';
import { plaqueLayout, trimSize, type PlaqueSettings } from '../../src/lib/print/plaque.ts';
import { stickerSheets } from '../../src/lib/print/sheet.ts';

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

  it('keeps every text inside the trim and the summary on one line', () => {
    const { layout } = plaqueLayout(data, { ...a5, size: 'A6' });
    expect(layout.bleed).toBe(3);
    for (const t of layout.texts) expect(t.y).toBeLessThanOrEqual(layout.height);
    const summary = layout.texts.find((t) => t.text.startsWith('Nơi thờ'))!;
    expect(summary.text.endsWith('…')).toBe(true);
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
});
