/**
 * Every code of a plaque decodes with two decoders (zbar and ZXing), the text QR included, from the
 * PNG, from worn copies of it, and from the picture a phone takes at arm's length.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { plaqueLayout, type PlaqueData, type PlaqueSettings } from '../../../src/lib/print/plaque.ts';
import { toPng } from '../../../src/lib/print/render/png.ts';
import { ARM_M, armModuleMm } from '../../../src/lib/print/text-qr.ts';
import { bothDecoders, wear, WEAR } from '../../support/decode.ts';

const data: PlaqueData = {
  url: 'HTTPS://LANGSO.EXAMPLE.VN/Q/DT03/',
  short: 'langso.example.vn/q/dt03',
  title: { vi: 'Đền Kiếp Bạc', en: 'Kiep Bac Temple' },
  text: {
    vi: 'Đền thờ Hưng Đạo Đại Vương Trần Quốc Tuấn bên sông Lục Đầu, nơi ông luyện quân chống quân Nguyên Mông; chính hội ngày 20 tháng 8 âm lịch.',
    en: 'Temple of Tran Hung Dao, the general who beat the Mongol-Yuan invasions, by the Luc Dau river. Main festival on the 20th day of the 8th lunar month.',
  },
  area: 'Phường Chu Văn An',
  site: 'Làng Số Chí Linh – Thanh Hà',
  textQr: true,
};
const a4: PlaqueSettings = { size: 'A4', orientation: 'portrait', bleed: true, scanDistance: 1, errorCorrection: 'H', textQr: true };
const plaque = plaqueLayout(data, a4);
const expected = [data.url, plaque.textQr!.text].sort();

describe('plaque codes, decoded', { timeout: 60_000 }, () => {
  it('holds the names and both texts as plain UTF-8 in the text QR', () => {
    expect(plaque.textQr!.text).toBe(`${data.title.vi}\n${data.text.vi}\n\n${data.title.en}\n${data.text.en}`);
    expect(plaque.textQr).toMatchObject({ version: 15, moduleMm: armModuleMm() });
    expect(armModuleMm()).toBe(0.65);
  });

  it('reads both codes of the shared PNG with zbar and ZXing', async () => {
    expect(await bothDecoders(await toPng(plaque.layout, 150), expected)).toEqual([expected, expected]);
  });

  it.each(Object.keys(WEAR))('reads both codes of a plaque worn by %s', async (how) => {
    const worn = await wear(await toPng(plaque.layout, 200), how);
    expect(await bothDecoders(worn, expected)).toEqual([expected, expected]);
  });

  it("reads the text QR from a phone's view at arm's length: 1080 px over a 50° field, a little out of focus", async () => {
    const pxPerMm = 1080 / (2 * ARM_M * 1000 * Math.tan((25 * Math.PI) / 180));
    const png = await toPng(plaque.layout, pxPerMm * 25.4);
    // Slightly out of focus and compressed, as measured for `armModuleMm` (σ 0.7 px, JPEG q60).
    const seen = new Uint8Array(await sharp(png).flatten({ background: '#fff' }).blur(0.7).jpeg({ quality: 60 }).toBuffer());
    const [zb, zx] = await bothDecoders(seen, expected);
    expect(zb).toContain(plaque.textQr!.text);
    expect(zx).toContain(plaque.textQr!.text);
  });
});
