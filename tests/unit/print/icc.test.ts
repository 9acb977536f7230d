/**
 * The output-intent profile: the committed file is exactly what `compactOutputProfile` makes from
 * sharp's public-domain CMYK profile, it is a well-formed ICC v2 output profile, and an independent
 * colour engine (lcms inside libvips) reads it and converts with it as with the full profile.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compactOutputProfile,
  DROPPED_TAGS,
  iccHeader,
  iccTags,
  sharpCmykProfile,
  tagData,
  trimLut16,
} from '../../../src/lib/print/render/icc.ts';
import { outputProfile } from '../../../src/lib/print/render/pdf-x.ts';

const tmp = mkdtempSync(join(tmpdir(), 'langso-icc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let full: Uint8Array;
const paths = { full: join(tmp, 'full.icc'), compact: join(tmp, 'compact.icc') };
beforeAll(async () => {
  full = await sharpCmykProfile();
  writeFileSync(paths.full, full);
  writeFileSync(paths.compact, outputProfile());
});

/** 16 × 16 × 16 sRGB patches, one a pixel. */
const patches = (): Buffer =>
  Buffer.from(Array.from({ length: 4096 }, (_, i) => [i >> 8, (i >> 4) & 15, i & 15].map((v) => v * 17)).flat());
const toCmyk = (profile: string): Sharp =>
  sharp(patches(), { raw: { width: 64, height: 64, channels: 3 } })
    .toColourspace('cmyk')
    .withIccProfile(profile);

describe('output-intent ICC profile', () => {
  it('is byte for byte what compactOutputProfile makes of the profile inside sharp (else: node scripts/output-profile.ts)', () => {
    expect(iccHeader(full)).toMatchObject({ size: 961644, deviceClass: 'prtr' });
    expect(
      new TextDecoder().decode(
        tagData(
          full,
          iccTags(full).find((t) => t.sig === 'cprt')!,
        ),
      ),
    ).toContain('Released into the public domain');
    expect(Buffer.from(compactOutputProfile(full)).equals(Buffer.from(outputProfile()))).toBe(true);
  });

  it('is a well-formed ICC v2 CMYK output profile with every tag v2 asks of one', () => {
    const icc = outputProfile();
    expect(iccHeader(icc)).toEqual({
      size: icc.length,
      version: '2.2',
      deviceClass: 'prtr',
      colourSpace: 'CMYK',
      pcs: 'Lab ',
      id: '0'.repeat(32),
    });
    expect(icc.length % 4).toBe(0);
    expect(icc.length).toBeLessThan(100_000);
    expect(deflateSync(icc, { level: 9 }).length).toBeLessThan(52_000); // what each print PDF carries
    const tags = iccTags(icc);
    const sigs = tags.map((t) => t.sig);
    for (const sig of ['desc', 'cprt', 'wtpt', 'A2B0', 'A2B1', 'A2B2', 'B2A0', 'B2A1', 'B2A2', 'gamt']) expect(sigs).toContain(sig);
    for (const sig of DROPPED_TAGS) expect(sigs).not.toContain(sig);
    for (const t of tags) expect(t.offset % 4, t.sig).toBe(0);
    for (const t of tags) expect(t.offset, t.sig).toBeGreaterThanOrEqual(132 + 12 * tags.length);
    const at = (sig: string) => tags.find((t) => t.sig === sig)!;
    expect([at('B2A1'), at('B2A2')]).toEqual([
      { ...at('B2A0'), sig: 'B2A1' },
      { ...at('B2A0'), sig: 'B2A2' },
    ]);
    const type = (sig: string) => new TextDecoder().decode(tagData(icc, at(sig)).subarray(0, 4));
    expect(['desc', 'cprt', 'wtpt', 'A2B0', 'B2A0', 'gamt'].map(type)).toEqual(['desc', 'text', 'XYZ ', 'mft2', 'mft2', 'mft2']);
  });

  it('converts to CMYK through lcms as the full profile does, within 1/255', async () => {
    const [a, b] = await Promise.all([toCmyk(paths.full).raw().toBuffer(), toCmyk(paths.compact).raw().toBuffer()]);
    expect(b.length).toBe(4 * 4096);
    expect(Math.max(...a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThanOrEqual(1);
    expect(a.some((v) => v > 0) && a.some((v) => v < 255)).toBe(true);
  });

  it('is read back by lcms from a CMYK image and gives the colours the full profile gives', async () => {
    const back = async (profile: string): Promise<Buffer> => {
      const tiff = await toCmyk(profile).tiff().toBuffer();
      expect((await sharp(tiff).metadata()).icc?.length).toBe(readFileSync(profile).length);
      return sharp(tiff).toColourspace('srgb').raw().toBuffer();
    };
    const [a, b] = await Promise.all([back(paths.full), back(paths.compact)]);
    const diffs = a.map((v, i) => Math.abs(v - b[i]!));
    // Through 8-bit CMYK and back: 0.9 / 255 on average; light tints, where the profile is
    // steepest, move most (14 / 255 at worst). A profile lcms could not read would differ wholesale.
    expect(diffs.reduce((s, d) => s + d, 0) / diffs.length).toBeLessThan(1.2);
    expect(Math.max(...diffs)).toBeLessThanOrEqual(20);
  });

  it('trims lut16 tables only: curves to 256 points, grid to multiples of 256 keeping 0 and 65535', () => {
    const a2b0 = tagData(
      full,
      iccTags(full).find((t) => t.sig === 'A2B0')!,
    );
    const trimmed = trimLut16(a2b0);
    const dv = new DataView(trimmed.buffer, trimmed.byteOffset);
    expect([dv.getUint16(48), dv.getUint16(50)]).toEqual([256, 256]);
    expect(trimmed.length).toBe(52 + 2 * (7 * 256 + 9 ** 4 * 3));
    const grid = Array.from({ length: 9 ** 4 * 3 }, (_, i) => dv.getUint16(52 + 2 * (4 * 256 + i)));
    expect(grid.every((v) => v % 256 === 0 || v === 65535)).toBe(true);
    const desc = tagData(
      full,
      iccTags(full).find((t) => t.sig === 'desc')!,
    );
    expect(trimLut16(desc)).toBe(desc);
  });
});
