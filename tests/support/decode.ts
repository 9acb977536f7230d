/**
 * Two independent QR decoders for print tests: Debian's zbarimg and ZXing (zxing-wasm, its
 * WebAssembly loaded from node_modules, never fetched), plus the wear a plaque meets outdoors.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });

let n = 0;
/**
 * zbarimg's texts for an image (PNG/JPEG bytes), sorted. zbar guesses a character set for text
 * codes and mangles UTF-8 Vietnamese unless asked for the bytes as they are (`-Sbinary`), and then
 * it runs the codes together: when `known` holds non-ASCII texts, the output is split back into the
 * known texts it is made of (whatever is left over is returned as one more text, so a test still fails).
 */
export async function zbar(image: Uint8Array, known: string[] = []): Promise<string[]> {
  const file = join(tmpdir(), `langso-zbar-${process.pid}-${n++}.png`);
  writeFileSync(file, image);
  const binary = known.some((k) => /[^\x20-\x7e]/.test(k));
  const args = ['-q', '--raw', ...(binary ? ['-Sbinary'] : []), file];
  const out = await promisify(execFile)('zbarimg', args, { maxBuffer: 16 << 20, encoding: 'buffer' }).catch(() => ({
    stdout: Buffer.alloc(0),
  }));
  const raw = out.stdout.toString('utf8');
  return (binary ? splitKnown(raw, known) : raw.split('\n').filter(Boolean)).sort();
}

/** `raw` cut into the `known` texts it starts with, in turn, plus what is left. */
function splitKnown(raw: string, known: string[]): string[] {
  const found: string[] = [];
  let rest = raw;
  for (let hit = true; hit && rest;) {
    const k = [...known].sort((a, b) => b.length - a.length).find((t) => rest.startsWith(t));
    hit = k !== undefined;
    if (k !== undefined) (found.push(k), (rest = rest.slice(k.length).replace(/^\n/, '')));
  }
  return rest.trim() ? [...found, rest] : found;
}

/** ZXing's texts for an image, sorted. */
export async function zxing(image: Uint8Array): Promise<string[]> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const img = { data: new Uint8ClampedArray(data), width: info.width, height: info.height, colorSpace: 'srgb' } as ImageData;
  const found = await readBarcodes(img, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 255 });
  return found
    .filter((r) => r.isValid)
    .map((r) => r.text)
    .sort();
}

/** Both decoders' texts, `[zbar, zxing]` (`known`: see {@link zbar}). */
export const bothDecoders = async (image: Uint8Array, known: string[] = []): Promise<[string[], string[]]> => [
  await zbar(image, known),
  await zxing(image),
];

/** A plaque as a visitor's phone may see it years on: blurred, dirty, JPEG-compressed, slanted and in perspective. */
export const WEAR: Record<string, (img: Sharp, width: number, height: number) => Sharp> = {
  blur: (img) => img.blur(1.2),
  // Quality 25: at 20, zbar loses the plaque's big code (19 px modules at 200 dpi) even from a
  // perfect 8-bit rendering, its scan lines finding edges in the blocking inside each module.
  jpeg: (img) => img.jpeg({ quality: 25 }),
  slant: (img) => img.rotate(12, { background: '#fff' }),
  dirt: (img, w, h) => img.composite([{ input: dirt(w, h), blend: 'multiply' }]),
  perspective: (img, w, h) => img.resize(Math.round(w * 0.8), h, { fit: 'fill' }).affine([1, 0.12, 0, 1], { background: '#fff' }),
};

/** Grey blots over about a twentieth of the picture, the same every run. */
function dirt(w: number, h: number): Buffer {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const blots = Array.from(
    { length: 40 },
    () => `<circle cx="${rnd() * w}" cy="${rnd() * h}" r="${(0.01 + rnd() * 0.02) * w}" fill="#999"/>`,
  );
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/>${blots.join('')}</svg>`,
  );
}

/** `png` worn in one way, as PNG or JPEG bytes. */
export async function wear(png: Uint8Array, how: keyof typeof WEAR): Promise<Uint8Array> {
  const { width, height } = await sharp(png).metadata();
  return new Uint8Array(await WEAR[how]!(sharp(png).flatten({ background: '#fff' }), width!, height!).toBuffer());
}
