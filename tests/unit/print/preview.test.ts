/**
 * The pictures (the shared PNG and the print page's previews) are what the PDF prints: the PDF's
 * trim, rasterised by poppler, and our PNG of the same layout agree pixel for pixel but for the
 * anti-aliased edges. Text once drifted by the kerning the PDF does not apply (~2 % of pixels off).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/lib/print/layout.ts';
import { plaqueLayout, type PlaqueData } from '../../../src/lib/print/plaque.ts';
import { pageMargin, toPdf } from '../../../src/lib/print/render/pdf.ts';
import { toPng } from '../../../src/lib/print/render/png.ts';
import { teamPoster } from '../../../src/lib/print/team-poster.ts';
import { trailPoster } from '../../../src/lib/print/trail-poster.ts';

const tmp = mkdtempSync(join(tmpdir(), 'langso-preview-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plaque: PlaqueData = {
  url: 'HTTPS://LANGSO.EXAMPLE.VN/Q/DT03/',
  short: 'langso.example.vn/q/dt03',
  title: { vi: 'Đền Kiếp Bạc', en: 'Kiep Bac Temple' },
  text: {
    vi: 'Đền thờ Hưng Đạo Đại Vương Trần Quốc Tuấn bên sông Lục Đầu; chính hội ngày 20 tháng 8 âm lịch.',
    en: 'Temple of Tran Hung Dao, the general who beat the Mongol–Yuan invasions, by the Luc Dau river. AVATAR Tower, Yard.',
  },
  area: 'Phường Chu Văn An',
  site: 'Làng Số Chí Linh – Thanh Hà',
  textQr: true,
};

/** Grey pixels of the PDF's trim rendered by poppler and of our PNG, at `dpi`. */
async function both(l: Layout, dpi: number): Promise<[Buffer, Buffer, number, number]> {
  const pdf = join(tmp, 'p.pdf');
  writeFileSync(pdf, await toPdf([l], 'x'));
  const px = (mm: number): number => Math.round((mm * dpi) / 25.4);
  const crop = ['-x', px(pageMargin(l)), '-y', px(pageMargin(l)), '-W', px(l.width), '-H', px(l.height)].map(String);
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', ...crop, pdf, join(tmp, 'p')], { stdio: 'ignore' });
  const grey = async (img: string | Uint8Array) => (await sharp(img).greyscale().raw().toBuffer({ resolveWithObject: true })).data;
  const ours = await grey(await toPng(l, dpi));
  return [await grey(join(tmp, 'p.png')), ours, px(l.width) * px(l.height), px(l.width)];
}

/**
 * Share of pixels inked in one picture with no ink within a pixel of them in the other: the two
 * rasterisers anti-alias edges differently, but a glyph or module out of place shows.
 */
function mismatch(a: Buffer, b: Buffer, width: number): number {
  const stray = (x: Buffer, y: Buffer): number => {
    let n = 0;
    for (let i = 0; i < x.length; i++) {
      if (x[i]! >= 128) continue;
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) for (let dx = -1; dx <= 1 && !near; dx++) near = (y[i + dy * width + dx] ?? 255) < 128;
      if (!near) n++;
    }
    return n;
  };
  return (stray(a, b) + stray(b, a)) / a.length;
}

describe('previews show what the PDF prints', () => {
  const stop = { line: 'Nơi Trần Hưng Đạo luyện quân.', url: 'HTTPS://X.VN/Q/DT01/', short: 'x.vn/q/dt01' };
  const cases: [string, Layout, number][] = [
    [
      'A5 relic plaque, bled, at the shared PNG’s 150 dpi',
      plaqueLayout(plaque, { size: 'A5', orientation: 'portrait', bleed: true, scanDistance: 0.7, errorCorrection: 'H', textQr: true })
        .layout,
      150,
    ],
    [
      'trail poster with its map, at 150 dpi',
      trailPoster(
        'Con đường di sản · Heritage trail',
        'Phường Chu Văn An',
        [
          { ...stop, title: 'Đền Kiếp Bạc', titleEn: 'Kiep Bac Temple', location: { lat: 21.1297, lng: 106.4077 } },
          {
            ...stop,
            title: 'Chùa Côn Sơn',
            titleEn: 'Con Son Pagoda',
            url: 'HTTPS://X.VN/Q/DT02/',
            location: { lat: 21.1553, lng: 106.3897 },
          },
        ],
        'A4',
        'H',
      )[0]!,
      150,
    ],
  ];
  it.each(cases)('%s', async (_, layout, dpi) => {
    const [pdf, png, pixels, width] = await both(layout, dpi);
    expect(pdf.length).toBe(pixels);
    expect(png.length).toBe(pixels);
    expect(mismatch(pdf, png, width)).toBeLessThan(0.0005);
  });

  it('the team poster too', async () => {
    const l = teamPoster(
      {
        heading: 'Tổ công nghệ số cộng đồng thôn Thúy Lâm',
        title: 'Xã Thanh Hà',
        servicesLabel: 'Tổ giúp bà con:',
        services: ['Thanh toán không dùng tiền mặt', 'Cài đặt và kích hoạt VNeID'],
        when: 'Lịch trực: Tối thứ Tư 19:30–21:00',
        where: 'Địa điểm: Nhà văn hóa thôn Thúy Lâm',
        contacts: [{ name: 'Số điện thoại của tổ', phone: '0896 000 303' }],
        moreContacts: '+ {{count}}',
        url: 'HTTPS://X.VN/Q/TD03/',
        short: 'x.vn/q/td03',
        footer: 'Làng Số',
      },
      'A4',
      'H',
    );
    const [pdf, png, , width] = await both(l, 100);
    expect(mismatch(pdf, png, width)).toBeLessThan(0.0005);
  });
});
