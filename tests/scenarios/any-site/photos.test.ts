/**
 * The photos every test site serves: no camera or GPS metadata left in any file, and every copy
 * the right way up — as its source is shown once its EXIF orientation is applied (phones store
 * many photos sideways and only flag them).
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { built, ROOT, SITE_NAMES } from '../../support/sites.ts';

/** Whether an image is shown wider than tall once its EXIF orientation (5–8: turned a quarter) is applied. */
async function landscape(file: string): Promise<boolean> {
  const { width, height, orientation } = await sharp(file).metadata();
  return (orientation ?? 1) >= 5 ? height! > width! : width! > height!;
}

describe.each(SITE_NAMES)('photos of the %s site', { timeout: 120_000 }, (name) => {
  const s = built(name);
  const dir = join(s.dir, '_astro');
  const served = readdirSync(dir).filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f));

  it('serves no photo with EXIF or XMP (camera, GPS position)', async () => {
    expect(served.length).toBeGreaterThan(0);
    for (const file of served) {
      const meta = await sharp(join(dir, file)).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp }).toEqual({ file, exif: undefined, xmp: undefined });
    }
  });

  it('serves every copy of a photo the way its source is shown, sideways-stored ones included', async () => {
    // Copies are named after their source file (`cong.<hash>.webp`); sources of one name must agree.
    const sources = new Map<string, boolean[]>();
    for (const e of s.entries) {
      for (const img of e.data.images) {
        const src = join(ROOT, e.dir, img.src);
        const key = basename(img.src, extname(img.src));
        sources.set(key, [...(sources.get(key) ?? []), await landscape(src)]);
      }
    }
    let compared = 0;
    for (const [key, shapes] of sources) {
      const copies = served.filter((f) => f.startsWith(`${key}.`));
      expect(copies.length, key).toBeGreaterThan(0);
      if (new Set(shapes).size > 1) continue;
      for (const file of copies) {
        const { width, height } = await sharp(join(dir, file)).metadata();
        if (width === height) continue; // the square search thumbnail says nothing about rotation
        expect(width! > height!, `${file} (from ${key})`).toBe(shapes[0]);
        compared++;
      }
    }
    if (sources.size) expect(compared).toBeGreaterThan(0);
  });
});

describe('the test sites', () => {
  it('hold a photo stored sideways with an EXIF orientation, so the rotation check bites', async () => {
    const orientations = await Promise.all(
      SITE_NAMES.flatMap((n) => built(n).entries.flatMap((e) => e.data.images.map((img) => sharp(join(ROOT, e.dir, img.src)).metadata()))),
    );
    expect(orientations.some((m) => (m.orientation ?? 1) >= 5)).toBe(true);
  });
});
