/**
 * The PDF output intent's ICC profile, made small: libvips (inside sharp) carries Argyll CMS's
 * public-domain CMYK printer profile ("Chemical proof", Graeme W. Gill), a real `prtr` output
 * profile, but 961 KB, most of it measurement data. `compactOutputProfile` keeps what ICC v2
 * asks of an output profile and drops the rest, so the file fits inside every plaque PDF.
 */
import sharp from 'sharp';

/** One entry of a profile's tag table: signature, where its data starts, how long it is. */
export interface IccTag {
  sig: string;
  offset: number;
  size: number;
}

/** What a preflight reads first in a profile's 128-byte header. */
export interface IccHeader {
  size: number;
  /** Major and minor version, e.g. `2.2`. */
  version: string;
  /** Device class: `prtr` for an output (printer) profile. */
  deviceClass: string;
  colourSpace: string;
  pcs: string;
  /** The profile ID (bytes 84–99) as hex: all zeros in a v2 profile. */
  id: string;
}

/** Tags a printing profile does not need: Argyll's measurement data (targets, device and CIE values). */
export const DROPPED_TAGS = ['targ', 'DevD', 'CIED'] as const;

/**
 * Precision kept in the colour tables, for size: every print PDF carries the profile. Curves of
 * 1024 points become 256 (interpolating between them differs by at most 0.07 % from the original);
 * grid values are rounded to multiples of 256, the precision of an 8-bit profile (steps of 0.4 L*
 * and 1 a* or b*; ink 0 and 100 %, L* 100 and a neutral a* and b* stay exact). Through lcms this
 * moves CMYK→Lab by ΔE76 0.36 on average, 1.8 at most, and Lab→CMYK by at most 1/255; it halves
 * the compressed size (98 → 49 KB). Our pages are 100 % K, which no table rounding changes.
 */
export const LUT_PRECISION = { curvePoints: 256, step: 256 } as const;

const text = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));
const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
const align4 = (n: number): number => (n + 3) & ~3;

/** Reads a profile's header. Throws when the bytes are not an ICC profile. */
export function iccHeader(b: Uint8Array): IccHeader {
  if (b.length < 132 || text(b, 36, 4) !== 'acsp') throw new Error('not an ICC profile (no "acsp" at byte 36)');
  return {
    size: view(b).getUint32(0),
    version: `${b[8]}.${b[9]! >> 4}`,
    deviceClass: text(b, 12, 4),
    colourSpace: text(b, 16, 4),
    pcs: text(b, 20, 4),
    id: Array.from(b.subarray(84, 100), (x) => x.toString(16).padStart(2, '0')).join(''),
  };
}

/** Reads a profile's tag table, checking every tag lies inside the profile. */
export function iccTags(b: Uint8Array): IccTag[] {
  const dv = view(b);
  const tags = Array.from({ length: dv.getUint32(128) }, (_, i) => ({
    sig: text(b, 132 + 12 * i, 4),
    offset: dv.getUint32(136 + 12 * i),
    size: dv.getUint32(140 + 12 * i),
  }));
  for (const t of tags) if (t.offset + t.size > b.length) throw new Error(`ICC tag ${t.sig} runs past the profile's end`);
  return tags;
}

/** The data of one tag. */
export const tagData = (b: Uint8Array, t: IccTag): Uint8Array => b.subarray(t.offset, t.offset + t.size);

/**
 * A compact ICC v2 output profile from a full one: measurement tags dropped, the three B2A tables
 * sharing B2A0's data (the A2B tables already share one), lut16 tables at `LUT_PRECISION`, a new
 * tag table with 4-byte aligned offsets, the header's size updated and its profile ID zero.
 */
export function compactOutputProfile(full: Uint8Array): Uint8Array {
  const head = iccHeader(full);
  if (head.deviceClass !== 'prtr' || head.colourSpace !== 'CMYK')
    throw new Error(`not a CMYK output profile (${head.deviceClass}, ${head.colourSpace})`);
  const kept = iccTags(full).filter((t) => !(DROPPED_TAGS as readonly string[]).includes(t.sig));
  const b2a0 = kept.find((t) => t.sig === 'B2A0');
  if (!b2a0) throw new Error('an output profile needs a B2A0 tag');
  const source = (t: IccTag): IccTag => (/^B2A[12]$/.test(t.sig) ? b2a0 : t);
  const blocks = new Map<string, Uint8Array>(); // one block per distinct source data, in first-use order
  for (const t of kept) {
    const s = source(t);
    const key = `${s.offset}:${s.size}`;
    if (!blocks.has(key)) blocks.set(key, trimLut16(tagData(full, s)));
  }
  return assemble(
    full.subarray(0, 128),
    kept.map((t) => ({ sig: t.sig, key: `${source(t).offset}:${source(t).size}` })),
    blocks,
  );
}

