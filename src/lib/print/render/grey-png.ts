/**
 * Raw pixels → a 2-bit greyscale PNG (PNG spec, colour type 0, bit depth 2): four grey levels are
 * all black-on-white print needs, and the edges stay smooth. sharp can only write fewer than 8 bits
 * through its palette quantiser, which cost 45 ms of a plaque's 66 ms of encoding; here the levels
 * are known, so there is nothing to quantise: packing and deflating take ~15 ms, for the same size.
 */
import { crc32, deflateSync } from 'node:zlib';

/** The PNG file signature. */
const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Pixel data as sharp's `raw()` gives it: `channels` bytes per pixel (grey, grey + alpha, RGB or RGBA). */
export interface RawPixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/**
 * The grey level (0–3) of each pixel, composited over white, four to a byte, each row after its
 * filter byte (0: none; the rows are long runs of white that deflate well as they are).
 */
function packRows({ data, width, height, channels }: RawPixels): Uint8Array {
  const stride = Math.ceil(width / 4) + 1;
  const rows = new Uint8Array(stride * height);
  const alpha = channels === 2 || channels === 4;
  const colour = channels >= 3;
  for (let y = 0; y < height; y++) {
    let out = y * stride + 1;
    let byte = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      // Rec. 601 luma in fixed point; black text on white leaves R = G = B anyway.
      let v = colour ? (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8 : data[i]!;
      if (alpha) {
        const a = data[i + channels - 1]!;
        v = 255 - ((255 - v) * a) / 255;
      }
      byte = (byte << 2) | (((v + 42) / 85) | 0);
      if ((x & 3) === 3) {
        rows[out++] = byte;
        byte = 0;
      }
    }
    if (width & 3) rows[out] = byte << (2 * (4 - (width & 3)));
  }
  return rows;
}

/** `pixels` as a 2-bit greyscale PNG that says it is `dpi` dots per inch (pHYs). */
export function greyPng(pixels: RawPixels, dpi: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels.width, 0);
  header.writeUInt32BE(pixels.height, 4);
  header[8] = 2; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
  const phys = Buffer.alloc(9);
  const perMetre = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(perMetre, 0);
  phys.writeUInt32BE(perMetre, 4);
  phys[8] = 1; // unit: metre
  const parts = [
    SIGNATURE,
    chunk('IHDR', header),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(packRows(pixels), { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ];
  return new Uint8Array(Buffer.concat(parts));
}
