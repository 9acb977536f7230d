/**
 * Last line of defence for readers' privacy: every content photo Astro copies into `_astro/`
 * untouched (the original, beside its resized versions) loses its EXIF, XMP and IPTC blocks (GPS
 * positions, camera serials), turned right way up first. The resized versions Astro makes carry no
 * metadata, and the build's own print files never had any, so neither is read again.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** An original as Astro names it: `<name>.<8-character hash>.<ext>`; its resized versions add `_<id>` to the hash. */
const ORIGINAL = /\.[\w-]{8}\.(jpe?g|png|webp|avif|tiff?)$/i;

/** Rewrites the photo originals under `<dir>/_astro/` that carry metadata; returns how many were rewritten. */
export async function stripImageMetadata(dir: string): Promise<number> {
  const assets = join(dir, '_astro');
  if (!existsSync(assets)) return 0;
  let rewritten = 0;
  for (const name of (await readdir(assets)).filter((n) => ORIGINAL.test(n))) {
    const path = join(assets, name);
    const input = await readFile(path);
    const meta = await sharp(input).metadata();
    if (!meta.exif && !meta.xmp && !meta.iptc && !(meta.orientation && meta.orientation > 1)) continue;
    // rotate() with no angle applies the EXIF orientation; output carries no metadata by default.
    await writeFile(path, await sharp(input).rotate().toBuffer());
    rewritten++;
  }
  return rewritten;
}