/** Writes header, tag table and the data blocks (each once, 4-byte aligned), zero-padded to a multiple of 4. */
function assemble(header: Uint8Array, table: { sig: string; key: string }[], blocks: Map<string, Uint8Array>): Uint8Array {
  const at = new Map<string, number>();
  let end = align4(132 + 12 * table.length);
  for (const [key, data] of blocks) {
    at.set(key, end);
    end = align4(end + data.length);
  }
  const out = new Uint8Array(end);
  const dv = view(out);
  out.set(header);
  dv.setUint32(0, end);
  out.fill(0, 84, 100); // profile ID: reserved, zero, in ICC v2
  dv.setUint32(128, table.length);
  table.forEach(({ sig, key }, i) => {
    for (let c = 0; c < 4; c++) out[132 + 12 * i + c] = sig.charCodeAt(c);
    dv.setUint32(136 + 12 * i, at.get(key)!);
    dv.setUint32(140 + 12 * i, blocks.get(key)!.length);
  });
  for (const [key, data] of blocks) out.set(data, at.get(key)!);
  return out;
}

/**
 * A lut16 (`mft2`) table at `LUT_PRECISION`: its input and output curves resampled to fewer points,
 * its grid values rounded. Any other tag comes back unchanged.
 */
export function trimLut16(tag: Uint8Array): Uint8Array {
  if (text(tag, 0, 4) !== 'mft2') return tag;
  const dv = view(tag);
  const [inputs, outputs, grid] = [tag[8]!, tag[9]!, tag[10]!];
  const [n, m] = [dv.getUint16(48), dv.getUint16(50)];
  const read = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => dv.getUint16(from + 2 * i));
  const cells = grid ** inputs * outputs;
  const ins = Array.from({ length: inputs }, (_, c) => resample(read(52 + 2 * n * c, n)));
  const clut = read(52 + 2 * n * inputs, cells).map(round);
  const outsAt = 52 + 2 * (n * inputs + cells);
  const outs = Array.from({ length: outputs }, (_, c) => resample(read(outsAt + 2 * m * c, m)));
  const values = [...ins.flat(), ...clut, ...outs.flat()];
  const out = new Uint8Array(52 + 2 * values.length);
  out.set(tag.subarray(0, 48));
  const ov = view(out);
  ov.setUint16(48, ins[0]!.length);
  ov.setUint16(50, outs[0]!.length);
  values.forEach((v, i) => ov.setUint16(52 + 2 * i, v));
  return out;
}

/** A curve of any length as `LUT_PRECISION.curvePoints` points, linearly interpolated (shorter curves unchanged). */
function resample(curve: number[]): number[] {
  const points = LUT_PRECISION.curvePoints;
  if (curve.length <= points) return curve;
  return Array.from({ length: points }, (_, k) => {
    const x = (k * (curve.length - 1)) / (points - 1);
    const i = Math.floor(x);
    const next = curve[Math.min(i + 1, curve.length - 1)]!;
    return Math.round(curve[i]! + (next - curve[i]!) * (x - i));
  });
}

/** A 16-bit grid value rounded to a multiple of `LUT_PRECISION.step`; 65535 (100 % ink) stays 65535. */
const round = (v: number): number => Math.min(65535, Math.round(v / LUT_PRECISION.step) * LUT_PRECISION.step);

/**
 * The full profile as sharp's libvips carries it (its built-in `cmyk` profile), read back from a
 * 2 × 2 CMYK TIFF: the source `compactOutputProfile` works from. Nothing is downloaded.
 */
export async function sharpCmykProfile(): Promise<Uint8Array> {
  const tiff = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
    .toColourspace('cmyk')
    .withIccProfile('cmyk')
    .tiff()
    .toBuffer();
  const { icc } = await sharp(tiff).metadata();
  if (!icc) throw new Error("sharp's CMYK TIFF came back without its ICC profile");
  return new Uint8Array(icc);
}
