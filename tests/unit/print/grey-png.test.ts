/**
 * The 2-bit greyscale PNG writer: what sharp (libspng) reads back is the picture given, in four
 * grey levels, at the dpi given, for widths that do and do not fill the last byte of a row.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { greyPng } from '../../../src/lib/print/render/grey-png.ts';

/** A picture with every grey level, edges and a diagonal, `channels` bytes per pixel. */
function picture(width: number, height: number, channels: number): Uint8Array {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = (x * 7 + y * 13) % 256;
      const i = (y * width + x) * channels;
      data.fill(v, i, i + Math.min(channels, 3));
      if (channels === 4 || channels === 2) data[i + channels - 1] = 255;
    }
  return data;
}

/** The level a value is written as, back on the 0–255 scale. */
const level = (v: number): number => Math.round(v / 85) * 85;

describe('greyPng', () => {
  it.each([
    [1240, 9, 4],
    [1241, 7, 3],
    [1242, 5, 1],
    [1243, 3, 2],
  ])('writes %i × %i pixels of %i channel(s) that read back in four levels', async (width, height, channels) => {
    const data = picture(width, height, channels);
    const png = greyPng({ data, width, height, channels }, 150);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width, height, density: 150, bitsPerSample: 2 });
    const back = await sharp(png).extractChannel(0).raw().toBuffer();
    for (let p = 0; p < width * height; p++) expect(back[p], `pixel ${p}`).toBe(level(data[p * channels]!));
  });

  it('lays see-through black over white: half (grey), none (white), all (black)', async () => {
    const png = greyPng({ data: Uint8Array.of(0, 128, 0, 0, 0, 255), width: 3, height: 1, channels: 2 }, 72);
    expect([...(await sharp(png).extractChannel(0).raw().toBuffer())]).toEqual([level(127), 255, 0]);
  });
});
