/**
 * Last line of defence for readers' privacy: every raster image in the output loses its EXIF,
 * XMP and IPTC blocks (GPS positions, camera serials), turned right way up first.
 * Astro's image service already strips the resized copies, but it also copies each content photo's
 * original into `_astro/` untouched.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** Rewrites images under `dir` that carry metadata; returns how many were rewritten. */
export async function stripImageMetadata(dir: string): Promise<number> {
  let rewritten = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !RASTER.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const input = await readFile(path);
    const meta = await sharp(input).metadata();
    if (!meta.exif && !meta.xmp && !meta.iptc && !(meta.orientation && meta.orientation > 1)) continue;
    // rotate() with no angle applies the EXIF orientation; output carries no metadata by default.
    await writeFile(path, await sharp(input).rotate().toBuffer());
    rewritten++;
  }
  return rewritten;
}
